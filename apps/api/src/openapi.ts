import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  ApiKeyListSchema,
  ApiKeySchema,
  CreatedApiKeySchema,
  CurrencyListSchema,
  CurrencySchema,
  ForeignWalletSchema,
  FundResultSchema,
  ProblemSchema,
  TransactionPageSchema,
  TransactionSchema,
  TransferResultSchema,
  UserResultSchema,
  UserSchema,
  WalletDetailSchema,
  WalletPageSchema,
  WalletSchema,
} from '@wallet/contract';
import { z } from 'zod';
import { CreateApiKeyBody } from './api-keys/api-keys.dto';
import { CredentialsBody } from './auth/dto/auth.dto';
import { CreateWalletBody, FundBody, TransferBody } from './wallets/dto/wallet.dto';

/** Request and response schemas, from the zod schemas the code validates and types with. */
const NAMED_SCHEMAS = [
  CredentialsBody,
  UserSchema,
  UserResultSchema,
  CreateApiKeyBody,
  ApiKeySchema,
  CreatedApiKeySchema,
  ApiKeyListSchema,
  ForeignWalletSchema,
  CreateWalletBody,
  FundBody,
  TransferBody,
  WalletSchema,
  WalletDetailSchema,
  WalletPageSchema,
  FundResultSchema,
  TransferResultSchema,
  TransactionSchema,
  TransactionPageSchema,
  CurrencySchema,
  CurrencyListSchema,
  ProblemSchema,
];

const DESCRIPTION = `
Wallets, funding and transfers. JSON in and out; every error is \`application/problem+json\` with a stable \`code\`.

**Money.** Amounts travel in major units: send a JSON number (\`100.5\`) or a decimal string (\`"100.50"\`);
responses always send numbers. Inside, money is an integer count of minor units, never a float and never
rounded: an amount with more decimals than its currency allows (USD 2, JPY 0, KWD 3), not > 0, in exponent
notation, or above the currency's \`maxAmount\` is refused with 400 VALIDATION_FAILED.

**Idempotency.** Send \`Idempotency-Key: <any 1-255 visible ASCII characters>\` on POSTs. The same key with the
same request replays the first answer (status and body) with \`Idempotent-Replayed: true\` and moves no money
again, declines included; the same key with another request is 422 IDEMPOTENCY_KEY_REUSED. 400s and 5xx
are not stored, so a corrected request may reuse its key.

**Error codes.** VALIDATION_FAILED and SAME_WALLET_TRANSFER (400), WALLET_NOT_FOUND, TRANSACTION_NOT_FOUND
and NOT_FOUND (404), IDEMPOTENCY_KEY_IN_PROGRESS (409), PAYLOAD_TOO_LARGE (413), INSUFFICIENT_FUNDS,
CURRENCY_MISMATCH, BALANCE_LIMIT_EXCEEDED and IDEMPOTENCY_KEY_REUSED (422), UNAUTHENTICATED (401), FORBIDDEN (403),
RATE_LIMITED (429), INTERNAL (500).

**Authentication.** Every route but sign-up, login, health and currencies needs a caller. Integrators: sign in
to the dashboard, create a key under *API keys* (or \`POST /api/v1/api-keys\` with the session), then send
\`Authorization: Bearer <key>\`. Scopes: \`wallets:read\` (GETs), \`wallets:write\` (create, fund),
\`transfers:write\` (transfer). No or a revoked key is 401 UNAUTHENTICATED, a missing scope 403 FORBIDDEN,
too many requests 429 RATE_LIMITED with Retry-After. Another user's wallet answers 404 everywhere, but may
receive a transfer, which then shows only its id and currency.

**Example.**
\`\`\`
curl -s -X POST localhost:3000/api/v1/wallets -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"currency":"USD","name":"Main"}'
curl -s -X POST localhost:3000/api/v1/wallets/<id>/fund -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -H 'Idempotency-Key: 6d1f...' -d '{"amount":"100.50"}'
\`\`\`
`;

export function buildOpenApiDocument(app: INestApplication) {
  const config = new DocumentBuilder()
    .setTitle('Wallet API')
    .setDescription(DESCRIPTION)
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key: wk_...' })
    .addCookieAuth('wallet_session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const registry = z.registry<{ id: string }>();
  for (const schema of NAMED_SCHEMAS) {
    const id = (schema.meta() as { id?: string } | undefined)?.id;
    if (id) registry.add(schema, { id });
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // OpenAPI 3.0 schema objects have no $id; zod adds one per registered schema.
  const components = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $id: _id, ...rest } = schema as Record<string, unknown>;
      return [name, rest];
    }),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...components },
  };
  return document;
}

export function setupOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
