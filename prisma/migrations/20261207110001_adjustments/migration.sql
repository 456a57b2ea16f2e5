-- Frozen wallets and two-person adjustments (operators, docs/operations.md "Freezing a wallet" and
-- "Adjustments"). The ADJUSTMENT ledger type was added, and committed, by 20261207110000_adjustment_type.

-- 1. Freezing. A frozen wallet sends nothing: no transfer, no refund out (its owner's attempts are
--    declined with WALLET_FROZEN, as FAILED rows). It still receives transfers and funding, so payers are
--    not surprised, and an approved adjustment may still credit or debit it: two staff members agreed.
--    Who froze it and why are kept on the wallet; the audit trail keeps every freeze and unfreeze.
ALTER TABLE "wallets"
    ADD COLUMN "frozen_at" TIMESTAMPTZ(3),
    ADD COLUMN "frozen_reason" VARCHAR(500),
    ADD COLUMN "frozen_by" UUID,
    ADD CONSTRAINT "wallets_frozen_with_reason" CHECK (
        ("frozen_at" IS NULL) = ("frozen_reason" IS NULL) AND ("frozen_at" IS NOT NULL OR "frozen_by" IS NULL)
    ),
    ADD CONSTRAINT "wallets_frozen_reason_length" CHECK (char_length("frozen_reason") BETWEEN 1 AND 500),
    ADD CONSTRAINT "wallets_frozen_by_fkey" FOREIGN KEY ("frozen_by") REFERENCES "users"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE;

-- A freeze is a change of the wallet: its updated_at is stamped like a rename's.
DROP TRIGGER "wallets_row_times" ON "wallets";
CREATE TRIGGER "wallets_row_times"
    BEFORE INSERT OR UPDATE OF "name", "owner_id", "currency", "frozen_at" ON "wallets"
    FOR EACH ROW EXECUTE FUNCTION "wallets_stamp_row_times"();

-- The freeze holds for every writer of the ledger, not only the API: no money leaves a frozen wallet by a
-- transfer (a refund is one). The wallet's row is read under the lock a posting takes first (a no-op wait
-- when the posting holds it), so a freeze and a transfer out queue, and the later one sees the other.
CREATE FUNCTION "transactions_frozen_sends_nothing"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    frozen TIMESTAMPTZ;
BEGIN
    SELECT "frozen_at" INTO frozen FROM public."wallets" WHERE "id" = NEW."wallet_id" FOR NO KEY UPDATE;
    IF frozen IS NOT NULL THEN
        RAISE EXCEPTION 'wallet % is frozen (since %): it sends nothing', NEW."wallet_id", frozen
            USING ERRCODE = 'check_violation',
                  HINT = 'Unfreeze it first, or correct its balance with an approved adjustment.';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "transactions_frozen_sends_nothing"
    BEFORE INSERT ON "transactions"
    FOR EACH ROW WHEN (NEW."type" = 'TRANSFER_OUT' AND NEW."status" = 'SUCCESS')
    EXECUTE FUNCTION "transactions_frozen_sends_nothing"();

-- 2. The ADJUSTMENT row: one wallet, no counterparty. Its direction is which end the wallet is:
--    a credit names the wallet as destination_wallet_id (balance_after = before + amount), a debit as
--    source_wallet_id (balance_after = before - amount); the other end is NULL (the money comes from, or
--    goes to, outside the wallets: the operator's correction). No new column, so the hash chain's format 1
--    (20261207050000_ledger_hash_chain: type by its label, both wallet ids) already covers the type and the
--    direction, and hash_version stays 1. The balance guards (wallets_balance_has_ledger_row) need no
--    change: they ask that a changed balance be its newest row's balance_after, whatever the row's type.
--    All three CHECKs in one ALTER: the ledger is read once to validate them.
ALTER TABLE "transactions"
    DROP CONSTRAINT "transactions_balance_arithmetic",
    DROP CONSTRAINT "transactions_transfer_has_id",
    ADD CONSTRAINT "transactions_balance_arithmetic" CHECK (
        CASE
            WHEN "status" = 'FAILED' THEN "balance_after_minor" = "balance_before_minor" AND "failure_code" IS NOT NULL
            WHEN "type" = 'TRANSFER_OUT' THEN "balance_after_minor" = "balance_before_minor" - "amount_minor"
            WHEN "type" = 'ADJUSTMENT' AND "source_wallet_id" = "wallet_id" THEN
                "balance_after_minor" = "balance_before_minor" - "amount_minor"
            ELSE "balance_after_minor" = "balance_before_minor" + "amount_minor"
        END
    ),
    ADD CONSTRAINT "transactions_transfer_has_id" CHECK (
        "type" IN ('FUND', 'ADJUSTMENT') OR "status" = 'FAILED' OR "transfer_id" IS NOT NULL
    ),
    ADD CONSTRAINT "transactions_adjustment_one_wallet" CHECK (
        "type" <> 'ADJUSTMENT' OR ("transfer_id" IS NULL AND (
            ("destination_wallet_id" = "wallet_id" AND "source_wallet_id" IS NULL) OR
            ("source_wallet_id" = "wallet_id" AND "destination_wallet_id" IS NULL)))
    );

-- 3. Adjustments: proposed by one staff member, decided once by another (approved: its ledger row is
--    written in the same transaction; rejected or expired: nothing moves).
CREATE TYPE "AdjustmentDirection" AS ENUM ('CREDIT', 'DEBIT');
CREATE TYPE "AdjustmentStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED', 'EXPIRED');

CREATE TABLE "adjustments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "wallet_id" UUID NOT NULL,
    "direction" "AdjustmentDirection" NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "proposed_by" UUID NOT NULL,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "AdjustmentStatus" NOT NULL DEFAULT 'PROPOSED',
    "decided_by" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_reason" VARCHAR(500),
    "transaction_id" UUID,

    CONSTRAINT "adjustments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "adjustments_amount" CHECK ("amount_minor" > 0 AND "amount_minor" <= 999999999999999),
    CONSTRAINT "adjustments_reason_length" CHECK (char_length("reason") BETWEEN 1 AND 500),
    CONSTRAINT "adjustments_decision_reason_length" CHECK (char_length("decision_reason") BETWEEN 1 AND 500),
    CONSTRAINT "adjustments_expiry_after_proposal" CHECK ("expires_at" > "proposed_at"),
    -- Decided once, with a time; approved exactly when it has its ledger row; approved by someone else.
    CONSTRAINT "adjustments_decided" CHECK (("status" = 'PROPOSED') = ("decided_at" IS NULL)),
    CONSTRAINT "adjustments_decider" CHECK ("status" NOT IN ('APPROVED', 'REJECTED') OR "decided_by" IS NOT NULL),
    CONSTRAINT "adjustments_posted_when_approved" CHECK (("status" = 'APPROVED') = ("transaction_id" IS NOT NULL)),
    CONSTRAINT "adjustments_two_people" CHECK ("status" <> 'APPROVED' OR "decided_by" <> "proposed_by")
);

