-- A balance is what the ledger says it is, for every client of the database (Prisma Studio and psql
-- included), not only for the API.
--
-- 1. A wallet's identity never changes: its id, its place in the order, its currency and its owner.
--    Changing the currency would re-denominate money already moved; changing the owner would hand money
--    to someone else without a movement.
-- 2. A balance changes only together with the ledger row that explains it: at commit, each wallet whose
--    balance changed (or that was created with money in it) must have, as its newest ledger row, one
--    whose balance_after_minor is that balance. A correction is therefore a posting, never an edit.
--
-- The second check is a deferred constraint trigger because a posting writes the balance and its ledger
-- rows in one statement, whose parts cannot see one another; at commit they can.

CREATE FUNCTION "wallets_refuse_identity_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."id" <> OLD."id" OR NEW."seq" <> OLD."seq" THEN
        RAISE EXCEPTION 'a wallet''s id cannot change (wallet %)', OLD."id"
            USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW."currency" <> OLD."currency" THEN
        RAISE EXCEPTION 'a wallet''s currency cannot change (wallet % holds %)', OLD."id", OLD."currency"
            USING ERRCODE = 'restrict_violation',
                  HINT = 'Open a wallet in the other currency and move the money with a transfer.';
    END IF;
    IF NEW."owner_id" IS DISTINCT FROM OLD."owner_id" THEN
        RAISE EXCEPTION 'a wallet''s owner cannot change (wallet %)', OLD."id"
            USING ERRCODE = 'restrict_violation',
                  HINT = 'Money changes hands only by a transfer, which the ledger records.';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "wallets_identity_fixed"
    BEFORE UPDATE OF "id", "seq", "currency", "owner_id" ON "wallets"
    FOR EACH ROW EXECUTE FUNCTION "wallets_refuse_identity_change"();

CREATE FUNCTION "wallets_balance_matches_ledger"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    current_balance BIGINT;
    ledger_balance BIGINT;
BEGIN
    -- NEW may be stale when the transaction changed the wallet more than once: read it as it is now.
    SELECT "balance_minor" INTO current_balance FROM "wallets" WHERE "id" = NEW."id";
    IF NOT FOUND THEN
        RETURN NULL; -- deleted later in the same transaction
    END IF;
    SELECT "balance_after_minor" INTO ledger_balance
        FROM "transactions" WHERE "wallet_id" = NEW."id" ORDER BY "seq" DESC LIMIT 1;
    IF current_balance <> COALESCE(ledger_balance, 0) THEN
        RAISE EXCEPTION 'wallet % would hold % minor units, but its ledger says %: a balance changes only by a posting',
                NEW."id", current_balance, COALESCE(ledger_balance, 0)
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'Fund or transfer through the API; a correction is a new ledger row written with the balance it explains.';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "wallets_balance_has_ledger_row"
    AFTER UPDATE OF "balance_minor" ON "wallets"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (OLD."balance_minor" IS DISTINCT FROM NEW."balance_minor")
    EXECUTE FUNCTION "wallets_balance_matches_ledger"();

CREATE CONSTRAINT TRIGGER "wallets_opening_balance_has_ledger_row"
    AFTER INSERT ON "wallets"
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW."balance_minor" <> 0)
    EXECUTE FUNCTION "wallets_balance_matches_ledger"();
