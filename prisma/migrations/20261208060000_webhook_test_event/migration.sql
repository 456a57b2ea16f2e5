-- A test event ("Send test event" in the dashboard, POST /api/v1/webhook-endpoints/:id/test) is stored
-- and delivered like any other event, so its type must be allowed in webhook_events. No endpoint
-- subscribes to it: a test event goes to the one endpoint it was asked for, so webhook_endpoints' list of
-- subscribable types stays as migration 20261208000000 left it. The list below is that migration's, plus
-- 'webhook.test'.
ALTER TABLE "webhook_events" DROP CONSTRAINT "webhook_events_known_type";
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_known_type" CHECK (
    "type" IN ('transaction.succeeded', 'transaction.failed', 'refund.succeeded',
               'transfer.held', 'transfer.released', 'transfer.rejected',
               'hold.created', 'hold.captured', 'hold.voided', 'hold.expired',
               'payment_request.created', 'payment_request.paid', 'payment_request.declined',
               'payment_request.cancelled', 'payment_request.expired',
               'scheduled_transfer.executed', 'scheduled_transfer.failed',
               'scheduled_transfer.completed',
               'balance.below', 'balance.above',
               'webhook.test'));