CREATE UNIQUE INDEX "adjustments_seq_key" ON "adjustments"("seq");
CREATE UNIQUE INDEX "adjustments_transaction_id_key" ON "adjustments"("transaction_id");
CREATE INDEX "adjustments_status_seq_idx" ON "adjustments"("status", "seq" DESC);
CREATE INDEX "adjustments_wallet_id_idx" ON "adjustments"("wallet_id");

ALTER TABLE "adjustments"
    ADD CONSTRAINT "adjustments_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    ADD CONSTRAINT "adjustments_proposed_by_fkey" FOREIGN KEY ("proposed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    ADD CONSTRAINT "adjustments_decided_by_fkey" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    ADD CONSTRAINT "adjustments_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An adjustment starts PROPOSED, is decided once, and is never deleted; what was proposed never changes;
-- an approval names the SUCCESS ADJUSTMENT row that posts exactly what was proposed.
CREATE FUNCTION "adjustments_decided_once"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'adjustments are kept: DELETE is not allowed' USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW."status" <> 'PROPOSED' OR NEW."decided_by" IS NOT NULL OR NEW."transaction_id" IS NOT NULL THEN
            RAISE EXCEPTION 'an adjustment starts PROPOSED, undecided' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD."status" <> 'PROPOSED' THEN
        RAISE EXCEPTION 'adjustment % is % already: it is decided once', OLD."id", OLD."status"
            USING ERRCODE = 'restrict_violation';
    END IF;
    IF (NEW."id", NEW."seq", NEW."wallet_id", NEW."direction", NEW."amount_minor", NEW."currency", NEW."reason",
        NEW."proposed_by", NEW."proposed_at", NEW."expires_at") IS DISTINCT FROM
       (OLD."id", OLD."seq", OLD."wallet_id", OLD."direction", OLD."amount_minor", OLD."currency", OLD."reason",
        OLD."proposed_by", OLD."proposed_at", OLD."expires_at") THEN
        RAISE EXCEPTION 'what adjustment % proposes cannot change', OLD."id" USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW."status" = 'APPROVED' AND NOT EXISTS (
        SELECT 1 FROM public."transactions" t
        WHERE t."id" = NEW."transaction_id" AND t."wallet_id" = NEW."wallet_id" AND t."type" = 'ADJUSTMENT'
          AND t."status" = 'SUCCESS' AND t."amount_minor" = NEW."amount_minor" AND t."currency" = NEW."currency"
          AND CASE NEW."direction" WHEN 'CREDIT' THEN t."destination_wallet_id" = NEW."wallet_id"
                                   ELSE t."source_wallet_id" = NEW."wallet_id" END) THEN
        RAISE EXCEPTION 'adjustment % is approved without the ledger row that posts it', NEW."id"
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "adjustments_decided_once"
    BEFORE INSERT OR UPDATE OR DELETE ON "adjustments"
    FOR EACH ROW EXECUTE FUNCTION "adjustments_decided_once"();

CREATE TRIGGER "adjustments_no_truncate"
    BEFORE TRUNCATE ON "adjustments"
    FOR EACH STATEMENT EXECUTE FUNCTION "transactions_refuse_change"();

-- And the other way: a SUCCESS ADJUSTMENT row commits only with the approval that names it (checked at
-- commit: the row is written first, then the approval that points at it). Money is never made or taken
-- by an adjustment one person decided, whoever writes to the ledger.
CREATE FUNCTION "transactions_adjustment_approved"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public."adjustments" a
                   WHERE a."transaction_id" = NEW."id" AND a."status" = 'APPROVED') THEN
        RAISE EXCEPTION 'ledger row % is an ADJUSTMENT without an approved adjustment', NEW."id"
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'Adjustments are proposed and approved by two staff members (POST /api/v1/ops/adjustments).';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "transactions_adjustment_approved"
    AFTER INSERT ON "transactions"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW."type" = 'ADJUSTMENT' AND NEW."status" = 'SUCCESS')
    EXECUTE FUNCTION "transactions_adjustment_approved"();
