-- CreateEnum
CREATE TYPE "TransactionType" AS ENUM ('FUND', 'TRANSFER_IN', 'TRANSFER_OUT');

-- CreateEnum
CREATE TYPE "TransactionStatus" AS ENUM ('SUCCESS', 'FAILED');

-- CreateTable
CREATE TABLE "wallets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "owner_id" UUID,
    "name" VARCHAR(60) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "balance_minor" BIGINT NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wallets_pkey" PRIMARY KEY ("id"),
    -- A balance never goes below zero, whatever the code above it does.
    CONSTRAINT "wallets_balance_not_negative" CHECK ("balance_minor" >= 0),
    -- 15 significant digits keep every balance exact as a JSON number.
    CONSTRAINT "wallets_balance_max" CHECK ("balance_minor" <= 999999999999999),
    CONSTRAINT "wallets_currency_format" CHECK ("currency" ~ '^[A-Z]{3}$')
);

-- CreateTable
CREATE TABLE "transactions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "wallet_id" UUID NOT NULL,
    "type" "TransactionType" NOT NULL,
    "status" "TransactionStatus" NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "balance_before_minor" BIGINT NOT NULL,
    "balance_after_minor" BIGINT NOT NULL,
    "source_wallet_id" UUID,
    "destination_wallet_id" UUID,
    "transfer_id" UUID,
    "failure_code" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "transactions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "transactions_amount_positive" CHECK ("amount_minor" > 0),
    CONSTRAINT "transactions_balances_not_negative" CHECK ("balance_before_minor" >= 0 AND "balance_after_minor" >= 0),
    -- Each row proves its own arithmetic: a FAILED row moves nothing, a SUCCESS row moves exactly its amount.
    CONSTRAINT "transactions_balance_arithmetic" CHECK (
        CASE
            WHEN "status" = 'FAILED' THEN "balance_after_minor" = "balance_before_minor" AND "failure_code" IS NOT NULL
            WHEN "type" = 'TRANSFER_OUT' THEN "balance_after_minor" = "balance_before_minor" - "amount_minor"
            ELSE "balance_after_minor" = "balance_before_minor" + "amount_minor"
        END
    ),
    CONSTRAINT "transactions_transfer_has_id" CHECK ("type" = 'FUND' OR "status" = 'FAILED' OR "transfer_id" IS NOT NULL)
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "scope" VARCHAR(100) NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "response_status" INTEGER NOT NULL,
    "response_body" JSON NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "wallets_seq_key" ON "wallets"("seq");

-- CreateIndex
CREATE INDEX "wallets_owner_id_seq_idx" ON "wallets"("owner_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "transactions_seq_key" ON "transactions"("seq");

-- CreateIndex
CREATE INDEX "transactions_wallet_id_seq_idx" ON "transactions"("wallet_id", "seq" DESC);

-- CreateIndex
CREATE INDEX "transactions_wallet_id_type_seq_idx" ON "transactions"("wallet_id", "type", "seq" DESC);

-- CreateIndex
CREATE INDEX "transactions_transfer_id_idx" ON "transactions"("transfer_id");

-- CreateIndex
CREATE UNIQUE INDEX "idempotency_keys_scope_key_key" ON "idempotency_keys"("scope", "key");

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- AddForeignKey
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The ledger is append-only: a correction is a new row, never an edit. This holds for every client of
-- the database, Prisma Studio included.
CREATE FUNCTION "transactions_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on transactions is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "transactions_append_only"
    BEFORE UPDATE OR DELETE ON "transactions"
    FOR EACH ROW EXECUTE FUNCTION "transactions_refuse_change"();

CREATE TRIGGER "transactions_no_truncate"
    BEFORE TRUNCATE ON "transactions"
    FOR EACH STATEMENT EXECUTE FUNCTION "transactions_refuse_change"();
