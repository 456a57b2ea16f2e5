-- Webhooks. An endpoint is where a user wants to hear of their ledger's events; an event is written to
-- the outbox (webhook_events) in the same database transaction as the money movement it reports, with one
-- delivery per subscribed endpoint, and only when the owner has such an endpoint. The queue that drives
-- the deliveries (pg-boss, schema "pgboss") is created by the API at start; its jobs are inserted in the
-- same transaction too.

-- Known scopes: webhooks:write manages webhook endpoints.
ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_known_scopes";
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_known_scopes"
    CHECK ("scopes" <@ ARRAY['wallets:read', 'wallets:write', 'transfers:write', 'webhooks:write']::TEXT[]);

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "owner_id" UUID NOT NULL,
    "url" VARCHAR(2048) NOT NULL,
    "events" TEXT[] NOT NULL,
    -- The Standard Webhooks signing secret (whsec_ + base64). Erased when the endpoint is deleted.
    "secret" VARCHAR(100),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Deleted endpoints are kept (without their secret), so a posting that read the endpoint just before
    -- the delete commits can still write its delivery row; nothing is sent to them.
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "webhook_endpoints_known_events" CHECK (
        cardinality("events") >= 1
        AND "events" <@ ARRAY['transaction.succeeded', 'transaction.failed', 'refund.succeeded']::TEXT[]),
    CONSTRAINT "webhook_endpoints_secret_while_live" CHECK (("secret" IS NULL) = ("deleted_at" IS NOT NULL))
);

-- CreateTable
CREATE TABLE "webhook_events" (
    -- Sent as webhook-id: the same on every attempt and every endpoint, so receivers can deduplicate.
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "type" VARCHAR(40) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "webhook_events_known_type" CHECK (
        "type" IN ('transaction.succeeded', 'transaction.failed', 'refund.succeeded'))
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "endpoint_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "status" VARCHAR(10) NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_attempt_at" TIMESTAMPTZ(3),
    -- The receiver's HTTP status, or a short reason when there was none; never the response body.
    "last_status_code" INTEGER,
    "last_error" VARCHAR(200),
    "next_attempt_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "webhook_deliveries_known_status" CHECK ("status" IN ('pending', 'succeeded', 'failed')),
    CONSTRAINT "webhook_deliveries_attempts" CHECK ("attempts" >= 0),
    CONSTRAINT "webhook_deliveries_delivered" CHECK (("status" = 'succeeded') = ("delivered_at" IS NOT NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "webhook_endpoints_seq_key" ON "webhook_endpoints"("seq");
-- The posting's lookup of the owner's live endpoints (partial: only live ones).
CREATE INDEX "webhook_endpoints_owner_id_idx" ON "webhook_endpoints"("owner_id") WHERE "deleted_at" IS NULL;
CREATE INDEX "webhook_events_created_at_idx" ON "webhook_events"("created_at");
CREATE UNIQUE INDEX "webhook_deliveries_seq_key" ON "webhook_deliveries"("seq");
CREATE UNIQUE INDEX "webhook_deliveries_endpoint_id_event_id_key" ON "webhook_deliveries"("endpoint_id", "event_id");
CREATE INDEX "webhook_deliveries_endpoint_id_seq_idx" ON "webhook_deliveries"("endpoint_id", "seq" DESC);
CREATE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries"("event_id");

-- AddForeignKey
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "webhook_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
