import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';

export interface UserRow {
  id: string;
  email: string;
  createdAt: Date;
  displayName: string | null;
  staffRole: { role: string } | null;
  /** Present from a two-factor set-up on; on once enabledAt is set. */
  twoFactor: { enabledAt: Date | null } | null;
}

const USER_SELECT = {
  id: true,
  email: true,
  createdAt: true,
  displayName: true,
  staffRole: { select: { role: true } },
  twoFactor: { select: { enabledAt: true } },
} as const;
/** A bound on the session list: sessions last 7 days, so only a script signing in all day gets near it. */
const MAX_LISTED_SESSIONS = 100;

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

  findUserWithPassword(db: Db, id: string): Promise<(UserRow & { passwordHash: string }) | null> {
    return db.user.findUnique({ where: { id }, select: { ...USER_SELECT, passwordHash: true } });
  }

  async updatePassword(db: Db, id: string, passwordHash: string): Promise<void> {
    await db.user.update({ where: { id }, data: { passwordHash }, select: { id: true } });
  }

  updateDisplayName(db: Db, id: string, displayName: string | null): Promise<UserRow> {
    return db.user.update({ where: { id }, data: { displayName }, select: USER_SELECT });
  }

  createSession(
    db: Db,
    session: {
      userId: string;
      tokenHash: string;
      csrfTokenHash: string;
      expiresAt: Date;
      secondFactorAt: Date | null;
    },
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

  /** The user's live sessions (not ended, not expired), newest first; never their tokens. */
  listLiveSessions(db: Db, userId: string) {
    return db.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, createdAt: true, expiresAt: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MAX_LISTED_SESSIONS,
    });
  }

  /** Ends one live session of this user; false when the user has no such live session. */
  async revokeOwnSession(db: Db, userId: string, id: string): Promise<boolean> {
    const { count } = await db.session.updateMany({
      where: { id, userId, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { revokedAt: new Date() },
    });
    return count === 1;
  }

  /** Notes that this session proved a second factor (two-factor was turned on in it). */
  async markSecondFactor(db: Db, sessionId: string): Promise<void> {
    await db.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { secondFactorAt: new Date() },
    });
  }

  /** Ends every live session of this user but `keepId` (the one asking). */
  async revokeOtherSessions(db: Db, userId: string, keepId: string | undefined): Promise<number> {
    const { count } = await db.session.updateMany({
      where: { userId, revokedAt: null, ...(keepId ? { id: { not: keepId } } : {}) },
      data: { revokedAt: new Date() },
    });
    return count;
  }

  /** A live API key by its secret's hash (an expired one too: the caller says when it expired). */
  findLiveKey(db: Db, secretHash: string) {
    return db.apiKey.findFirst({
      where: { secretHash, revokedAt: null },
      select: {
        id: true,
        userId: true,
        scopes: true,
        lastUsedAt: true,
        livemode: true,
        apiVersion: true,
        expiresAt: true,
      },
    });
  }

  async touchKey(db: Db, id: string): Promise<void> {
    await db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date() } });
  }
}
