-- Holds (two-phase transfers): an owner reserves an amount of a wallet now and, later, captures all or
-- part of it as a transfer, voids it, or lets it expire. An ACTIVE hold's amount is reserved on its
-- wallet (wallets.reserved_minor, through the view wallet_reservations, which the constraint trigger of
-- 20261207100000_transfer_reviews keeps equal to wallets.reserved_minor), so the wallet cannot spend it
-- twice. Capturing posts a normal transfer (both legs, transfer_id = the hold's id) and releases the
-- reservation in the same transaction; voiding or expiring releases it. No ledger row moves money while
-- a hold is ACTIVE.

-- 1. The holds. A hold ends once: ACTIVE -> CAPTURED | VOIDED | EXPIRED (trigger below).
CREATE TABLE "holds" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    -- The wallet's owner when the hold was made: who may act on it, who hears of it.
    "owner_id" UUID NOT NULL,
    "wallet_id" UUID NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" VARCHAR(10) NOT NULL DEFAULT 'ACTIVE',
    -- What a capture took (0 until then; the rest of the amount was released with it).
    "captured_minor" BIGINT NOT NULL DEFAULT 0,
    -- A capture's destination and its TRANSFER_OUT leg (both legs carry transfer_id = this hold's id).
    "destination_wallet_id" UUID,
    "transaction_id" UUID,
    "expires_at" TIMESTAMPTZ(3),
    "description" VARCHAR(140),
    "reference" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    -- When it stopped being ACTIVE.
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "holds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "holds_seq_key" UNIQUE ("seq"),
    CONSTRAINT "holds_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "holds_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "holds_destination_wallet_id_fkey" FOREIGN KEY ("destination_wallet_id")
        REFERENCES "wallets"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "holds_amount_positive" CHECK ("amount_minor" > 0),
    CONSTRAINT "holds_known_status" CHECK ("status" IN ('ACTIVE', 'CAPTURED', 'VOIDED', 'EXPIRED')),
    CONSTRAINT "holds_captured_within_amount" CHECK (
        "captured_minor" >= 0 AND "captured_minor" <= "amount_minor"
        AND ("status" = 'CAPTURED') = ("captured_minor" > 0)),
    CONSTRAINT "holds_capture_named" CHECK (
        ("status" = 'CAPTURED') = ("destination_wallet_id" IS NOT NULL)
        AND ("status" = 'CAPTURED') = ("transaction_id" IS NOT NULL)),
    CONSTRAINT "holds_two_wallets" CHECK ("destination_wallet_id" <> "wallet_id"),
    CONSTRAINT "holds_finished" CHECK (("status" = 'ACTIVE') = ("finished_at" IS NULL)),
    CONSTRAINT "holds_expires_after_creation" CHECK ("expires_at" > "created_at")
);

-- A wallet's holds, newest first (its list), and its active ones (the reservations view, the books check).
CREATE INDEX "holds_wallet_seq_idx" ON "holds"("wallet_id", "seq" DESC);
CREATE INDEX "holds_wallet_active_idx" ON "holds"("wallet_id") WHERE "status" = 'ACTIVE';

CREATE FUNCTION "holds_end_once"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'holds rows are never deleted' USING ERRCODE = 'restrict_violation';
    END IF;
    IF OLD."status" <> 'ACTIVE' OR NEW."status" = 'ACTIVE'
       OR (NEW."id", NEW."seq", NEW."owner_id", NEW."wallet_id", NEW."amount_minor", NEW."currency",
           NEW."expires_at", NEW."description", NEW."reference", NEW."created_at")
          IS DISTINCT FROM
          (OLD."id", OLD."seq", OLD."owner_id", OLD."wallet_id", OLD."amount_minor", OLD."currency",
           OLD."expires_at", OLD."description", OLD."reference", OLD."created_at") THEN
        RAISE EXCEPTION 'a hold ends once (ACTIVE -> CAPTURED, VOIDED or EXPIRED), and only how it ended is written'
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER "holds_end_once"
    BEFORE UPDATE OR DELETE ON "holds"
    FOR EACH ROW EXECUTE FUNCTION "holds_end_once"();

-- 2. Active holds reserve money: the view gains them, so the reserved-money guard and the books check
--    cover them (the first part is the view as 20261207100000_transfer_reviews made it).
CREATE OR REPLACE VIEW "wallet_reservations" AS
    SELECT "source_wallet_id" AS "wallet_id", 'review'::text AS "kind", "id", "amount_minor"
    FROM "transfer_reviews" WHERE "status" = 'PENDING'
    UNION ALL
    SELECT "wallet_id", 'hold'::text AS "kind", "id", "amount_minor"
    FROM "holds" WHERE "status" = 'ACTIVE';

