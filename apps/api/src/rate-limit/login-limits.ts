import { Inject, Injectable } from '@nestjs/common';
import { accountHash, sha256 } from '../auth/secrets';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { RateLimitedError } from './rate-limit.errors';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Which limit refused a login, for the 429 count in the metrics (as the throttlers' names are). */
export type LoginLimitName = 'auth-email' | 'auth-email-hourly';

export class LoginLimitedError extends RateLimitedError {
  constructor(
    readonly limit: LoginLimitName,
    retryAfterSeconds: number,
  ) {
    super(retryAfterSeconds);
  }
}

/**
 * The per-email login limits. They count failed logins only (a wrong password, or an email with no
 * account), after the password check: a correct password never uses an email's budget, and neither
 * does a request refused by validation (it never reaches the check) nor a sign-up. Counts live in
 * PostgreSQL (rate_limits, exact, shared by every process), beside the per-address throttler's.
 *
 * - Per (email, address), per minute: AUTH_RATE_LIMIT_PER_EMAIL failures, then that address is refused
 *   for that email until the minute ends, before any password check. A stranger's address is not the
 *   owner's, so this cannot lock the owner out.
 * - Per email, all addresses, per hour: AUTH_RATE_LIMIT_PER_EMAIL_PER_HOUR failures. Past it the account
 *   is under a spread-out guess, and it is NOT locked (that would hand any stranger with enough
 *   addresses a way to lock its owner out). Instead each address may try that email only
 *   AUTH_RATE_LIMIT_PER_EMAIL times per hour rather than per minute: a correct password from an address
 *   under that still logs in, a wrong one is answered 429, and an address that has used it up is refused
 *   before the check. A guesser then gets AUTH_RATE_LIMIT_PER_EMAIL guesses per address per hour.
 */
@Injectable()
export class LoginLimits {
  private readonly storage: PostgresThrottlerStorage;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.storage = new PostgresThrottlerStorage(prisma);
  }

  /** Throws LoginLimitedError when this address may not try this email now (no password is checked). */
  async check(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    const counts = await this.counts(Object.values(keys));
    const pair = counts.get(keys.pairMinute);
    if (pair && pair.hits >= this.config.authRateLimitPerEmail) {
      throw new LoginLimitedError('auth-email', pair.secondsLeft);
    }
    const account = counts.get(keys.email);
    const pairHour = counts.get(keys.pairHour);
    if (this.underAttack(account?.hits) && pairHour && pairHour.hits >= this.config.authRateLimitPerEmail) {
      throw new LoginLimitedError('auth-email-hourly', pairHour.secondsLeft);
    }
  }

  /**
   * Counts a failed login against the email and the pair; throws LoginLimitedError when the email was
   * already past its hourly budget (the wrong password is refused as limited rather than 401).
   */
  async failed(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    const perEmail = this.config.authRateLimitPerEmail;
    const [account] = await Promise.all([
      this.storage.increment(keys.email, HOUR_MS, this.config.authRateLimitPerEmailPerHour),
      this.storage.increment(keys.pairMinute, MINUTE_MS, perEmail),
      this.storage.increment(keys.pairHour, HOUR_MS, perEmail),
    ]);
    // This failure is the one past the budget, or a later one: the account is being guessed at.
    if (this.underAttack(account.totalHits - 1)) {
      throw new LoginLimitedError('auth-email-hourly', account.timeToExpire);
    }
  }

  private underAttack(failuresThisHour = 0): boolean {
    return failuresThisHour >= this.config.authRateLimitPerEmailPerHour;
  }

  private async counts(keys: string[]): Promise<Map<string, { hits: number; secondsLeft: number }>> {
    const rows = await this.prisma.$queryRaw<{ key: string; hits: number; ms_left: number }[]>`
      SELECT key, hits, GREATEST(0, CEIL(EXTRACT(EPOCH FROM window_ends_at - now()) * 1000))::int AS ms_left
      FROM rate_limits WHERE key = ANY(${keys}::text[]) AND window_ends_at > now()`;
    return new Map(
      rows.map((row) => [
        row.key,
        { hits: Number(row.hits), secondsLeft: Math.max(1, Math.ceil(Number(row.ms_left) / 1000)) },
      ]),
    );
  }
}

/** Hashed, like every rate-limit key that names an account: the table never holds an email. */
function keysOf(email: string, address: string) {
  const account = accountHash(email);
  const pair = sha256(`${account} ${address}`);
  return {
    email: `auth-email:${account}`,
    pairMinute: `auth-email-address:${pair}`,
    pairHour: `auth-email-address-hourly:${pair}`,
  };
}
