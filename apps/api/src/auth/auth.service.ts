import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { ValidationFailedError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { sqlState } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { UnauthenticatedError } from './auth.errors';
import { AuthRepository, type UserRow } from './auth.repository';
import { type Caller, SCOPES, type Scope } from './caller';
import type { Credentials, User } from './dto/auth.dto';
import { decoyHash, hashPassword, randomToken, sha256, verifyPassword } from './secrets';

export const SESSION_COOKIE = 'wallet_session';
export const CSRF_COOKIE = 'wallet_csrf';
const SESSION_DAYS = 7;
const KEY_TOUCH_INTERVAL_MS = 60_000;

export interface NewSession {
  user: User;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: AuthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(credentials: Credentials): Promise<NewSession> {
    const passwordHash = await hashPassword(credentials.password);
    let user: UserRow;
    try {
      user = await this.repository.createUser(this.prisma, credentials.email, passwordHash);
    } catch (error) {
      if (sqlState(error) === '23505' || (error as { code?: string }).code === 'P2002') {
        throw new ValidationFailedError('An account with this email already exists. Log in instead.', [
          { field: 'email', message: 'is already registered' },
        ]);
      }
      throw error;
    }
    return this.startSession(user);
  }

  async logIn(credentials: Credentials): Promise<NewSession> {
    const found = await this.repository.findUserByEmail(this.prisma, credentials.email);
    const ok = await verifyPassword(found?.passwordHash ?? (await decoyHash()), credentials.password);
    if (!found || !ok) throw new UnauthenticatedError('The email or password is not right.');
    return this.startSession(found);
  }

  async logOut(caller: Caller): Promise<void> {
    if (caller.sessionId) await this.repository.revokeSession(this.prisma, caller.sessionId);
  }

  async me(caller: Caller): Promise<User> {
    const user = await this.repository.findUser(this.prisma, caller.userId);
    if (!user) throw new UnauthenticatedError();
    return toUser(user);
  }

  /**
   * The caller behind a request: an API key in Authorization (which wins, and must be valid when
   * present), else a session cookie. Null when neither is there.
   */
  async resolve(request: Request): Promise<Caller | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer ([A-Za-z0-9_-]{10,100})$/.exec(authorization);
      if (!match?.[1]) throw new UnauthenticatedError('Send the API key as Authorization: Bearer <key>.');
      const key = await this.repository.findLiveKey(this.prisma, sha256(match[1]));
      if (!key) throw new UnauthenticatedError('This API key is unknown or has been revoked.');
      this.touch(key.id, key.lastUsedAt);
      return {
        userId: key.userId,
        via: 'api-key',
        apiKeyId: key.id,
        scopes: new Set(key.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s))),
      };
    }
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 100) return null;
    const session = await this.repository.findLiveSession(this.prisma, sha256(token));
    if (!session) return null;
    return {
      userId: session.userId,
      via: 'session',
      sessionId: session.id,
      csrfToken: session.csrfToken,
      scopes: new Set(SCOPES),
    };
  }

  cookieOptions(maxAgeMs: number, httpOnly: boolean) {
    return {
      httpOnly,
      sameSite: 'lax' as const,
      secure: this.config.nodeEnv === 'production',
      path: '/',
      maxAge: maxAgeMs,
    };
  }

  private async startSession(user: UserRow): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    await this.repository.createSession(this.prisma, {
      userId: user.id,
      tokenHash: sha256(token),
      csrfToken,
      expiresAt,
    });
    return { user: toUser(user), token, csrfToken, expiresAt };
  }

  /** last-used time, written at most once a minute per key so busy keys do not queue on their row. */
  private touch(id: string, lastUsedAt: Date | null): void {
    if (lastUsedAt && Date.now() - lastUsedAt.getTime() < KEY_TOUCH_INTERVAL_MS) return;
    this.repository.touchKey(this.prisma, id).catch((error: unknown) => {
      this.logger.warn({ err: error, apiKeyId: id }, 'could not record API key use');
    });
  }
}

function toUser(user: UserRow): User {
  return { id: user.id, email: user.email, createdAt: user.createdAt.toISOString() };
}
