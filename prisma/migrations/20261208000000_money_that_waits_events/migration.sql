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
