-- Test mode (sandbox): a wallet is live (real money) or a test wallet, for good; an API key is a live
-- key or a test key (its secret starts wk_test_) and reaches only wallets of its own mode. The API
-- refuses any movement between the two modes (404 for the other mode's wallet); the trigger below
-- refuses it again under every code path, so no ledger row can ever join a test and a live wallet.
ALTER TABLE "wallets" ADD COLUMN "livemode" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "api_keys" ADD COLUMN "livemode" BOOLEAN NOT NULL DEFAULT true;

-- The lists of wallets are read per owner and mode.
CREATE INDEX "wallets_owner_id_livemode_seq_idx" ON "wallets"("owner_id", "livemode", "seq");

-- A wallet's mode never changes (money in a test wallet would become real).
CREATE FUNCTION "wallets_mode_fixed"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a wallet''s mode (live or test) never changes' USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER "wallets_mode_fixed"
    BEFORE UPDATE OF "livemode" ON "wallets"
    FOR EACH ROW WHEN (OLD."livemode" IS DISTINCT FROM NEW."livemode")
    EXECUTE FUNCTION "wallets_mode_fixed"();

-- Both sides of a movement between two wallets are of one mode.
CREATE FUNCTION "transactions_one_mode"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF (SELECT count(DISTINCT "livemode") FROM public."wallets"
        WHERE "id" IN (NEW."source_wallet_id", NEW."destination_wallet_id")) > 1 THEN
        RAISE EXCEPTION 'a test wallet and a live wallet never exchange money'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER "transactions_one_mode"
    BEFORE INSERT ON "transactions"
    FOR EACH ROW WHEN (NEW."source_wallet_id" IS NOT NULL AND NEW."destination_wallet_id" IS NOT NULL)
    EXECUTE FUNCTION "transactions_one_mode"();
