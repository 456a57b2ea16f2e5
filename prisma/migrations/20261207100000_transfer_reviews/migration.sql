-- Review rules that hold suspicious transfers, and the money they reserve.
--
-- A transfer a rule matches is not posted: it is HELD as a row of transfer_reviews (PENDING) and its
-- amount is RESERVED on the source wallet (wallets.reserved_minor), so the payer cannot spend it twice
-- while an operator decides. Released, it posts as a normal transfer (both legs, transfer_id = the
-- review's id); rejected, it writes a FAILED TRANSFER_OUT (failure_code REVIEW_REJECTED). Either way
-- the reservation goes in the same transaction. No ledger row moves money while a transfer is held.

-- 1. Rule sets: each edit is a new version (append-only: the database refuses UPDATE and DELETE), the
--    newest is the one transfers are checked against. `rules` is validated by the API
--    (apps/api/src/reviews/review-rules.ts); amounts in it are minor units per currency.
CREATE TABLE "review_rule_sets" (
    "version" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    -- The admin who saved it (null: the migration's defaults).
    "created_by" UUID,
    "note" VARCHAR(200),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "review_rule_sets_pkey" PRIMARY KEY ("version"),
    CONSTRAINT "review_rule_sets_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "review_rule_sets_version_positive" CHECK ("version" >= 1),
    CONSTRAINT "review_rule_sets_rules_object" CHECK (jsonb_typeof("rules") = 'object')
);

CREATE FUNCTION "review_rule_sets_refuse_change"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'review_rule_sets is append-only: % refused (save a new version instead)', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER "review_rule_sets_append_only"
    BEFORE UPDATE OR DELETE ON "review_rule_sets"
    FOR EACH ROW EXECUTE FUNCTION "review_rule_sets_refuse_change"();

-- Version 1: conservative defaults no ordinary use meets. A transfer above 10,000.00 (USD, EUR, GBP) to a
-- wallet the payer never paid before, or above 100,000.00 at all, is held; the velocity rules (count
-- and amount per hour and per day) are off until an admin sets them.
INSERT INTO "review_rule_sets" ("version", "rules", "note") VALUES (1, '{
    "hourly": { "maxCount": null, "maxAmountMinor": {} },
    "daily": { "maxCount": null, "maxAmountMinor": {} },
    "newCounterpartyAboveMinor": { "USD": 1000000, "EUR": 1000000, "GBP": 1000000 },
    "singleAmountAboveMinor": { "USD": 10000000, "EUR": 10000000, "GBP": 10000000 }
}', 'defaults');

-- 2. Reserved money. available = balance - reserved; a debit is decided on what is available, and this
--    CHECK holds every writer to it. Holds (money that waits) will reserve here too.
ALTER TABLE "wallets" ADD COLUMN "reserved_minor" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_reserved_within_balance"
    CHECK ("reserved_minor" >= 0 AND "reserved_minor" <= "balance_minor");

-- 3. Held transfers. The id is the transfer's: released, both legs carry it as transfer_id.
CREATE TABLE "transfer_reviews" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    -- The payer: the owner of the source wallet when the transfer was asked for.
    "owner_id" UUID NOT NULL,
    "source_wallet_id" UUID NOT NULL,
    "destination_wallet_id" UUID NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "description" VARCHAR(140),
    "reference" VARCHAR(64),
    "status" VARCHAR(10) NOT NULL DEFAULT 'PENDING',
    -- The rule set version that held it, and which of its rules matched.
    "rule_version" INTEGER NOT NULL,
    "reasons" TEXT[] NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    -- The decision: who (a staff member), when, why (a rejection's reason), and the ledger row it wrote
    -- (the TRANSFER_OUT leg of a release, the FAILED row of a rejection).
    "decided_by" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_reason" VARCHAR(500),
    "transaction_id" UUID,
    CONSTRAINT "transfer_reviews_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "transfer_reviews_seq_key" UNIQUE ("seq"),
    CONSTRAINT "transfer_reviews_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "transfer_reviews_source_wallet_id_fkey" FOREIGN KEY ("source_wallet_id")
        REFERENCES "wallets"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "transfer_reviews_destination_wallet_id_fkey" FOREIGN KEY ("destination_wallet_id")
        REFERENCES "wallets"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "transfer_reviews_rule_version_fkey" FOREIGN KEY ("rule_version")
        REFERENCES "review_rule_sets"("version") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "transfer_reviews_decided_by_fkey" FOREIGN KEY ("decided_by") REFERENCES "users"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "transfer_reviews_amount_positive" CHECK ("amount_minor" > 0),
    CONSTRAINT "transfer_reviews_two_wallets" CHECK ("source_wallet_id" <> "destination_wallet_id"),
    CONSTRAINT "transfer_reviews_known_status" CHECK ("status" IN ('PENDING', 'RELEASED', 'REJECTED')),
    CONSTRAINT "transfer_reviews_has_reasons" CHECK (cardinality("reasons") >= 1),
    CONSTRAINT "transfer_reviews_decided" CHECK (
        ("status" = 'PENDING') = ("decided_at" IS NULL)
        AND ("status" = 'PENDING') = ("decided_by" IS NULL)
        AND ("status" = 'PENDING') = ("transaction_id" IS NULL)),
    CONSTRAINT "transfer_reviews_rejection_has_reason" CHECK (("status" = 'REJECTED') = ("decision_reason" IS NOT NULL))
);

-- The queue (oldest first) and each wallet's pending reviews (the books check, the guard below).
CREATE INDEX "transfer_reviews_pending_idx" ON "transfer_reviews"("seq") WHERE "status" = 'PENDING';
CREATE INDEX "transfer_reviews_source_pending_idx" ON "transfer_reviews"("source_wallet_id")
    WHERE "status" = 'PENDING';
CREATE INDEX "transfer_reviews_owner_seq_idx" ON "transfer_reviews"("owner_id", "seq" DESC);

-- A review is decided once: PENDING -> RELEASED or REJECTED, and nothing else of it ever changes.
CREATE FUNCTION "transfer_reviews_decided_once"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'transfer_reviews rows are never deleted' USING ERRCODE = 'restrict_violation';
    END IF;
    IF OLD."status" <> 'PENDING' OR NEW."status" = 'PENDING'
       OR (NEW."id", NEW."seq", NEW."owner_id", NEW."source_wallet_id", NEW."destination_wallet_id",
           NEW."amount_minor", NEW."currency", NEW."description", NEW."reference", NEW."rule_version",
           NEW."reasons", NEW."created_at")
          IS DISTINCT FROM
          (OLD."id", OLD."seq", OLD."owner_id", OLD."source_wallet_id", OLD."destination_wallet_id",
           OLD."amount_minor", OLD."currency", OLD."description", OLD."reference", OLD."rule_version",
           OLD."reasons", OLD."created_at") THEN
        RAISE EXCEPTION 'a review is decided once, and only its decision is written'
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER "transfer_reviews_decided_once"
    BEFORE UPDATE OR DELETE ON "transfer_reviews"
    FOR EACH ROW EXECUTE FUNCTION "transfer_reviews_decided_once"();

-- 4. What each wallet's reserved money is made of: one row per reservation. Holds (money that waits)
--    add their active holds with CREATE OR REPLACE VIEW ... UNION ALL; the guard below and the books
--    check read only this view.
CREATE VIEW "wallet_reservations" AS
    SELECT "source_wallet_id" AS "wallet_id", 'review'::text AS "kind", "id", "amount_minor"
    FROM "transfer_reviews" WHERE "status" = 'PENDING';

-- A wallet's reserved money is always what its reservations add up to, checked at the end of each
-- statement that changes it (like the balance guard): a reservation and its rows are written in one
-- statement, or the reservation's statement comes after them.
CREATE FUNCTION "wallets_reserved_matches_reservations"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    current_reserved BIGINT;
    reserved BIGINT;
BEGIN
    SELECT "reserved_minor" INTO current_reserved FROM public."wallets" WHERE "id" = NEW."id";
    SELECT COALESCE(sum("amount_minor"), 0) INTO reserved FROM public."wallet_reservations"
        WHERE "wallet_id" = NEW."id";
    IF current_reserved IS DISTINCT FROM reserved THEN
        RAISE EXCEPTION 'wallet % reserves %, its reservations add up to %', NEW."id", current_reserved, reserved
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "wallets_reserved_has_reservations"
    AFTER UPDATE OF "reserved_minor" ON "wallets"
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW WHEN (OLD."reserved_minor" IS DISTINCT FROM NEW."reserved_minor")
    EXECUTE FUNCTION "wallets_reserved_matches_reservations"();

-- 5. The payer hears of a hold and its decision live: the same channel as the ledger's rows, with a
--    payload of its own ('review:<owner uuid>:<review uuid>'), sent at commit.
CREATE FUNCTION "transfer_reviews_notify_owner"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('wallet_ledger', 'review:' || NEW."owner_id"::text || ':' || NEW."id"::text);
    RETURN NULL;
END $$;

CREATE TRIGGER "transfer_reviews_notify_owner"
    AFTER INSERT OR UPDATE ON "transfer_reviews"
    FOR EACH ROW EXECUTE FUNCTION "transfer_reviews_notify_owner"();

-- 6. Webhook events of a held transfer.
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_known_events";
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_known_events" CHECK (
    "events" <@ ARRAY['transaction.succeeded', 'transaction.failed', 'refund.succeeded',
                      'transfer.held', 'transfer.released', 'transfer.rejected']::TEXT[]
    AND cardinality("events") >= 1);
ALTER TABLE "webhook_events" DROP CONSTRAINT "webhook_events_known_type";
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_known_type" CHECK (
    "type" IN ('transaction.succeeded', 'transaction.failed', 'refund.succeeded',
               'transfer.held', 'transfer.released', 'transfer.rejected'));
