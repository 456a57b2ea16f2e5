-- What `ledger:verify` (and the API's scheduled check) has already proven, so the next check reads only
-- what was written since. A wallet's row here says: its ledger up to last_seq is continuous, every row
-- moves what it says, and the chain ends at balance_minor (which is also the sum of its movements).
CREATE TABLE "ledger_check_wallets" (
    "wallet_id" UUID NOT NULL,
    "last_seq" BIGINT NOT NULL,
    "balance_minor" BIGINT NOT NULL,
    "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "ledger_check_wallets_pkey" PRIMARY KEY ("wallet_id"),
    CONSTRAINT "ledger_check_wallets_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets"("id") ON DELETE CASCADE
);

-- One row per check: when, how much it read, and what it found (the first discrepancies, in full).
CREATE TABLE "ledger_checks" (
    "id" BIGSERIAL NOT NULL,
    "mode" VARCHAR(12) NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    "wallets_checked" INTEGER NOT NULL,
    "rows_checked" BIGINT NOT NULL,
    "discrepancies" INTEGER NOT NULL,
    "report" JSONB NOT NULL,

    CONSTRAINT "ledger_checks_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ledger_checks_mode" CHECK ("mode" IN ('full', 'incremental'))
);

CREATE INDEX "ledger_checks_finished_at_idx" ON "ledger_checks"("finished_at");
