import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';

export interface UserRow {
  id: string;
  email: string;
  createdAt: Date;
  staffRole: { role: string } | null;
}

const USER_SELECT = {
  id: true,
  email: true,
  createdAt: true,
  staffRole: { select: { role: true } },
} as const;

@Injectable()
export class AuthRepository {
  createUser(db: Db, email: string, passwordHash: string): Promise<UserRow> {
    return db.user.create({ data: { email, passwordHash }, select: USER_SELECT });
  }

  findUserByEmail(db: Db, email: string): Promise<(UserRow & { passwordHash: string }) | null> {
    return db.user.findUnique({ where: { email }, select: { ...USER_SELECT, passwordHash: true } });
  }

  findUser(db: Db, id: string): Promise<UserRow | null> {
    return db.user.findUnique({ where: { id }, select: USER_SELECT });
  }

  createSession(
    db: Db,
    session: { userId: string; tokenHash: string; csrfTokenHash: string; expiresAt: Date },
  ) {
    return db.session.create({ data: session, select: { id: true } });
  }

  /** A live session by its token's hash: not expired, not revoked. */
  findLiveSession(db: Db, tokenHash: string) {
    return db.session.findFirst({
      where: { tokenHash, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, userId: true, csrfTokenHash: true, expiresAt: true },
    });
  }

  async revokeSession(db: Db, id: string): Promise<void> {
    await db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  /** A live API key by its secret's hash. */
  findLiveKey(db: Db, secretHash: string) {
    return db.apiKey.findFirst({
      where: { secretHash, revokedAt: null },
      select: { id: true, userId: true, scopes: true, lastUsedAt: true },
    });
  }

  async touchKey(db: Db, id: string): Promise<void> {
    await db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date() } });
  }
}
