import { type ApiKey, CreateApiKeyRequestSchema, SCOPES } from '@wallet/contract';
import { z } from 'zod';
import { displayNameSchema } from '../common/validation';

export const CreateApiKeyBody = CreateApiKeyRequestSchema.extend({
  name: displayNameSchema(60).meta({ example: 'Accounting export' }),
  scopes: z
    .array(z.enum(SCOPES))
    .min(1, 'must name at least one scope')
    .max(SCOPES.length)
    .transform((scopes) => [...new Set(scopes)])
    .meta({ example: ['wallets:read'] }),
}).meta({ id: 'CreateApiKeyRequest' });
export type CreateApiKeyInput = z.output<typeof CreateApiKeyBody>;

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function toApiKeyView(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.filter((s): s is ApiKey['scopes'][number] =>
      (SCOPES as readonly string[]).includes(s),
    ),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
