import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min, ValidateBy } from 'class-validator';
import { JsonNumber } from '../../common/http/json-body.middleware';
import { Required, Rules } from '../../common/validation';

/** The most requests a minute a tier may allow (the column's CHECK). */
export const MAX_REQUESTS_PER_MINUTE = 1_000_000;

const LIMIT_DOC = {
  nullable: true,
  type: 'number',
  example: 10000,
  description: 'In major units; null: not limited.',
} as const;

/** One currency's limits of a tier, in major units (null: that period is not limited). */
export class CurrencyLimits {
  @ApiProperty(LIMIT_DOC) daily!: number | null;
  @ApiProperty(LIMIT_DOC) monthly!: number | null;
}

export class Tier {
  @ApiProperty({ example: 'standard' }) name!: string;
  @ApiProperty({
    example: 100,
    description: 'Requests a minute per user (per client address for anonymous).',
  })
  requestsPerMinute!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/CurrencyLimits' },
    example: { USD: { daily: 10000, monthly: 50000 } },
    description:
      'Money a user of the tier may send out per UTC day and month, by currency; a currency not listed is not limited.',
  })
  limits!: Record<string, CurrencyLimits>;
  @ApiProperty({ example: 1523, description: 'Users on this tier.' }) users!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TierList {
  @ApiProperty({ type: [Tier] }) data!: Tier[];
}

/** Whole numbers sent as JSON numbers arrive as their text (json-body.middleware): read them as numbers. */
const WholeNumber = () =>
  Transform(({ obj, key }) => {
    const raw: unknown = (obj as Record<string, unknown>)[key];
    return raw instanceof JsonNumber && /^\d{1,10}$/.test(raw.text) ? Number(raw.text) : raw;
  });

const IsPlainObject = () =>
  ValidateBy({
    name: 'isPlainObject',
    validator: {
      validate: (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof JsonNumber),
      defaultMessage: () => 'must be an object of currency codes to { daily, monthly }',
    },
  });

/** A tier as an admin sets it: the whole of it (every currency's limits; a currency left out is not limited). */
export class UpdateTierRequest {
  @ApiProperty({ minimum: 1, maximum: MAX_REQUESTS_PER_MINUTE, example: 100 })
  @Rules(
    Required(),
    WholeNumber(),
    IsInt({ message: `must be a whole number from 1 to ${MAX_REQUESTS_PER_MINUTE}` }),
    Min(1, { message: 'must be at least 1' }),
    Max(MAX_REQUESTS_PER_MINUTE, { message: `must be at most ${MAX_REQUESTS_PER_MINUTE}` }),
  )
  requestsPerMinute!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/CurrencyLimits' },
    example: { USD: { daily: 10000, monthly: 50000 } },
    description:
      'By currency, { daily, monthly } in major units (a JSON number or a decimal string, >= 0, no more decimals than the currency has), or null for no limit in that period. Replaces every limit of the tier.',
  })
  // The body as parsed, JSON numbers kept as their exact text (parseTierLimits reads them).
  @Rules(
    Required(),
    Transform(({ obj, key }) => (obj as Record<string, unknown>)[key]),
    IsPlainObject(),
  )
  limits!: Record<string, unknown>;
}

/** A tier's name: a lower-case letter, then up to 31 of a-z, 0-9, _ and - (the column's CHECK). */
export const TIER_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

const IsTierName = () =>
  ValidateBy({
    name: 'isTierName',
    validator: {
      validate: (value) => typeof value === 'string' && TIER_NAME.test(value),
      defaultMessage: () => 'must be the name of a tier, such as standard or premium',
    },
  });

/** A path naming one tier: /ops/tiers/:name. */
export class TierNameParam {
  @ApiProperty({ example: 'premium', pattern: TIER_NAME.source })
  @Rules(IsTierName())
  name!: string;
}

export class SetUserTierRequest {
  @ApiProperty({ example: 'premium', pattern: TIER_NAME.source })
  @Rules(Required(), IsTierName())
  tier!: string;
}

export class UserTier {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'premium' }) tier!: string;
}

/** A limit of one period, what the user sent out in it and what is left. */
export class PeriodLimit {
  @ApiProperty({ example: 10000 }) limit!: number;
  @ApiProperty({ example: 250.5 }) sent!: number;
  @ApiProperty({ example: 9749.5 }) remaining!: number;
  @ApiProperty({ format: 'date-time', description: 'When the period ends (UTC midnight).' })
  resetsAt!: string;
}

export class AccountCurrencyLimit {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiPropertyOptional({ type: PeriodLimit, nullable: true }) daily!: PeriodLimit | null;
  @ApiPropertyOptional({ type: PeriodLimit, nullable: true }) monthly!: PeriodLimit | null;
}

export class AccountLimits {
  @ApiProperty({ example: 'standard' }) tier!: string;
  @ApiProperty({ example: 100, description: 'Requests a minute, all your keys and sessions together.' })
  requestsPerMinute!: number;
  @ApiProperty({
    type: [AccountCurrencyLimit],
    description:
      'Money you may still send to other users, per currency with a limit; others are not limited.',
  })
  limits!: AccountCurrencyLimit[];
}
