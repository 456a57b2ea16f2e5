-- A refund is a transfer of its own (its own transfer_id, both legs) from the receiver of a transfer back
-- to its source; both legs, and a declined attempt's FAILED row, point at the original's transfer_id.
-- What is left to refund is the original amount minus the SUCCESS TRANSFER_OUT rows pointing at it.
ALTER TABLE "transactions"
    ADD COLUMN "refund_of" UUID,
    ADD CONSTRAINT "transactions_refund_of_transfer" CHECK ("refund_of" IS NULL OR "type" IN ('TRANSFER_OUT', 'TRANSFER_IN'));

CREATE INDEX "transactions_refund_of_idx" ON "transactions"("refund_of") WHERE "refund_of" IS NOT NULL;
