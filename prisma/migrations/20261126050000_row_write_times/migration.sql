-- Record when each row is written, not when its database transaction began. A movement may wait on a
-- wallet lock; with the transaction's start time, a row written later could carry an earlier time than
-- one it waited for, and creation time would contradict the ledger's order.
ALTER TABLE "transactions" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();
ALTER TABLE "wallets" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();
ALTER TABLE "wallets" ALTER COLUMN "updated_at" SET DEFAULT clock_timestamp();
