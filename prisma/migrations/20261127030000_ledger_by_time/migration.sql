-- A wallet's ledger by time: the balance at a moment (the newest row at or before it) and a statement's
-- bounds are one index probe each, however long the wallet's history.
CREATE INDEX "transactions_wallet_id_created_at_seq_idx" ON "transactions"("wallet_id", "created_at" DESC, "seq" DESC);
