-- The webhook event types of money that waits, listed once so each feature's migration need not redo
-- these constraints: holds (hold.*), payment requests (payment_request.*), scheduled transfers
-- (scheduled_transfer.*) and balance alerts (balance.*). apps/api/src/webhooks/webhook-events.ts lists
-- the types an endpoint may subscribe to; a type appears there once its feature raises it.
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_known_events";
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_known_events" CHECK (
    "events" <@ ARRAY['transaction.succeeded', 'transaction.failed', 'refund.succeeded',
                      'transfer.held', 'transfer.released', 'transfer.rejected',
                      'hold.created', 'hold.captured', 'hold.voided', 'hold.expired',
                      'payment_request.created', 'payment_request.paid', 'payment_request.declined',
                      'payment_request.cancelled', 'payment_request.expired',
                      'scheduled_transfer.executed', 'scheduled_transfer.failed',
                      'scheduled_transfer.completed',
                      'balance.below', 'balance.above']::TEXT[]
    AND cardinality("events") >= 1);
ALTER TABLE "webhook_events" DROP CONSTRAINT "webhook_events_known_type";
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_known_type" CHECK (
    "type" IN ('transaction.succeeded', 'transaction.failed', 'refund.succeeded',
               'transfer.held', 'transfer.released', 'transfer.rejected',
               'hold.created', 'hold.captured', 'hold.voided', 'hold.expired',
               'payment_request.created', 'payment_request.paid', 'payment_request.declined',
               'payment_request.cancelled', 'payment_request.expired',
               'scheduled_transfer.executed', 'scheduled_transfer.failed',
               'scheduled_transfer.completed',
               'balance.below', 'balance.above'));

-- How a user chose to be shown to the people they pay and who pay them (the wallet page names the
-- counterparty by it; never by an email unless its owner typed that here). Null: not chosen, and the
-- counterparty is named by its wallet's short id instead. Trimmed, 1 to 60 characters, no control
-- characters (the API validates the same).
ALTER TABLE "users" ADD COLUMN "display_name" VARCHAR(60);
ALTER TABLE "users" ADD CONSTRAINT "users_display_name_shape" CHECK (
    "display_name" IS NULL OR (
        char_length("display_name") BETWEEN 1 AND 60
        AND "display_name" = btrim("display_name")
        AND "display_name" !~ '[[:cntrl:]]'));
