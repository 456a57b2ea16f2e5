/**
 * Live events that are no ledger row (a scheduled transfer's occurrence, a balance alert): sent with
 * pg_notify on the ledger's channel, in the writer's own transaction (so only at its commit), as
 * '<event>:<owner uuid>:<JSON data>'. Every process's LedgerListener hears it and writes `event` with
 * that data to the owner's open streams. They carry no id: like `review`, they are not replayed on
 * Last-Event-ID (what they tell can be read again from the API).
 */
export const OWNER_NOTICE_EVENTS = ['scheduled_transfer', 'alert'] as const;
export type OwnerNoticeEvent = (typeof OWNER_NOTICE_EVENTS)[number];

/** PostgreSQL refuses a notification payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_900;
const PAYLOAD = /^(scheduled_transfer|alert):([0-9a-f-]{36}):(\{.*\})$/s;

export interface OwnerNotice {
  ownerId: string;
  event: OwnerNoticeEvent;
  /** The event's data, as JSON text (with `livemode`, its wallet's mode). */
  json: string;
  /** The mode (live: true) of the wallet it is about; undefined when the data says none. */
  livemode?: boolean;
}

/**
 * The payload for pg_notify: the data with `livemode`, the mode of the wallet it is about (an API key's
 * stream gets only its own mode's); null when it would be too long to send (the webhook still tells it).
 */
export function ownerNoticePayload(
  ownerId: string,
  event: OwnerNoticeEvent,
  data: object,
  livemode: boolean,
): string | null {
  const payload = `${event}:${ownerId}:${JSON.stringify({ ...data, livemode })}`;
  return Buffer.byteLength(payload, 'utf8') < MAX_PAYLOAD_BYTES ? payload : null;
}

export function parseOwnerNotice(payload: string): OwnerNotice | null {
  const match = PAYLOAD.exec(payload);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const notice: OwnerNotice = { event: match[1] as OwnerNoticeEvent, ownerId: match[2], json: match[3] };
  const livemode = modeIn(match[3]);
  return livemode === undefined ? notice : { ...notice, livemode };
}

function modeIn(json: string): boolean | undefined {
  try {
    const livemode = (JSON.parse(json) as { livemode?: unknown }).livemode;
    return typeof livemode === 'boolean' ? livemode : undefined;
  } catch {
    return undefined;
  }
}
