-- Balance alerts (apps/api/src/balance-alerts): a wallet's owner sets a threshold below and/or above;
-- a posting that crosses one raises balance.below / balance.above (live event and webhook). Crossings
-- are read from each ledger row's balance before and after, so nothing else is stored.
CREATE TABLE "balance_alerts" (
    "wallet_id"   UUID           NOT NULL,
    "below_minor" BIGINT,
    "above_minor" BIGINT,
    "updated_at"  TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "balance_alerts_pkey" PRIMARY KEY ("wallet_id"),
    CONSTRAINT "balance_alerts_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets"("id") ON DELETE CASCADE,
    CONSTRAINT "balance_alerts_some_threshold" CHECK ("below_minor" IS NOT NULL OR "above_minor" IS NOT NULL),
    -- (A CHECK passes on NULL: each holds when both sides are set.)
    CONSTRAINT "balance_alerts_below_positive" CHECK ("below_minor" > 0),
    CONSTRAINT "balance_alerts_above_positive" CHECK ("above_minor" > 0),
    CONSTRAINT "balance_alerts_ordered" CHECK ("below_minor" < "above_minor")
);
