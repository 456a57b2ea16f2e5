import { Inject, Injectable } from '@nestjs/common';
import { getCurrency, minorToNumber } from '@wallet/money';
import { ValidationFailedError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { OwnAccountError } from '../ops/own-account';
import type {
  AccountCurrencyLimit,
  AccountLimits,
  CurrencyLimits,
  PeriodLimit,
  Tier,
  UserTier,
} from './dto/tier.dto';
import { utcPeriodOf } from './outgoing-limits.repository';
import { ANONYMOUS_TIER, TierDirectory } from './tier-directory';
import { type LimitsMinor, parseTierLimits } from './tier-limits.input';
import { TierNotFoundError, UserNotFoundError } from './tiers.errors';
import { type TierRecord, TiersRepository } from './tiers.repository';

/** What an edit changed, for whoever records it (the audit trail): the tier or user before and after. */
export interface Change<T> {
  before: T;
  after: T;
}

/** What an admin sets of a tier, as the audit trail records it before and after. */
export type TierSettings = Pick<Tier, 'name' | 'requestsPerMinute' | 'limits'>;

/** Writes the audit record of a change in the change's own transaction. */
export type RecordChange<T> = (change: Change<T>, tx: Db) => Promise<void>;

/** A tier as an admin sets it. */
export interface TierInput {
  requestsPerMinute: number;
  limits: Record<string, unknown>;
}

/**
 * Tiers: what a user may see of theirs (their limits and what is left), and what an admin may change
 * (a tier's numbers, a user's tier). A change applies at once on this process and within TIER_CACHE_MS
 * (30 s) on the others for requests a minute; money limits apply from the next transfer everywhere.
 */
@Injectable()
export class TiersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly unitOfWork: UnitOfWork,
    private readonly tiers: TiersRepository,
    private readonly directory: TierDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The user's tier, its requests a minute and, per currency with a limit, what is left to send. In test
   * mode (`livemode` false) no money limit applies (test money is not limited): `limits` is empty.
   */
  async accountLimits(userId: string, now = new Date(), livemode = true): Promise<AccountLimits> {
    const period = utcPeriodOf(now);
    const standing = await this.tiers.accountStanding(this.prisma, userId, period);
    if (!standing) throw new UserNotFoundError(userId);
    const sent = new Map(standing.sent.map((s) => [s.currency, s]));
    const { dayEnds, monthEnds } = periodEnds(now);
    const limits: AccountCurrencyLimit[] = standing.limits
      .sort((a, b) => a.currency.localeCompare(b.currency))
      .map((l) => {
        const currency = getCurrency(l.currency);
        const totals = sent.get(l.currency);
        const period = (limit: bigint | null, total: bigint, resetsAt: Date): PeriodLimit | null =>
          limit === null
            ? null
            : {
                limit: minorToNumber(limit, currency),
                sent: minorToNumber(total, currency),
                remaining: minorToNumber(limit > total ? limit - total : 0n, currency),
                resetsAt: resetsAt.toISOString(),
              };
        return {
          currency: l.currency,
          daily: period(l.dailyMinor, totals?.dayTotalMinor ?? 0n, dayEnds),
          monthly: period(l.monthlyMinor, totals?.monthTotalMinor ?? 0n, monthEnds),
        };
      });
    return {
      tier: standing.tier,
      requestsPerMinute: this.config.rateLimitPerMinute ?? standing.requestsPerMinute,
      limits: livemode ? limits : [],
    };
  }

  async list(): Promise<Tier[]> {
    return (await this.tiers.list(this.prisma)).map(tierView);
  }

  /**
   * Replaces a tier's requests a minute and money limits (every currency: one left out is no longer
   * limited). `record` runs in the same transaction with what changed (the audit trail).
   */
  async update(name: string, input: TierInput, record: RecordChange<TierSettings>): Promise<Tier> {
    const limits = parseTierLimits(input.limits);
    if (name === ANONYMOUS_TIER && limits.size > 0) {
      throw new ValidationFailedError('The anonymous tier moves no money: it has no money limits.', [
        { field: 'limits', message: 'must be {} for the anonymous tier' },
      ]);
    }
    await this.unitOfWork.run(async (tx) => {
      const before = await this.tiers.findLocked(tx, name);
      if (!before) throw new TierNotFoundError(name);
      await this.tiers.replace(tx, name, input.requestsPerMinute, limits);
      const after = { ...before, requestsPerMinute: input.requestsPerMinute, limits };
      await record({ before: settingsView(before), after: settingsView(after) }, tx);
    });
    this.directory.forget();
    const tier = (await this.tiers.list(this.prisma)).find((t) => t.name === name);
    if (!tier) throw new TierNotFoundError(name);
    return tierView(tier);
  }

  /**
   * Puts a user on a tier (never anonymous) as the staff member `byUserId` asks, never their own (403);
   * `record` runs in the same transaction with what changed.
   */
  async setUserTier(
    byUserId: string,
    userId: string,
    tier: string,
    record: RecordChange<UserTier>,
  ): Promise<UserTier> {
    if (byUserId === userId) throw new OwnAccountError('set the tier');
    if (tier === ANONYMOUS_TIER) {
      throw new ValidationFailedError('No user can be put on the anonymous tier.', [
        { field: 'tier', message: 'must be a tier for signed-in users, such as standard or premium' },
      ]);
    }
    const result = await this.unitOfWork.run(async (tx) => {
      const exists = await tx.tier.findUnique({ where: { name: tier }, select: { name: true } });
      if (!exists) {
        throw new ValidationFailedError(`There is no tier named ${tier}.`, [
          { field: 'tier', message: 'is not a tier (see GET /api/v1/ops/tiers)' },
        ]);
      }
      const user = await this.tiers.userTierLocked(tx, userId);
      if (!user) throw new UserNotFoundError(userId);
      await this.tiers.setUserTier(tx, userId, tier);
      const change = { before: { userId, tier: user.tier }, after: { userId, tier } };
      await record(change, tx);
      return change.after;
    });
    this.directory.forget(userId);
    return result;
  }
}

/** The ends of the UTC day and month `now` is in. */
function periodEnds(now: Date): { dayEnds: Date; monthEnds: Date } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return {
    dayEnds: new Date(Date.UTC(y, m, now.getUTCDate() + 1)),
    monthEnds: new Date(Date.UTC(y, m + 1, 1)),
  };
}

function settingsView(record: Pick<TierRecord, 'name' | 'requestsPerMinute' | 'limits'>): TierSettings {
  const limits: Record<string, CurrencyLimits> = {};
  for (const [code, l] of [...record.limits].sort(([a], [b]) => a.localeCompare(b))) {
    limits[code] = limitsView(l, code);
  }
  return { name: record.name, requestsPerMinute: record.requestsPerMinute, limits };
}

function tierView(record: TierRecord): Tier {
  return { ...settingsView(record), users: record.users, updatedAt: record.updatedAt.toISOString() };
}

function limitsView(l: LimitsMinor, code: string): CurrencyLimits {
  const currency = getCurrency(code);
  const major = (minor: bigint | null) => (minor === null ? null : minorToNumber(minor, currency));
  return { daily: major(l.dailyMinor), monthly: major(l.monthlyMinor) };
}
