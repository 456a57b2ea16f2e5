import { Injectable } from '@nestjs/common';
import { AuditRepository, toAuditEventView } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import { ForbiddenError } from '../auth/auth.errors';
import { modeOf } from '../auth/mode';
import { DomainError, ValidationFailedError } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { toTransactionView } from '../transactions/transaction.view';
import { toWalletView } from '../transactions/wallet.view';
import type {
  OpsWallet,
  SetRoleRequest,
  StaffUser,
  TransactionForStaff,
  UserPage,
  WalletPageForStaff,
} from './ops.dto';
import { OpsRepository } from './ops.repository';
import { isStaffRole, type StaffMember } from './staff';

type UserRow = {
  id: string;
  email: string;
  createdAt: Date;
  tier: string;
  staffRole: { role: string } | null;
};
type WalletRow = Parameters<typeof toWalletView>[0] & { ownerId: string | null };

const toStaffUser = (row: UserRow): StaffUser => ({
  id: row.id,
  email: row.email,
  role: row.staffRole && isStaffRole(row.staffRole.role) ? row.staffRole.role : null,
  tier: row.tier,
  createdAt: row.createdAt.toISOString(),
});

const toOpsWallet = (row: WalletRow): OpsWallet => ({ ...toWalletView(row), ownerId: row.ownerId });

const notFound = (what: string, id: string) =>
  new DomainError('NOT_FOUND', `No ${what} with id ${id} exists.`);

/** The operator console's reads of any account, and role changes. */
@Injectable()
export class OpsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly unitOfWork: UnitOfWork,
    private readonly ops: OpsRepository,
    private readonly auditTrail: AuditRepository,
    private readonly audit: AuditService,
  ) {}

  async findUsers(email: string | undefined): Promise<StaffUser[]> {
    if (!email || email.length < 3) {
      throw new ValidationFailedError('Give at least the first 3 characters of the email.', [
        { field: 'email', message: 'must be at least 3 characters' },
      ]);
    }
    return (await this.ops.findUsersByEmail(this.prisma, email)).map(toStaffUser);
  }

  /** One account as an operator sees it; opening it is recorded, and shows in the user's own history. */
  async userPage(staff: StaffMember, userId: string, context: RequestContext): Promise<UserPage> {
    const user = await this.ops.findUser(this.prisma, userId);
    if (!user) throw notFound('user', userId);
    const [wallets, keys, sessions, history] = await Promise.all([
      this.ops.walletsOf(this.prisma, userId),
      this.ops.keysOf(this.prisma, userId),
      this.ops.liveSessionsOf(this.prisma, userId),
      this.auditTrail.search(this.prisma, { userId }, { take: 20 }),
    ]);
    await this.audit.record({
      action: 'ops.user_viewed',
      actorId: staff.userId,
      actorRole: staff.role,
      subjectType: 'user',
      subjectId: userId,
      userId,
      context,
    });
    return {
      user: toStaffUser(user),
      wallets: wallets.map(toOpsWallet),
      apiKeys: keys.map(({ livemode, ...key }) => ({
        ...key,
        mode: modeOf(livemode),
        createdAt: key.createdAt.toISOString(),
        lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
        revokedAt: key.revokedAt?.toISOString() ?? null,
        expiresAt: key.expiresAt?.toISOString() ?? null,
      })),
      sessions: sessions.map((session) => ({
        id: session.id,
        createdAt: session.createdAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
        revokedAt: session.revokedAt?.toISOString() ?? null,
      })),
      securityHistory: history.map(toAuditEventView),
    };
  }

  async walletPage(walletId: string): Promise<WalletPageForStaff> {
    const wallet = await this.ops.findWallet(this.prisma, walletId);
    if (!wallet) throw new DomainError('WALLET_NOT_FOUND', `No wallet with id ${walletId} exists.`);
    const [owner, rows] = await Promise.all([
      wallet.ownerId ? this.ops.findUser(this.prisma, wallet.ownerId) : null,
      this.ops.newestTransactions(this.prisma, walletId),
    ]);
    return {
      wallet: toOpsWallet(wallet),
      owner: owner ? toStaffUser(owner) : null,
      transactions: rows.map((row) => toTransactionView(row)),
    };
  }

  async transaction(id: string): Promise<TransactionForStaff> {
    const row = await this.ops.findTransaction(this.prisma, id);
    if (!row) throw new DomainError('TRANSACTION_NOT_FOUND', `No transaction with id ${id} exists.`);
    const { wallet, ...transaction } = row;
    return { transaction: toTransactionView(transaction), wallet: toOpsWallet(wallet) };
  }

  async transactionsByReference(reference: string | undefined): Promise<TransactionForStaff[]> {
    if (!reference) {
      throw new ValidationFailedError('Give the reference to look for.', [
        { field: 'reference', message: 'is required' },
      ]);
    }
    const rows = await this.ops.findTransactionsByReference(this.prisma, reference);
    return rows.map(({ wallet, ...transaction }) => ({
      transaction: toTransactionView(transaction),
      wallet: toOpsWallet(wallet),
    }));
  }

  /**
   * Grants a role or takes it away (`user`). An admin cannot change their own role (so the last admin
   * cannot leave the product without one by mistake; another admin, or `pnpm ops:grant`, can).
   */
  async setRole(
    staff: StaffMember,
    userId: string,
    { role }: SetRoleRequest,
    context: RequestContext,
  ): Promise<StaffUser> {
    if (userId === staff.userId) {
      throw new ForbiddenError('You cannot change your own role; ask another admin.');
    }
    const wanted = role === 'user' ? null : role;
    return this.unitOfWork.run(async (tx) => {
      const before = await this.ops.lockRole(tx, userId);
      if (before === undefined) throw notFound('user', userId);
      if (wanted && !(await this.ops.hasTwoFactor(tx, userId))) {
        throw new DomainError(
          'TWO_FACTOR_REQUIRED',
          'Staff sign in with two-factor: this user must turn it on in Settings before they can be given a staff role.',
        );
      }
      if (before !== wanted) {
        await this.ops.setRole(tx, userId, wanted, staff.userId);
        await this.audit.record(
          {
            action: wanted ? 'role.granted' : 'role.revoked',
            actorId: staff.userId,
            actorRole: staff.role,
            subjectType: 'user',
            subjectId: userId,
            userId,
            before: { role: before ?? 'user' },
            after: { role: wanted ?? 'user' },
            context,
          },
          tx,
        );
      }
      const user = await this.ops.findUser(tx, userId);
      if (!user) throw notFound('user', userId);
      return toStaffUser(user);
    });
  }
}
