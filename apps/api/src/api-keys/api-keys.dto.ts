import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { MODES, type Mode, modeOf } from '../auth/mode';
import { SCOPES, type Scope } from '../auth/scopes';
import { JsonNumber } from '../common/http/json-body.middleware';
import { DateTime, UuidProperty } from '../common/http/openapi-decorators';
import {
  DisplayName,
  firstNotIn,
  NO_CONTROL_CHARACTERS,
  OneOf,
  Optional,
  Required,
  Rules,
} from '../common/validation';
import { API_VERSIONS, type ApiVersion, FIRST_API_VERSION, isApiVersion } from '../versions/versions';

/** The longest a key may be made to last (expiresInDays). */
export const MAX_KEY_DAYS = 365;
/** The longest overlap a rotation gives the old key, in hours (7 days). */
export const MAX_OVERLAP_HOURS = 168;
export const DEFAULT_OVERLAP_HOURS = 24;

/** Whole numbers sent as JSON numbers arrive as their text (json-body.middleware): read them as numbers. */
const WholeNumber = () =>
  Transform(({ obj, key }) => {
    const raw: unknown = (obj as Record<string, unknown>)[key];
    return raw instanceof JsonNumber && /^\d{1,10}$/.test(raw.text) ? Number(raw.text) : raw;
  });

const Between = (min: number, max: number) =>
  Rules(
    Optional(),
    WholeNumber(),
    IsInt({ message: `must be a whole number from ${min} to ${max}` }),
    Min(min, { message: `must be at least ${min}` }),
    Max(max, { message: `must be at most ${max}` }),
  );

export class CreateApiKeyRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: 60,
    pattern: NO_CONTROL_CHARACTERS.source,
    example: 'Accounting export',
    description: 'Trimmed; no control characters.',
  })
  @Rules(Required(), DisplayName(60))
  name!: string;

  @ApiProperty({
    enum: SCOPES,
    enumName: 'Scope',
    isArray: true,
    minItems: 1,
    maxItems: SCOPES.length,
    example: ['wallets:read'],
  })
  @Transform(({ value }) => (Array.isArray(value) ? [...new Set(value)] : value))
  @Rules(
    Required(),
    IsArray({ message: 'must be a list of scopes' }),
    ArrayMinSize(1, { message: 'must name at least one scope' }),
    OneOf(SCOPES, { each: true, context: { at: firstNotIn(SCOPES) } }),
    ArrayMaxSize(SCOPES.length, { message: `must name at most ${SCOPES.length} scopes` }),
  )
  scopes!: Scope[];

  @ApiProperty({
    enum: MODES,
    enumName: 'Mode',
    required: false,
    description:
      'A test key (secret `wk_test_...`) reaches only test wallets, a live key only live ones. Default live.',
  })
  @Rules(Optional(), OneOf(MODES))
  mode?: Mode;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_KEY_DAYS,
    example: 90,
    description:
      'The key stops working this many days from now (401 API_KEY_EXPIRED from version 2026-12-08, UNAUTHENTICATED before). Without it, it lasts until revoked.',
  })
  @Between(1, MAX_KEY_DAYS)
  expiresInDays?: number;
}
export type CreateApiKeyInput = CreateApiKeyRequest;

export class RotateApiKeyRequest {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: MAX_OVERLAP_HOURS,
    default: DEFAULT_OVERLAP_HOURS,
    description: 'How many hours the old key keeps working beside the new one; 0 stops it now.',
  })
  @Between(0, MAX_OVERLAP_HOURS)
  overlapHours?: number;
}

export class ApiKey {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'Accounting export' }) name!: string;
  @ApiProperty({ description: 'The first characters of the key, to recognise it by.', example: 'wk_3hF9xQ' })
  prefix!: string;
  @ApiProperty({ enum: SCOPES, enumName: 'Scope', isArray: true }) scopes!: Scope[];
  @ApiProperty({ enum: MODES, enumName: 'Mode', description: 'The wallets the key reaches: live or test.' })
  mode!: Mode;
  @DateTime() createdAt!: string;
  @DateTime(true) lastUsedAt!: string | null;
  @DateTime(true) revokedAt!: string | null;
  @ApiProperty({
    enum: API_VERSIONS.map((entry) => entry.version),
    enumName: 'ApiVersion',
    example: '2026-12-08',
    description:
      'The API version the key is pinned to: its calls are answered in it unless they send Wallet-Version.',
  })
  apiVersion!: ApiVersion;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the key stops working by itself (set at creation, or by a rotation); null: never.',
  })
  expiresAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The key that replaced this one (POST /api/v1/api-keys/{id}/rotate).',
  })
  rotatedTo!: string | null;
}

export class CreatedApiKey extends ApiKey {
  @ApiProperty({
    description: 'The secret, shown this once. Send it as Authorization: Bearer <key>.',
    example: 'wk_3hF9xQ...',
  })
  key!: string;
}

export class RotatedApiKey {
  @ApiProperty({
    type: CreatedApiKey,
    description: "The new key, with its secret (shown this once): the old key's name, scopes and version.",
  })
  newKey!: CreatedApiKey;
  @ApiProperty({ type: ApiKey, description: 'The old key: it works until its expiresAt, then stops.' })
  oldKey!: ApiKey;
}

export class ApiKeyList {
  @ApiProperty({ type: [ApiKey] }) data!: ApiKey[];
}

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  livemode: boolean;
  apiVersion: string;
  expiresAt: Date | null;
  rotatedTo: string | null;
}

export function toApiKeyView(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    mode: modeOf(row.livemode),
    apiVersion: isApiVersion(row.apiVersion) ? row.apiVersion : FIRST_API_VERSION,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    rotatedTo: row.rotatedTo,
  };
}
