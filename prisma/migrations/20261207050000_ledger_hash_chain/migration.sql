-- A tamper-evident ledger: every row carries `hash`, which chains it to the previous row of the same
-- wallet (by seq) over every field of the row and its wallet's owner and currency. Editing a row,
-- deleting or inserting one between others, or renumbering them leaves a row whose hash does not match
-- what the books check recomputes (books-check.ts); see docs/architecture.md ("The hash chain").
--
-- Per wallet, not global: a global chain would make every posting read and extend one head, so every
-- posting of every wallet would queue on it. A wallet's rows are already written under its lock, so its
-- predecessor is well defined without a new point of contention.
--
-- Format version 1 (hash_version = 1): hash = sha256 of the UTF-8 text made of these fields, each written
-- as <length in characters>:<text>, or ~ when NULL, with nothing between them:
--   'wallet-ledger-v1', the previous row's hash in lowercase hex (NULL on a wallet's first row), id,
--   wallet_id, seq, type, status, amount_minor, currency, balance_before_minor, balance_after_minor,
--   source_wallet_id, destination_wallet_id, transfer_id, failure_code, description, reference,
--   refund_of, created_at (UTC, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), the wallet's owner_id and currency.
-- uuids in their canonical lowercase text, integers in decimal, enums by label. A new format gets a new
-- version number; rows keep the version they were written with.
--
-- The hash is written by a BEFORE INSERT trigger, so it is part of the same statement as the row (a
-- posting stays one statement) and every writer (API, seeding, tests, psql) gets it; whatever a client
-- puts in hash or hash_version is replaced.

CREATE FUNCTION "ledger_hash_field"(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(length(value) || ':' || value, '~')
$$;

CREATE FUNCTION "transactions_hash_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous BYTEA;
    owner UUID;
    wallet_currency TEXT;
BEGIN
    -- The wallet's newest row before this one: rows of one wallet are written under its lock, in seq order.
    SELECT "hash" INTO previous FROM "transactions"
        WHERE "wallet_id" = NEW."wallet_id" AND "seq" < NEW."seq" ORDER BY "seq" DESC LIMIT 1;
    SELECT "owner_id", "currency" INTO owner, wallet_currency FROM "wallets" WHERE "id" = NEW."wallet_id";
    NEW."hash_version" := 1;
    NEW."hash" := sha256(convert_to(
        ledger_hash_field('wallet-ledger-v1') || ledger_hash_field(encode(previous, 'hex')) ||
        ledger_hash_field(NEW."id"::text) || ledger_hash_field(NEW."wallet_id"::text) ||
        ledger_hash_field(NEW."seq"::text) || ledger_hash_field(NEW."type"::text) ||
        ledger_hash_field(NEW."status"::text) || ledger_hash_field(NEW."amount_minor"::text) ||
        ledger_hash_field(NEW."currency"::text) || ledger_hash_field(NEW."balance_before_minor"::text) ||
        ledger_hash_field(NEW."balance_after_minor"::text) || ledger_hash_field(NEW."source_wallet_id"::text) ||
        ledger_hash_field(NEW."destination_wallet_id"::text) || ledger_hash_field(NEW."transfer_id"::text) ||
        ledger_hash_field(NEW."failure_code"::text) || ledger_hash_field(NEW."description"::text) ||
        ledger_hash_field(NEW."reference"::text) || ledger_hash_field(NEW."refund_of"::text) ||
        ledger_hash_field(to_char(NEW."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) ||
        ledger_hash_field(owner::text) || ledger_hash_field(wallet_currency),
        'UTF8'));
    RETURN NEW;
END;
$$;

ALTER TABLE "transactions"
    ADD COLUMN "hash_version" SMALLINT,
    ADD COLUMN "hash" BYTEA;

-- The rows written so far, each wallet's in seq order (the append-only guard is off for this one update).
CREATE TEMP TABLE "ledger_backfill" ("id" UUID PRIMARY KEY, "hash" BYTEA NOT NULL) ON COMMIT DROP;
DO $$
DECLARE
    r RECORD;
    previous BYTEA;
    current_wallet UUID;
BEGIN
    FOR r IN SELECT t.*, w."owner_id" AS "wallet_owner", w."currency"::text AS "wallet_currency"
             FROM "transactions" t JOIN "wallets" w ON w."id" = t."wallet_id"
             ORDER BY t."wallet_id", t."seq" LOOP
        IF current_wallet IS DISTINCT FROM r."wallet_id" THEN
            previous := NULL;
            current_wallet := r."wallet_id";
        END IF;
        previous := sha256(convert_to(
            ledger_hash_field('wallet-ledger-v1') || ledger_hash_field(encode(previous, 'hex')) ||
            ledger_hash_field(r."id"::text) || ledger_hash_field(r."wallet_id"::text) ||
            ledger_hash_field(r."seq"::text) || ledger_hash_field(r."type"::text) ||
            ledger_hash_field(r."status"::text) || ledger_hash_field(r."amount_minor"::text) ||
            ledger_hash_field(r."currency"::text) || ledger_hash_field(r."balance_before_minor"::text) ||
            ledger_hash_field(r."balance_after_minor"::text) || ledger_hash_field(r."source_wallet_id"::text) ||
            ledger_hash_field(r."destination_wallet_id"::text) || ledger_hash_field(r."transfer_id"::text) ||
            ledger_hash_field(r."failure_code"::text) || ledger_hash_field(r."description"::text) ||
            ledger_hash_field(r."reference"::text) || ledger_hash_field(r."refund_of"::text) ||
            ledger_hash_field(to_char(r."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) ||
            ledger_hash_field(r."wallet_owner"::text) || ledger_hash_field(r."wallet_currency"),
            'UTF8'));
        INSERT INTO "ledger_backfill" VALUES (r."id", previous);
    END LOOP;
END;
$$;
ALTER TABLE "transactions" DISABLE TRIGGER "transactions_append_only";
UPDATE "transactions" t SET "hash_version" = 1, "hash" = b."hash" FROM "ledger_backfill" b WHERE b."id" = t."id";
ALTER TABLE "transactions" ENABLE TRIGGER "transactions_append_only";

ALTER TABLE "transactions"
    ALTER COLUMN "hash_version" SET NOT NULL,
    ALTER COLUMN "hash" SET NOT NULL,
    ADD CONSTRAINT "transactions_hash_sha256" CHECK (octet_length("hash") = 32),
    ADD CONSTRAINT "transactions_hash_version_known" CHECK ("hash_version" = 1);

CREATE TRIGGER "transactions_hash_chain"
    BEFORE INSERT ON "transactions"
    FOR EACH ROW EXECUTE FUNCTION "transactions_hash_chain"();

-- What the books check proved last, per wallet: the hash of the row at last_seq. The next check finds
-- that row again with that hash, or reports the ledger rewritten (an owner who recomputed every hash
-- after an edit, but not this). NULL on checkpoints from before the chain.
ALTER TABLE "ledger_check_wallets" ADD COLUMN "last_hash" BYTEA;

-- Each check's ledger digest: one short value to keep outside the database (books-check.ts).
ALTER TABLE "ledger_checks" ADD COLUMN "digest" TEXT;
