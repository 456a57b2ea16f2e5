-- A memo and the integrator's own id on ledger rows. Nullable: rows written before have neither. The API
-- validates both (trimmed, no control characters; reference from a fixed alphabet); the CHECKs hold the
-- lengths even for rows written some other way.
ALTER TABLE "transactions"
    ADD COLUMN "description" VARCHAR(140),
    ADD COLUMN "reference" VARCHAR(64),
    ADD CONSTRAINT "transactions_description_length" CHECK (char_length("description") BETWEEN 1 AND 140),
    ADD CONSTRAINT "transactions_reference_format" CHECK ("reference" ~ '^[A-Za-z0-9._:-]{1,64}$');

-- History search by exact reference within one wallet, newest first; only rows that carry one are indexed.
CREATE INDEX "transactions_wallet_id_reference_seq_idx" ON "transactions"("wallet_id", "reference", "seq" DESC)
    WHERE "reference" IS NOT NULL;