-- 3. Tamper evidence: every state a hold takes (made, then how it ended) is appended to hold_events, a
--    copy of the whole row, hash-chained per wallet like the ledger (each event's hash covers the
--    previous event of the same wallet: a wallet's holds change only under its lock, so the order is
--    well defined, and no other wallet waits on it). Written by the trigger below, as the schema's owner
--    (SECURITY DEFINER): the runtime role has no right of its own on hold_events, so it can change a
--    hold only through a transition the triggers accept and record. The books check recomputes every
--    hash (its own copy of the format: apps/api/src/transactions/books-check/holds-check.ts) and holds
--    each hold row to its newest event.
--
-- Format 1: sha256 of the UTF-8 text of these fields, each `<length in characters>:<text>` or `~` for
-- NULL (ledger_hash_field), back to back: 'wallet-holds-v1', the wallet's previous event's hash (hex),
-- seq, hold_id, wallet_id, owner_id, status, amount_minor, currency, captured_minor,
-- destination_wallet_id, transaction_id, expires_at, description, reference, created_at, finished_at
-- (times in UTC, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"').
CREATE TABLE "hold_events" (
    "seq" BIGSERIAL NOT NULL,
    "hold_id" UUID NOT NULL,
    "wallet_id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "captured_minor" BIGINT NOT NULL,
    "destination_wallet_id" UUID,
    "transaction_id" UUID,
    "expires_at" TIMESTAMPTZ(3),
    "description" VARCHAR(140),
    "reference" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "hash" BYTEA NOT NULL,
    CONSTRAINT "hold_events_pkey" PRIMARY KEY ("seq"),
    CONSTRAINT "hold_events_hold_id_fkey" FOREIGN KEY ("hold_id") REFERENCES "holds"("id")
        ON DELETE RESTRICT ON UPDATE RESTRICT,
    CONSTRAINT "hold_events_hash_sha256" CHECK (octet_length("hash") = 32)
);

CREATE INDEX "hold_events_wallet_seq_idx" ON "hold_events"("wallet_id", "seq" DESC);
CREATE INDEX "hold_events_hold_idx" ON "hold_events"("hold_id", "seq");

CREATE FUNCTION "hold_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'hold_events is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER "hold_events_append_only"
    BEFORE UPDATE OR DELETE ON "hold_events"
    FOR EACH ROW EXECUTE FUNCTION "hold_events_refuse_change"();

CREATE FUNCTION "holds_record_event"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    previous BYTEA;
    next_seq BIGINT;
BEGIN
    -- The wallet's lock (what every writer of its holds takes first; a no-op then), so that the events of
    -- one wallet queue here and each reads the one before it; its seq is taken under that lock.
    PERFORM 1 FROM public."wallets" WHERE "id" = NEW."wallet_id" FOR NO KEY UPDATE;
    SELECT "hash" INTO previous FROM public."hold_events"
        WHERE "wallet_id" = NEW."wallet_id" ORDER BY "seq" DESC LIMIT 1;
    next_seq := nextval('public.hold_events_seq_seq'::regclass);
    INSERT INTO public."hold_events" ("seq", "hold_id", "wallet_id", "owner_id", "status", "amount_minor",
        "currency", "captured_minor", "destination_wallet_id", "transaction_id", "expires_at",
        "description", "reference", "created_at", "finished_at", "hash")
    VALUES (next_seq, NEW."id", NEW."wallet_id", NEW."owner_id", NEW."status", NEW."amount_minor",
        NEW."currency", NEW."captured_minor", NEW."destination_wallet_id", NEW."transaction_id",
        NEW."expires_at", NEW."description", NEW."reference", NEW."created_at", NEW."finished_at",
        sha256(convert_to(
            ledger_hash_field('wallet-holds-v1') || ledger_hash_field(encode(previous, 'hex')) ||
            ledger_hash_field(next_seq::text) || ledger_hash_field(NEW."id"::text) ||
            ledger_hash_field(NEW."wallet_id"::text) || ledger_hash_field(NEW."owner_id"::text) ||
            ledger_hash_field(NEW."status"::text) || ledger_hash_field(NEW."amount_minor"::text) ||
            ledger_hash_field(NEW."currency"::text) || ledger_hash_field(NEW."captured_minor"::text) ||
            ledger_hash_field(NEW."destination_wallet_id"::text) || ledger_hash_field(NEW."transaction_id"::text) ||
            ledger_hash_field(to_char(NEW."expires_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) ||
            ledger_hash_field(NEW."description"::text) || ledger_hash_field(NEW."reference"::text) ||
            ledger_hash_field(to_char(NEW."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) ||
            ledger_hash_field(to_char(NEW."finished_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
            'UTF8')));
    -- The owner hears of it live: the ledger's channel, a payload of its own, sent at commit.
    PERFORM pg_notify('wallet_ledger', 'hold:' || NEW."owner_id"::text || ':' || NEW."id"::text);
    RETURN NULL;
END $$;

CREATE TRIGGER "holds_record_event"
    AFTER INSERT OR UPDATE ON "holds"
    FOR EACH ROW EXECUTE FUNCTION "holds_record_event"();
