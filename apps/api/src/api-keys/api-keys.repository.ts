import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { ApiKeyRow } from './api-keys.dto';

const KEY_SELECT = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  livemode: true,
  apiVersion: true,
  expiresAt: true,
  rotatedTo: true,
} as const;

/** Keys a user may hold at once, revoked ones included in the list. */
export const MAX_KEYS_PER_USER = 50;

@Injectable()
export class ApiKeysRepository {
  create(
    db: Db,
    key: {
      userId: string;
      name: string;
      prefix: string;
      secretHash: string;
      scopes: string[];
      livemode: boolean;
      apiVersion: string;
      expiresAt: Date | null;
    },
  ): Promise<ApiKeyRow> {
    return db.apiKey.create({ data: key, select: KEY_SELECT });
  }

  listForUser(db: Db, userId: string): Promise<ApiKeyRow[]> {
    return db.apiKey.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      take: MAX_KEYS_PER_USER,
      select: KEY_SELECT,
    });
  }

  /** Keys that still work: not revoked, not expired. */
  countLive(db: Db, userId: string): Promise<number> {
    return db.apiKey.count({
      where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    });
  }

  /** The user's key, locked until the transaction ends (a rotation decides on it); null when none. */
  async lockForUser(db: Db, userId: string, id: string): Promise<ApiKeyRow | null> {
    const locked = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM api_keys WHERE id = ${id}::uuid AND user_id = ${userId}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    return db.apiKey.findFirst({ where: { id, userId }, select: KEY_SELECT });
  }

  /** Ends the old key at `expiresAt` (never later than it would have ended) and names its successor. */
  retire(db: Db, id: string, successorId: string, expiresAt: Date): Promise<ApiKeyRow> {
    return db.apiKey.update({
      where: { id },
      data: { rotatedTo: successorId, expiresAt },
      select: KEY_SELECT,
    });
  }

  /**
   * Revokes the user's key; null when the user has no such key. Revoking twice keeps the first time
   * (`revokedNow` says whether this call revoked it).
   */
  async revoke(db: Db, userId: string, id: string): Promise<{ row: ApiKeyRow; revokedNow: boolean } | null> {
    const { count } = await db.apiKey.updateMany({
      where: { id, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const row = await db.apiKey.findFirst({ where: { id, userId }, select: KEY_SELECT });
    return row && { row, revokedNow: count === 1 };
  }
}
