-- The balance guard (20261126080000_balance_needs_ledger) checks at the end of each statement, no longer
-- at commit.
--
-- Deferred to commit, its refusal reached only clients that read the answer to COMMIT. A client in
-- autocommit mode commits implicitly after its statement, and the postgres.js client Prisma Studio uses
-- resolves the statement before that commit's error arrives: Studio said "Row saved successfully" for a
-- balance edit the database had refused, and the old value came back on the next read. Checked at the
-- end of the statement, the refusal is the answer to the edit itself, in every client.
--
-- A posting still passes: it writes the balance and its ledger rows in ONE statement, and the check runs
-- once that whole statement (all of its CTEs) is done, when it sees both. A correction made of several
-- statements writes the ledger row first, then the balance; or, in one transaction, it may defer the
-- check to commit as before: SET CONSTRAINTS "wallets_balance_has_ledger_row" DEFERRED.
--
-- A constraint trigger's timing cannot be altered in place: the two are created again, otherwise alike.

DROP TRIGGER "wallets_balance_has_ledger_row" ON "wallets";
CREATE CONSTRAINT TRIGGER "wallets_balance_has_ledger_row"
    AFTER UPDATE OF "balance_minor" ON "wallets"
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW WHEN (OLD."balance_minor" IS DISTINCT FROM NEW."balance_minor")
    EXECUTE FUNCTION "wallets_balance_matches_ledger"();

DROP TRIGGER "wallets_opening_balance_has_ledger_row" ON "wallets";
CREATE CONSTRAINT TRIGGER "wallets_opening_balance_has_ledger_row"
    AFTER INSERT ON "wallets"
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW WHEN (NEW."balance_minor" <> 0)
    EXECUTE FUNCTION "wallets_balance_matches_ledger"();
