import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';

export interface TwoFactorRow {
  /** The sealed secret (a SecretBox envelope), as stored. */
  secret: string;
  enabledAt: Date | null;
  lastUsedStep: number | null;
}

/** The TOTP credential and recovery codes of users. Every "use" is one guarded statement. */
@Injectable()
export class TwoFactorRepository {
  async find(db: Db, userId: string): Promise<TwoFactorRow | null> {
    const row = await db.twoFactorCredential.findUnique({
      where: { userId },
      select: { secret: true, enabledAt: true, lastUsedStep: true },
    });
    return row && { ...row, lastUsedStep: row.lastUsedStep === null ? null : Number(row.lastUsedStep) };
  }

  async isEnabled(db: Db, userId: string): Promise<boolean> {
    const count = await db.twoFactorCredential.count({ where: { userId, enabledAt: { not: null } } });
    return count > 0;
  }

  /** A new pending secret, replacing a pending one; never an active one (then false). */
  async savePending(db: Db, userId: string, sealedSecret: string): Promise<boolean> {
    const replaced = await db.twoFactorCredential.updateMany({
      where: { userId, enabledAt: null },
      data: { secret: sealedSecret, lastUsedStep: null, createdAt: new Date() },
    });
    if (replaced.count > 0) return true;
    const created = await db.twoFactorCredential.createMany({
      data: { userId, secret: sealedSecret },
      skipDuplicates: true,
    });
    return created.count > 0;
  }

  /** Turns the pending secret that was read (`sealedSecret`) on, with the step of its first code. */
  async enable(db: Db, userId: string, sealedSecret: string, step: number): Promise<boolean> {
    const { count } = await db.twoFactorCredential.updateMany({
      where: { userId, secret: sealedSecret, enabledAt: null },
      data: { enabledAt: new Date(), lastUsedStep: BigInt(step) },
    });
    return count === 1;
  }

  /** Records a code's step as used; false when that step (or a later one) was used already: a replay. */
  async useStep(db: Db, userId: string, step: number): Promise<boolean> {
    const { count } = await db.twoFactorCredential.updateMany({
      where: {
        userId,
        enabledAt: { not: null },
        OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: BigInt(step) } }],
      },
      data: { lastUsedStep: BigInt(step) },
    });
    return count === 1;
  }

  async remove(db: Db, userId: string): Promise<void> {
    await db.twoFactorCredential.deleteMany({ where: { userId } });
    await db.recoveryCode.deleteMany({ where: { userId } });
  }

  /** Replaces every recovery code of the user with these (their hashes). */
  async replaceRecoveryCodes(db: Db, userId: string, codeHashes: string[]): Promise<void> {
    await db.recoveryCode.deleteMany({ where: { userId } });
    await db.recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) });
  }

  /** Spends an unused recovery code; false when there is none with this hash. */
  async useRecoveryCode(db: Db, userId: string, codeHash: string): Promise<boolean> {
    const { count } = await db.recoveryCode.updateMany({
      where: { userId, codeHash, usedAt: null },
      data: { usedAt: new Date() },
    });
    return count === 1;
  }
}
