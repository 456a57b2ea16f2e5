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

  countLive(db: Db, userId: string): Promise<number> {
    return db.apiKey.count({ where: { userId, revokedAt: null } });
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
