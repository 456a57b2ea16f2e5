import type { Response } from 'express';

/** What a client waits before it reconnects (the stream's `retry:` field). */
export const RECONNECT_HINT_MS = 2_000;
/** Bytes a stream may have waiting for a slow client before it is cut off (it resumes by Last-Event-ID). */
const MAX_BUFFERED_BYTES = 256 * 1024;
/** The longest a Node timer waits; a credential ending later is caught by the heartbeat's checks. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Past a credential's expiry, so that its lookup no longer finds it. */
const EXPIRY_MARGIN_MS = 50;
/** Live events held while the replay is read; more and the stream ends, to be resumed. */
const MAX_PENDING_EVENTS = 1_000;

/** One event, written once and shared by every stream of its owner. */
export interface SerializedEvent {
  seq: bigint;
  text: string;
  /** The mode (live or test) of the wallet it is about; a stream gets only its own mode's (absent: any). */
  livemode?: boolean;
}

export interface EventStreamOptions {
  heartbeatMs: number;
  /** When the credential ends by itself (a session's expiry): the stream checks it again then. */
  expiresAt?: Date;
  /** Whether the credential that opened the stream still holds (asked at each heartbeat and revocation). */
  stillAllowed(): Promise<boolean>;
  onEnd(): void;
}

/**
 * One open text/event-stream response. Memory is bounded: what the socket has not taken is capped, and
 * so are the live events held while the replay is read; past either cap the stream is cut, and the
 * client resumes with Last-Event-ID instead of the server queueing for it.
 */
export class EventStream {
  private readonly heartbeat: NodeJS.Timeout;
  private readonly expiry: NodeJS.Timeout | null = null;
  /** Live events that arrived during the replay; null once the replay has been written. */
  private pending: SerializedEvent[] | null = [];
  /**
   * What the replay wrote (at most its 1,000 events): a row committed just before the replay was read
   * is in it, and its live notification may still arrive after; it must not be written twice.
   */
  private replayedSeqs = new Set<bigint>();
  private ended = false;

  constructor(
    private readonly response: Response,
    private readonly options: EventStreamOptions,
  ) {
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store, no-transform');
    response.setHeader('X-Accel-Buffering', 'no');
    response.setHeader('Connection', 'keep-alive');
    response.flushHeaders();
    response.on('close', () => this.end());
    this.write(`retry: ${RECONNECT_HINT_MS}\n\n`);
    this.heartbeat = setInterval(() => void this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
    if (options.expiresAt) {
      const untilMs = options.expiresAt.getTime() - Date.now() + EXPIRY_MARGIN_MS;
      this.expiry = setTimeout(() => void this.recheck(), Math.min(Math.max(untilMs, 0), MAX_TIMER_MS));
      this.expiry.unref();
    }
  }

  get open(): boolean {
    return !this.ended;
  }

  /** Live events: written now, or held (bounded) until the replay is out. */
  send(events: SerializedEvent[]): void {
    if (this.ended) return;
    if (this.pending === null) {
      for (const event of events) if (!this.replayedSeqs.has(event.seq)) this.write(event.text);
      return;
    }
    this.pending.push(...events);
    if (this.pending.length > MAX_PENDING_EVENTS) this.cut();
  }

  /** Writes the replay, then what arrived live meanwhile that the replay did not already hold. */
  replayed(events: SerializedEvent[]): void {
    if (this.ended) return;
    this.replayedSeqs = new Set(events.map((event) => event.seq));
    const held = this.pending ?? [];
    this.pending = null;
    for (const event of events) this.write(event.text);
    this.send(held);
  }

  /** Ends the stream cleanly: the client reconnects (after `retry`) and resumes. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.heartbeat);
    if (this.expiry) clearTimeout(this.expiry);
    this.pending = null;
    this.replayedSeqs.clear();
    if (!this.response.writableEnded) this.response.end();
    this.options.onEnd();
  }

  /** Drops the connection and whatever it had not taken: for a client that cannot keep up. */
  private cut(): void {
    this.end();
    this.response.destroy();
  }

  private write(text: string): void {
    if (this.ended) return;
    this.response.write(text);
    if (this.response.writableLength > MAX_BUFFERED_BYTES) this.cut();
  }

  /**
   * Asks again whether the credential holds, and ends the stream (cleanly: the client reconnects and is
   * refused) if it does not. Whether it still is open afterwards.
   */
  async recheck(): Promise<boolean> {
    if (this.ended) return false;
    if (!(await this.options.stillAllowed())) this.end();
    return !this.ended;
  }

  private async beat(): Promise<void> {
    if (await this.recheck()) this.write(': heartbeat\n\n');
  }
}
