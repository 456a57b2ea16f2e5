import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { MODES, type Mode, modeOf } from '../auth/mode';
import { SCOPES, type Scope } from '../auth/scopes';
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
}
export type CreateApiKeyInput = CreateApiKeyRequest;

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
}

export class CreatedApiKey extends ApiKey {
  @ApiProperty({
    description: 'The secret, shown this once. Send it as Authorization: Bearer <key>.',
    example: 'wk_3hF9xQ...',
  })
  key!: string;
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
  };
}
