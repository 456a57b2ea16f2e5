import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { PaidOnRelease, PaymentRequestEvents } from './payment-request-events';
import { PaymentRequestsRepository } from './payment-requests.repository';

/**
 * The payment requests' webhook events, apart from the use cases: the application binds PaidOnRelease
 * to the ledger's listeners (LEDGER_EVENTS), which the movements need, so this module needs no movement.
 */
@Module({
  imports: [WebhooksModule],
  providers: [PaymentRequestEvents, PaidOnRelease, PaymentRequestsRepository],
  exports: [PaymentRequestEvents, PaidOnRelease, PaymentRequestsRepository],
})
export class PaymentRequestEventsModule {}
