import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import { TRANSACTION_SELECT } from '../transactions/transactions.repository';

const USER_SELECT = {
  id: true,
  email: true,
  createdAt: true,
  tier: true,
  staffRole: { select: { role: true } },
} as const;

const WALLET_SELECT = {
  frozenAt: true,
  livemode: true,
  id: true,
  ownerId: true,
  name: true,
  currency: true,
  balanceMinor: true,
  reservedMinor: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** What operators read of any account (and the role they change). Reads only, but for roles. */
@Injectable()
export class OpsRepository {
  /** Users whose email starts with `prefix` (stored lower-cased), at most 20, by email. */
  findUsersByEmail(db: Db, prefix: string) {
    return db.user.findMany({
      where: { email: { startsWith: prefix.toLowerCase() } },
      orderBy: { email: 'asc' },
      take: 20,
      select: USER_SELECT,
    });
  }

  findUser(db: Db, id: string) {
    return db.user.findUnique({ where: { id }, select: USER_SELECT });
  }

  walletsOf(db: Db, userId: string) {
    return db.wallet.findMany({ where: { ownerId: userId }, orderBy: { seq: 'asc' }, select: WALLET_SELECT });
  }

  keysOf(db: Db, userId: string) {
    return db.apiKey.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        name: true,
        prefix: true,
        scopes: true,
        createdAt: true,
        lastUsedAt: true,
        revokedAt: true,
        livemode: true,
        expiresAt: true,
        rotatedTo: true,
      },
    });
  }

  liveSessionsOf(db: Db, userId: string) {
    return db.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, createdAt: true, expiresAt: true, revokedAt: true },
    });
  }

  findWallet(db: Db, id: string) {
    return db.wallet.findUnique({ where: { id }, select: WALLET_SELECT });
  }

  newestTransactions(db: Db, walletId: string) {
    return db.transaction.findMany({
      where: { walletId },
      orderBy: { seq: 'desc' },
      take: 20,
      select: TRANSACTION_SELECT,
    });
  }

  findTransaction(db: Db, id: string) {
    return db.transaction.findUnique({
      where: { id },
      select: { ...TRANSACTION_SELECT, wallet: { select: WALLET_SELECT } },
    });
  }

  findTransactionsByReference(db: Db, reference: string) {
    return db.transaction.findMany({
      where: { reference },
      orderBy: { seq: 'desc' },
      take: 20,
      select: { ...TRANSACTION_SELECT, wallet: { select: WALLET_SELECT } },
    });
  }

  /**
   * The user's role now (undefined: no such user), read after taking the lock every change of roles
   * takes: role changes are rare, and queueing them all keeps "the last admin" countable.
   */
  async lockRole(db: Db, userId: string): Promise<string | null | undefined> {
    await db.$executeRaw`SELECT pg_advisory_xact_lock(7340003, 2)`;
    const rows = await db.$queryRaw<{ role: string | null }[]>`
      SELECT r.role FROM users u LEFT JOIN staff_roles r ON r.user_id = u.id WHERE u.id = ${userId}::uuid`;
    return rows.length === 0 ? undefined : (rows[0]?.role ?? null);
  }

  async setRole(db: Db, userId: string, role: string | null, grantedBy: string | null): Promise<void> {
    if (role === null) {
      await db.staffRole.deleteMany({ where: { userId } });
      return;
    }
    await db.staffRole.upsert({
      where: { userId },
      create: { userId, role, grantedBy },
      update: { role, grantedBy, grantedAt: new Date() },
    });
  }

  async hasTwoFactor(db: Db, userId: string): Promise<boolean> {
    const row = await db.twoFactorCredential.findUnique({ where: { userId }, select: { enabledAt: true } });
    return Boolean(row?.enabledAt);
  }
}
