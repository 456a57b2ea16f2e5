import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { ValidationFailedError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { sqlState } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { UnauthenticatedError } from './auth.errors';
import { AuthRepository, type UserRow } from './auth.repository';
import { type Caller, SCOPES, type Scope } from './caller';
import { CredentialCache } from './credential-cache';
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
    private readonly unitOfWork: UnitOfWork,
    private readonly credentials: CredentialCache,
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

  /** Ends the session on every process: the revocation and its announcement commit together. */
  async logOut(caller: Caller): Promise<void> {
    const { sessionId } = caller;
    if (!sessionId) return;
    await this.unitOfWork.run(async (tx) => {
      await this.repository.revokeSession(tx, sessionId);
      await this.credentials.announceRevocation(tx, caller.userId);
    });
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
      const caller = await this.callerOfKey(sha256(match[1]));
      if (!caller) throw new UnauthenticatedError('This API key is unknown or has been revoked.');
      return caller;
    }
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 100) return null;
    return this.callerOfSession(sha256(token));
  }

  private async callerOfKey(hash: string): Promise<Caller | null> {
    const caller = await this.remembered(`key:${hash}`, async () => {
      const key = await this.repository.findLiveKey(this.prisma, hash);
      if (!key) return null;
      const scopes = key.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
      return {
        caller: {
          userId: key.userId,
          via: 'api-key',
          apiKeyId: key.id,
          scopes: new Set(scopes),
          lastUsedAt: key.lastUsedAt,
        },
      };
    });
    if (caller) this.touch(caller);
    return caller;
  }

  private callerOfSession(hash: string): Promise<Caller | null> {
    return this.remembered(`session:${hash}`, async () => {
      const session = await this.repository.findLiveSession(this.prisma, hash);
      if (!session) return null;
      const { id: sessionId, userId, csrfTokenHash, expiresAt } = session;
      const caller: Caller = {
        userId,
        via: 'session',
        sessionId,
        sessionExpiresAt: expiresAt,
        csrfTokenHash,
        scopes: new Set(SCOPES),
      };
      return { caller, expiresAt };
    });
  }

  /** The credential's caller from this process's memory, else looked up and remembered (never past expiresAt). */
  private async remembered(
    cacheKey: string,
    lookUp: () => Promise<{ caller: Caller; expiresAt?: Date } | null>,
  ): Promise<Caller | null> {
    const cached = this.credentials.get(cacheKey);
    if (cached) return cached;
    const found = await lookUp();
    if (found) this.credentials.set(cacheKey, found.caller, found.expiresAt);
    return found?.caller ?? null;
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
      // Only the hash is stored, as for the session token: the browser keeps the token in its cookie.
      csrfTokenHash: sha256(csrfToken),
      expiresAt,
    });
    return { user: toUser(user), token, csrfToken, expiresAt };
  }

  /** last-used time, written at most once a minute per key so busy keys do not queue on their row. */
  private touch(caller: Caller): void {
    const { apiKeyId, lastUsedAt } = caller;
    if (!apiKeyId || (lastUsedAt && Date.now() - lastUsedAt.getTime() < KEY_TOUCH_INTERVAL_MS)) return;
    caller.lastUsedAt = new Date();
    this.repository.touchKey(this.prisma, apiKeyId).catch((error: unknown) => {
      this.logger.warn({ err: error, apiKeyId }, 'could not record API key use');
    });
  }
}

function toUser(user: UserRow): User {
  const role = user.staffRole?.role;
  return {
    id: user.id,
    email: user.email,
    createdAt: user.createdAt.toISOString(),
    role: role === 'support' || role === 'finance' || role === 'admin' ? role : null,
  };
}
