import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { LoginLimits } from '../rate-limit/login-limits';
import { SessionNotFoundError, UnauthenticatedError } from './auth.errors';
import { AuthRepository } from './auth.repository';
import type { Caller } from './caller';
import { CredentialCache } from './credential-cache';
import type { ChangePasswordRequest, SessionList } from './dto/account.dto';
import { hashPassword, verifyPassword } from './secrets';

/** A signed-in person's own account: the password and the sessions. */
@Injectable()
export class AccountService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: AuthRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly credentials: CredentialCache,
    private readonly limits: LoginLimits,
  ) {}

  /**
   * A new password, given the current one (a wrong one counts as a failed login of the account, so the
   * login limits bound guessing through a stolen session too). Every other session ends, on every process.
   */
  async changePassword(caller: Caller, input: ChangePasswordRequest, address: string): Promise<void> {
    const user = await this.users.findUserWithPassword(this.prisma, caller.userId);
    if (!user) throw new UnauthenticatedError();
    await this.limits.check(user.email, address);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.limits.failed(user.email, address);
      throw new ValidationFailedError('The current password is not right.', [
        { field: 'currentPassword', message: 'is not right' },
      ]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.unitOfWork.run(async (tx) => {
      await this.users.updatePassword(tx, user.id, passwordHash);
      await this.users.revokeOtherSessions(tx, user.id, caller.sessionId);
      await this.credentials.announceRevocation(tx, user.id);
    });
  }

  async listSessions(caller: Caller): Promise<SessionList> {
    const rows = await this.users.listLiveSessions(this.prisma, caller.userId);
    return {
      data: rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        current: row.id === caller.sessionId,
      })),
    };
  }

  /** Ends one of the caller's own live sessions on every process; anyone else's is 404. */
  async revokeSession(caller: Caller, id: string): Promise<void> {
    const revoked = await this.unitOfWork.run(async (tx) => {
      const done = await this.users.revokeOwnSession(tx, caller.userId, id);
      if (done) await this.credentials.announceRevocation(tx, caller.userId);
      return done;
    });
    if (!revoked) throw new SessionNotFoundError(id);
  }
}
