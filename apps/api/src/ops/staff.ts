import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError } from '../auth/auth.errors';
import type { RequestWithCaller } from '../auth/caller';
import { DomainError, RouteNotFoundError } from '../common/errors';
import { PrismaService } from '../database/prisma.service';

/**
 * The staff roles, beside every user's own access:
 * - support reads any account, wallet, transaction and the audit trail, and moves no money;
 * - finance does what support does, and freezes wallets, proposes adjustments and decides held transfers;
 * - admin does everything: grants roles, approves adjustments, edits review rules and tiers.
 * Each operator route names the roles it allows with @Staff(...).
 */
export const STAFF_ROLES = ['support', 'finance', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Whom a route allows, by what they may do (so a route says the duty, not a list). */
export const ANY_STAFF: [StaffRole, ...StaffRole[]] = ['support', 'finance', 'admin'];
export const MONEY_STAFF: [StaffRole, ...StaffRole[]] = ['finance', 'admin'];
export const ADMIN_ONLY: [StaffRole, ...StaffRole[]] = ['admin'];

export interface StaffMember {
  userId: string;
  email: string;
  role: StaffRole;
}

interface RequestWithStaff extends RequestWithCaller {
  staff?: StaffMember;
}

const STAFF_METADATA = 'wallet:staff-roles';

/**
 * The member of staff behind a signed-in browser, or 404: an operator route does not exist for anyone
 * without a staff role, nor for an API key (operators work in the console, signed in). A member whose
 * role the route does not allow gets 403, naming the roles it needs.
 */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly prisma: PrismaService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & RequestWithStaff>();
    const allowed =
      this.reflector.getAllAndOverride<readonly StaffRole[]>(STAFF_METADATA, [
        context.getHandler(),
        context.getClass(),
      ]) ?? ADMIN_ONLY;
    const caller = request.caller;
    const hidden = () => new RouteNotFoundError(request.method, request.path);
    if (caller?.via !== 'session') throw hidden();
    const [row, session] = await Promise.all([
      this.prisma.staffRole.findUnique({
        where: { userId: caller.userId },
        select: { role: true, user: { select: { email: true, twoFactor: { select: { enabledAt: true } } } } },
      }),
      caller.sessionId
        ? this.prisma.session.findUnique({
            where: { id: caller.sessionId },
            select: { secondFactorAt: true },
          })
        : null,
    ]);
    if (!row || !isStaffRole(row.role)) throw hidden();
    // Staff sign in with two-factor: the account must have it, and this session must have proved it (a
    // login with a code, or two-factor turned on in it). A session signed in with the password alone
    // (stolen or guessed, or from before two-factor was on) never opens the console.
    if (!row.user.twoFactor?.enabledAt || !session?.secondFactorAt) {
      throw new DomainError(
        'TWO_FACTOR_REQUIRED',
        row.user.twoFactor?.enabledAt
          ? 'Staff must sign in with two-factor: this session was signed in with the password alone. Sign out, then sign in again with your code.'
          : 'Staff must sign in with two-factor: turn it on in Settings, then open the console again.',
      );
    }
    if (!allowed.includes(row.role)) {
      throw new ForbiddenError(
        `This needs the ${allowed.join(' or ')} role; you are ${article(row.role)} ${row.role} member of staff.`,
      );
    }
    request.staff = { userId: caller.userId, email: row.user.email, role: row.role };
    return true;
  }
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

const article = (role: StaffRole) => (role === 'admin' ? 'an' : 'a');

/**
 * An operator route (or a controller of them) open to these roles only (`@Staff(...MONEY_STAFF)`); 404
 * to everyone else. On a handler it replaces its controller's list.
 */
export const Staff = (...roles: [StaffRole, ...StaffRole[]]) =>
  applyDecorators(SetMetadata(STAFF_METADATA, roles), UseGuards(StaffGuard));

/** The member of staff calling (StaffGuard has made sure there is one). */
export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffMember => {
  const staff = context.switchToHttp().getRequest<RequestWithStaff>().staff;
  if (!staff) throw new Error('CurrentStaff used on a route without @Staff');
  return staff;
});
