-- An Idempotency-Key now stores what the operation decided, not an HTTP answer: `outcome` is 'done' (the
-- result is the value returned) or 'declined' (the result is the error: code, detail and its extensions).
-- The HTTP status follows from that at the edge. Rows written before this migration keep their
-- response_status (outcome NULL) and are still replayed from it until the retention sweep removes them.
ALTER TABLE "idempotency_keys" ADD COLUMN "outcome" VARCHAR(8);
ALTER TABLE "idempotency_keys" ALTER COLUMN "response_status" DROP NOT NULL;
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_outcome_check"
  CHECK ("outcome" IN ('done', 'declined'));
