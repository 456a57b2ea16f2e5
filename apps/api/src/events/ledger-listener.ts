import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, sessionUrl } from '../config/config';
import { ChannelListener } from '../database/channel-listener';
import { type OwnerNotice, parseOwnerNotice } from './owner-notice';

/** The channel the transactions table's trigger notifies (see its migration). */
const CHANNEL = 'wallet_ledger';
const PAYLOAD = /^([0-9a-f-]{36}):(\d{1,19}):(\d{1,19})$/;
/** A held transfer was added or decided (the transfer_reviews trigger, same channel): its payer and id. */
const REVIEW_PAYLOAD = /^review:([0-9a-f-]{36}):([0-9a-f-]{36})$/;
/** A payment request was made or changed (the payment_requests trigger): a user who hears of it, its id. */
const PAYMENT_REQUEST_PAYLOAD = /^payment_request:([0-9a-f-]{36}):([0-9a-f-]{36})$/;
/** A hold was made or ended (the holds trigger, same channel): its owner and id. */
const HOLD_PAYLOAD = /^hold:([0-9a-f-]{36}):([0-9a-f-]{36})$/;

/** A statement appended ledger rows for `ownerId`, with seqs in [fromSeq, toSeq] (committed). */
export interface LedgerNotice {
  ownerId: string;
  fromSeq: bigint;
  toSeq: bigint;
}

/** A transfer held for review of `ownerId` was added or decided (committed). */
export interface ReviewNotice {
  ownerId: string;
  reviewId: string;
}

/** A payment request that `ownerId` asked or is asked to pay (or paid) was made or changed (committed). */
export interface PaymentRequestNotice {
  ownerId: string;
  requestId: string;
}

/** A hold of `ownerId` was made or ended (committed). */
export interface HoldNotice {
  ownerId: string;
  holdId: string;
}

export interface LedgerHandlers {
  rows(notice: LedgerNotice): void;
  review?(notice: ReviewNotice): void;
  paymentRequest?(notice: PaymentRequestNotice): void;
  hold?(notice: HoldNotice): void;
  /** A live event that is no ledger row, with its data (owner-notice.ts: a scheduled transfer, an alert). */
  notice?(notice: OwnerNotice): void;
  /** The channel dropped: what was committed meanwhile may never be heard of. */
  lost(): void;
}

/**
 * One LISTEN connection per process for new ledger rows, whoever wrote them (any API process, a CLI,
 * psql): the trigger on transactions notifies at commit. While it is lost, `listening` is false and
 * nothing is heard (see ChannelListener).
 */
@Injectable()
export class LedgerListener implements OnModuleDestroy {
  private readonly logger = new Logger('LedgerListener');
  private channel: ChannelListener | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get listening(): boolean {
    return this.channel?.listening ?? false;
  }

  async start(handlers: LedgerHandlers): Promise<void> {
    this.channel = new ChannelListener({
      url: sessionUrl(this.config),
      connectTimeoutMs: this.config.dbConnectTimeoutMs,
      channel: CHANNEL,
      logger: this.logger,
      name: 'the ledger channel',
      whileLost: 'event streams end until it is back',
      notification: (payload) => {
        const notice = parseOwnerNotice(payload ?? '');
        if (notice) {
          handlers.notice?.(notice);
          return;
        }
        const review = REVIEW_PAYLOAD.exec(payload ?? '');
        if (review?.[1] && review[2]) {
          handlers.review?.({ ownerId: review[1], reviewId: review[2] });
          return;
        }
        const request = PAYMENT_REQUEST_PAYLOAD.exec(payload ?? '');
        if (request?.[1] && request[2]) {
          handlers.paymentRequest?.({ ownerId: request[1], requestId: request[2] });
          return;
        }
        const hold = HOLD_PAYLOAD.exec(payload ?? '');
        if (hold?.[1] && hold[2]) {
          handlers.hold?.({ ownerId: hold[1], holdId: hold[2] });
          return;
        }
        const match = PAYLOAD.exec(payload ?? '');
        if (!match?.[1] || !match[2] || !match[3]) return;
        handlers.rows({ ownerId: match[1], fromSeq: BigInt(match[2]), toSeq: BigInt(match[3]) });
      },
      lost: () => handlers.lost(),
    });
    await this.channel.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.channel?.close();
  }
}
