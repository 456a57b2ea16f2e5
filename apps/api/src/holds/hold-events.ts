import { randomUUID } from 'node:crypto';
import type { OutboxEvent } from '../webhooks/webhook-events';
import { type HoldRow, toHoldView } from './hold.view';

export type HoldEventType = 'hold.created' | 'hold.captured' | 'hold.voided' | 'hold.expired';

/** A webhook event of a hold, for its owner: data is the Hold as it is after the change. */
export function holdEvent(type: HoldEventType, hold: HoldRow): OutboxEvent {
  const id = randomUUID();
  const createdAt = (hold.finishedAt ?? hold.createdAt).toISOString();
  return { id, ownerId: hold.ownerId, type, payload: { id, type, createdAt, data: toHoldView(hold) } };
}
