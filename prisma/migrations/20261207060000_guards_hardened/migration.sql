-- The database's guards, hardened against the runtime role (the API's login, docs/operations.md
-- "Database roles"), which may write balances, append to the ledger and add books-check records.

-- 1. Every trigger and guard function resolves names in pg_catalog, then public, and the session's
--    temporary schema LAST. Left to the caller's search_path, a temporary table comes FIRST: any role
--    with TEMPORARY (the runtime role has it, as PUBLIC does by default) could create
--    `CREATE TEMP TABLE transactions (wallet_id uuid, seq bigint, balance_after_minor bigint)`, put the
--    balance it wants in it, and the balance guard would read that table instead of the ledger and let
--    `UPDATE wallets SET balance_minor = ...` through. With pg_temp last, "transactions" and "wallets"
--    are always public's. A function added later sets the same (apps/api/test/api/schema.spec.ts checks
--    every function of the schema).
ALTER FUNCTION "transactions_refuse_change"() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION "wallets_stamp_row_times"() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION "wallets_refuse_identity_change"() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION "wallets_balance_matches_ledger"() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION "transactions_notify_owners"() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION "sessions_hash_clear_csrf_token"() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION "ledger_hash_field"(TEXT) SET search_path = pg_catalog, public, pg_temp;

-- 2. (Each field is written out as ledger_hash_field's body, not called: a function with its own
--    search_path is never inlined, and 21 calls of it cost a posting about 16 µs per ledger row.)
--    The hash chain no longer trusts its writers to take the wallet's lock: the trigger takes it
--    (FOR NO KEY UPDATE, what a posting takes first; a no-op wait when it is already held, and allowed
--    to the runtime role through its UPDATE (balance_minor) right). So two writers of one wallet's rows
--    queue here, and the second reads the first's row as its predecessor.
--    A row's seq comes from its column default before this trigger runs, so a writer that did not lock
--    first may hold a seq lower than a row committed while it waited: it then takes a new one, after
--    every row of its wallet, so per wallet seq order stays the order rows were chained (and committed).
--    (A posting locks before it writes, so its rows never need a new seq.)
CREATE OR REPLACE FUNCTION "transactions_hash_chain"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    previous BYTEA;
    previous_seq BIGINT;
    owner UUID;
    wallet_currency TEXT;
BEGIN
    SELECT "owner_id", "currency" INTO owner, wallet_currency FROM public."wallets"
        WHERE "id" = NEW."wallet_id" FOR NO KEY UPDATE;
    -- The wallet's newest row: every row of it was written under this lock, so it is committed or ours.
    SELECT "hash", "seq" INTO previous, previous_seq FROM public."transactions"
        WHERE "wallet_id" = NEW."wallet_id" ORDER BY "seq" DESC LIMIT 1;
    IF previous_seq >= NEW."seq" THEN
        NEW."seq" := nextval('public.transactions_seq_seq'::regclass);
    END IF;
    NEW."hash_version" := 1;
    NEW."hash" := sha256(convert_to(
        COALESCE(length('wallet-ledger-v1') || ':' || 'wallet-ledger-v1', '~') ||
        COALESCE(length(encode(previous, 'hex')) || ':' || encode(previous, 'hex'), '~') ||
        COALESCE(length(NEW."id"::text) || ':' || NEW."id"::text, '~') ||
        COALESCE(length(NEW."wallet_id"::text) || ':' || NEW."wallet_id"::text, '~') ||
        COALESCE(length(NEW."seq"::text) || ':' || NEW."seq"::text, '~') ||
        COALESCE(length(NEW."type"::text) || ':' || NEW."type"::text, '~') ||
        COALESCE(length(NEW."status"::text) || ':' || NEW."status"::text, '~') ||
        COALESCE(length(NEW."amount_minor"::text) || ':' || NEW."amount_minor"::text, '~') ||
        COALESCE(length(NEW."currency"::text) || ':' || NEW."currency"::text, '~') ||
        COALESCE(length(NEW."balance_before_minor"::text) || ':' || NEW."balance_before_minor"::text, '~') ||
        COALESCE(length(NEW."balance_after_minor"::text) || ':' || NEW."balance_after_minor"::text, '~') ||
        COALESCE(length(NEW."source_wallet_id"::text) || ':' || NEW."source_wallet_id"::text, '~') ||
        COALESCE(length(NEW."destination_wallet_id"::text) || ':' || NEW."destination_wallet_id"::text, '~') ||
        COALESCE(length(NEW."transfer_id"::text) || ':' || NEW."transfer_id"::text, '~') ||
        COALESCE(length(NEW."failure_code"::text) || ':' || NEW."failure_code"::text, '~') ||
        COALESCE(length(NEW."description"::text) || ':' || NEW."description"::text, '~') ||
        COALESCE(length(NEW."reference"::text) || ':' || NEW."reference"::text, '~') ||
        COALESCE(length(NEW."refund_of"::text) || ':' || NEW."refund_of"::text, '~') ||
        COALESCE(length(to_char(NEW."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || ':' || to_char(NEW."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '~') ||
        COALESCE(length(owner::text) || ':' || owner::text, '~') ||
        COALESCE(length(wallet_currency) || ':' || wallet_currency, '~'),
        'UTF8'));
    RETURN NEW;
END;
$$;

-- 3. A books-check record is never dated in the future. The runtime role adds these records (the check
--    runs as it), and a record "finished" in 2100 made the scheduled check skip for good (it skips when
--    one finished within the last half period) while the metrics showed its zero discrepancies. Times
--    are clamped to the database's clock at insert (milliseconds, the column's precision, rounded down
--    so the row is not a fraction of a millisecond ahead); the readers also ignore any row from the
--    future that was added before this migration.
CREATE FUNCTION "ledger_checks_not_in_future"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    now_ms TIMESTAMPTZ := date_trunc('milliseconds', clock_timestamp());
BEGIN
    NEW."finished_at" := least(COALESCE(NEW."finished_at", now_ms), now_ms);
    NEW."started_at" := least(NEW."started_at", NEW."finished_at");
    RETURN NEW;
END;
$$;

CREATE TRIGGER "ledger_checks_not_in_future"
    BEFORE INSERT ON "ledger_checks"
    FOR EACH ROW EXECUTE FUNCTION "ledger_checks_not_in_future"();

-- 4. Checkpoints saved before the hash chain get the hash of the row they name, so the check compares
--    it from now on rather than only once the wallet moves again.
UPDATE "ledger_check_wallets" c SET "last_hash" = t."hash"
FROM "transactions" t
WHERE c."last_hash" IS NULL AND t."wallet_id" = c."wallet_id" AND t."seq" = c."last_seq";
