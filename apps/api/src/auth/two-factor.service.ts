import { Injectable } from '@nestjs/common';
import { type AuditEntry, AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import { DomainError, ValidationFailedError } from '../common/errors';
import { Secrets } from '../common/secrets/secrets.module';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { clientAddress } from '../rate-limit/client-address';
import { LoginLimits } from '../rate-limit/login-limits';
import {
  OtpRequiredError,
  TwoFactorAlreadyEnabledError,
  TwoFactorNotEnabledError,
  UnauthenticatedError,
} from './auth.errors';
import { AuthRepository } from './auth.repository';
import { CredentialCache } from './credential-cache';
import type { RecoveryCodes, TwoFactorSetup } from './dto/two-factor.dto';
import { verifyPassword } from './secrets';
import {
  acceptedStep,
  isTotpCode,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  qrDataUrl,
  recoveryCodeHash,
} from './totp';
import { TwoFactorRepository, type TwoFactorRow } from './two-factor.repository';

/** Which second factor a code was: the authenticator's, or a (now spent) recovery code. */
export type SecondFactor = 'totp' | 'recovery';

/**
 * Two-factor sign-in: a set-up makes a pending secret, a first code turns it on and brings ten recovery
 * codes; from then on a login needs a code as well. Every code is accepted once: a TOTP code only for a
 * later time step than the last accepted, a recovery code only while unused.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: TwoFactorRepository,
    private readonly users: AuthRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly secrets: Secrets,
    private readonly limits: LoginLimits,
    private readonly audit: AuditService,
    private readonly credentials: CredentialCache,
  ) {}

  /** Whether the user has two-factor sign-in on (for a guard that requires it, e.g. of staff routes). */
  isEnabled(userId: string): Promise<boolean> {
    return this.repository.isEnabled(this.prisma, userId);
  }

  /** A new secret, pending until enable() gets a code of it; replaces a pending one, never an active one. */
  async setup(userId: string): Promise<TwoFactorSetup> {
    const user = await this.users.findUser(this.prisma, userId);
    if (!user) throw new UnauthenticatedError();
    const secret = newTotpSecret();
    const saved = await this.repository.savePending(this.prisma, userId, this.secrets.box().encrypt(secret));
    if (!saved) throw new TwoFactorAlreadyEnabledError();
    const url = otpauthUrl(secret, user.email);
    return { secret, otpauthUrl: url, qr: await qrDataUrl(url) };
  }

  /**
   * Turns the pending secret on with a code of it; the recovery codes are in this answer only. The session
   * asking (`sessionId`) has now proved the second factor; every other session of the account ends (one
   * signed in with the password alone must sign in again, with a code).
   */
  async enable(
    userId: string,
    code: string,
    context: RequestContext,
    sessionId?: string,
  ): Promise<RecoveryCodes> {
    const row = await this.repository.find(this.prisma, userId);
    if (row?.enabledAt) throw new TwoFactorAlreadyEnabledError();
    if (!row) {
      throw new TwoFactorNotEnabledError(
        'No two-factor set-up is pending: start one with POST /api/v1/auth/two-factor/setup.',
      );
    }
    const step = acceptedStep(this.secrets.box().open(row.secret), code, null);
    if (step === null) throw wrongCode('the code your authenticator app shows now');
    const recoveryCodes = newRecoveryCodes();
    const enabled = await this.unitOfWork.run(async (tx) => {
      if (!(await this.repository.enable(tx, userId, row.secret, step))) return false;
      await this.repository.replaceRecoveryCodes(tx, userId, hashesOf(recoveryCodes));
      if (sessionId) await this.users.markSecondFactor(tx, sessionId);
      const ended = await this.users.revokeOtherSessions(tx, userId, sessionId);
      if (ended > 0) await this.credentials.announceRevocation(tx, userId);
      await this.audit.record(
        entry(userId, 'auth.two_factor_enabled', context, { otherSessionsEnded: ended }),
        tx,
      );
      return true;
    });
    // Another request turned it on, or set up a new secret, between the read and the write.
    if (!enabled) throw new TwoFactorAlreadyEnabledError();
    return { recoveryCodes };
  }

  /**
   * At login, once the password was right: nothing when the account has no two-factor sign-in, else the
   * factor `otp` was (spent now). No otp: OTP_REQUIRED; a wrong or used one: 401, a failed login.
   */
  async checkAtLogin(
    userId: string,
    otp: string | undefined,
    context: RequestContext,
  ): Promise<SecondFactor | null> {
    const row = await this.repository.find(this.prisma, userId);
    if (!row?.enabledAt) return null;
    if (otp === undefined || otp.trim() === '') throw new OtpRequiredError();
    const factor = await this.spend(userId, row, otp, context);
    if (!factor) {
      throw new UnauthenticatedError(
        'The two-factor code is not right, or was used already. Enter the code your authenticator app shows now, or an unused recovery code.',
      );
    }
    return factor;
  }

  /** Turns two-factor sign-in off: the password and a code (or recovery code) of the account. */
  async disable(
    userId: string,
    input: { password: string; code: string },
    context: RequestContext,
  ): Promise<SecondFactor> {
    const address = clientAddress(context.address);
    const user = await this.users.findUserWithPassword(this.prisma, userId);
    if (!user) throw new UnauthenticatedError();
    await this.limits.check(user.email, address);
    const row = await this.enabledRow(userId);
    // Staff keep it: a staff account without it would let a password alone, stolen, set up an attacker's
    // authenticator and open the console.
    if (await this.prisma.staffRole.findUnique({ where: { userId }, select: { role: true } })) {
      throw new DomainError(
        'TWO_FACTOR_REQUIRED',
        'Staff must keep two-factor sign-in on. Ask an admin to take your staff role away first.',
      );
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await this.limits.failed(user.email, address);
      throw new ValidationFailedError('The password is not right.', [
        { field: 'password', message: 'is not right' },
      ]);
    }
    const factor = await this.spendOrCount(user.email, row, input.code, userId, context);
    await this.unitOfWork.run(async (tx) => {
      await this.repository.remove(tx, userId);
      await this.audit.record(entry(userId, 'auth.two_factor_disabled', context, { with: factor }), tx);
    });
    return factor;
  }

  /** Ten new recovery codes for a code (or recovery code) of the account; the old ones stop working. */
  async regenerateRecoveryCodes(
    userId: string,
    code: string,
    context: RequestContext,
  ): Promise<RecoveryCodes & { factor: SecondFactor }> {
    const user = await this.users.findUser(this.prisma, userId);
    if (!user) throw new UnauthenticatedError();
    await this.limits.check(user.email, clientAddress(context.address));
    const row = await this.enabledRow(userId);
    const factor = await this.spendOrCount(user.email, row, code, userId, context);
    const recoveryCodes = newRecoveryCodes();
    await this.unitOfWork.run(async (tx) => {
      await this.repository.replaceRecoveryCodes(tx, userId, hashesOf(recoveryCodes));
      const what = 'auth.two_factor_recovery_codes_regenerated';
      await this.audit.record(entry(userId, what, context, { with: factor }), tx);
    });
    return { recoveryCodes, factor };
  }

  private async enabledRow(userId: string): Promise<TwoFactorRow> {
    const row = await this.repository.find(this.prisma, userId);
    if (!row?.enabledAt) throw new TwoFactorNotEnabledError();
    return row;
  }

  /** Spends `code`; a wrong one counts as a failed login of the account (the login limits) and is a 400. */
  private async spendOrCount(
    email: string,
    row: TwoFactorRow,
    code: string,
    userId: string,
    context: RequestContext,
  ): Promise<SecondFactor> {
    const factor = await this.spend(userId, row, code, context);
    if (factor) return factor;
    await this.limits.failed(email, clientAddress(context.address));
    throw wrongCode('the code your authenticator app shows now, or an unused recovery code');
  }

  /** Accepts `code` once: a TOTP code of a later step than the last used, or an unused recovery code. */
  private async spend(
    userId: string,
    row: TwoFactorRow,
    code: string,
    context: RequestContext,
  ): Promise<SecondFactor | null> {
    if (isTotpCode(code)) {
      const step = acceptedStep(this.secrets.box().open(row.secret), code, row.lastUsedStep);
      return step !== null && (await this.repository.useStep(this.prisma, userId, step)) ? 'totp' : null;
    }
    const hash = recoveryCodeHash(code);
    if (!hash) return null;
    // Spent and recorded together: the account's history shows every recovery code used.
    const used = await this.unitOfWork.run(async (tx) => {
      if (!(await this.repository.useRecoveryCode(tx, userId, hash))) return false;
      await this.audit.record(entry(userId, 'auth.two_factor_recovery_code_used', context), tx);
      return true;
    });
    return used ? 'recovery' : null;
  }
}

/** A two-factor change, by the account's owner, in the account's own history. */
function entry(userId: string, action: string, context: RequestContext, after?: object): AuditEntry {
  return { action, actorId: userId, userId, subjectType: 'user', subjectId: userId, after, context };
}

function hashesOf(codes: string[]): string[] {
  return codes.map((code) => {
    const hash = recoveryCodeHash(code);
    if (!hash) throw new Error('a recovery code that does not read back');
    return hash;
  });
}

function wrongCode(what: string): ValidationFailedError {
  return new ValidationFailedError(`The code is not right, or was used already. Enter ${what}.`, [
    { field: 'code', message: 'is not right' },
  ]);
}
