-- Every wallet time comes from one clock, the database's. Prisma's @updatedAt stamped updated_at with the
-- API process's clock while created_at defaulted to the database's clock_timestamp(), so a wallet that
-- never moved money could look updated before it was created. The schema no longer uses @updatedAt; the
-- database stamps the row instead, whatever the statement sent:
-- - INSERT: a new row has not been updated, so updated_at is created_at. (A data-only restore that must
--   keep its updated_at disables triggers while it loads, as pg_dump --disable-triggers does.)
-- - UPDATE of the wallet's own fields (name, owner, currency): the database's time of the write.
-- A balance change is a movement, and the movement's statement sets updated_at itself to the time its
-- wallet locks were taken, which its ledger rows carry too; that is not overwritten here.
UPDATE "wallets" SET "updated_at" = "created_at" WHERE "updated_at" < "created_at";

CREATE FUNCTION "wallets_stamp_row_times"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW."updated_at" := NEW."created_at";
    ELSE
        NEW."updated_at" := clock_timestamp();
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER "wallets_row_times"
    BEFORE INSERT OR UPDATE OF "name", "owner_id", "currency" ON "wallets"
    FOR EACH ROW EXECUTE FUNCTION "wallets_stamp_row_times"();
