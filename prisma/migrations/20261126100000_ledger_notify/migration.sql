-- Every API process learns of new ledger rows as they commit, whoever wrote them: each statement that
-- appends to the ledger sends one NOTIFY per wallet owner it touched, naming the owner and the range of
-- seq it wrote for them. NOTIFY is delivered only when (and if) the transaction commits, so a listener
-- never hears of a row it cannot read yet, nor of one that was rolled back. The payload stays small
-- (well under the 8000-byte limit): each listener reads the rows it needs itself.
--
-- Payload: '<owner uuid>:<first seq>:<last seq>'. The range may hold other owners' rows (one statement
-- writes both legs of a transfer); a reader filters by owner.

CREATE FUNCTION "transactions_notify_owners"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('wallet_ledger', w."owner_id"::text || ':' || min(n."seq") || ':' || max(n."seq"))
    FROM "new_rows" n JOIN "wallets" w ON w."id" = n."wallet_id"
    WHERE w."owner_id" IS NOT NULL
    GROUP BY w."owner_id";
    RETURN NULL;
END $$;

CREATE TRIGGER "transactions_notify_owners"
    AFTER INSERT ON "transactions"
    REFERENCING NEW TABLE AS "new_rows"
    FOR EACH STATEMENT EXECUTE FUNCTION "transactions_notify_owners"();
