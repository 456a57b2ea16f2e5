import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import { ValidationFailedError } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { clientAddress } from '../rate-limit/client-address';
import { LoginLimits } from '../rate-limit/login-limits';
import { SessionNotFoundError, UnauthenticatedError } from './auth.errors';
import { AuthRepository } from './auth.repository';
import { toUser } from './auth.service';
import type { Caller } from './caller';
import { CredentialCache } from './credential-cache';
import type { ChangePasswordRequest, SessionList } from './dto/account.dto';
import type { UpdateProfileRequest, User } from './dto/auth.dto';
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
    private readonly audit: AuditService,
  ) {}

  /**
   * A new password, given the current one (a wrong one counts as a failed login of the account, so the
   * login limits bound guessing through a stolen session too). Every other session ends, on every process.
   */
  async changePassword(caller: Caller, input: ChangePasswordRequest, context: RequestContext): Promise<void> {
    const address = clientAddress(context.address);
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
      const ended = await this.users.revokeOtherSessions(tx, user.id, caller.sessionId);
      await this.credentials.announceRevocation(tx, user.id);
      await this.audit.record(
        {
          action: 'auth.password_changed',
          actorId: user.id,
          userId: user.id,
          subjectType: 'user',
          subjectId: user.id,
          after: { otherSessionsEnded: ended },
          context,
        },
        tx,
      );
    });
  }

  /** What others see of the caller: the display name (null removes it). Not audited: not a security change. */
  async updateProfile(caller: Caller, input: UpdateProfileRequest): Promise<User> {
    return toUser(await this.users.updateDisplayName(this.prisma, caller.userId, input.displayName));
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
  async revokeSession(caller: Caller, id: string, context: RequestContext): Promise<void> {
    const revoked = await this.unitOfWork.run(async (tx) => {
      const done = await this.users.revokeOwnSession(tx, caller.userId, id);
      if (!done) return false;
      await this.credentials.announceRevocation(tx, caller.userId);
      const { userId } = caller;
      const entry = { actorId: userId, userId, subjectType: 'session', subjectId: id, context };
      await this.audit.record({ ...entry, action: 'auth.session_revoked' }, tx);
      return true;
    });
    if (!revoked) throw new SessionNotFoundError(id);
  }
}
