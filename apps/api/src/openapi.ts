import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Problem } from './common/http/problem.dto';
import { Currency } from './currencies/dto/currency.dto';

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

**Error codes.** VALIDATION_FAILED, SAME_WALLET_TRANSFER and UNKNOWN_API_VERSION (400), WALLET_NOT_FOUND, TRANSACTION_NOT_FOUND
and NOT_FOUND (404), IDEMPOTENCY_KEY_IN_PROGRESS, DELIVERY_PENDING, REVIEW_NOT_PENDING, PAYMENT_REQUEST_NOT_OPEN, HOLD_NOT_ACTIVE, API_KEY_NOT_ACTIVE, SCHEDULED_TRANSFER_ENDED, TWO_FACTOR_ALREADY_ENABLED, TWO_FACTOR_NOT_ENABLED, SECOND_APPROVER_REQUIRED and ADJUSTMENT_NOT_PROPOSED (409), PAYLOAD_TOO_LARGE (413), INSUFFICIENT_FUNDS,
CURRENCY_MISMATCH, BALANCE_LIMIT_EXCEEDED, WALLET_FROZEN, IDEMPOTENCY_KEY_REUSED, NOT_REFUNDABLE, REFUND_EXCEEDS_REMAINING, LIMIT_EXCEEDED and BATCH_TRANSFER_FAILED (422), UNAUTHENTICATED, API_KEY_EXPIRED and OTP_REQUIRED (401), FORBIDDEN and TWO_FACTOR_REQUIRED (403),
RATE_LIMITED (429), INTERNAL (500), SERVICE_UNAVAILABLE (503, with Retry-After: the database is overloaded or out of reach; nothing changed, retry).

**Authentication.** Every route but sign-up, login, health and currencies needs a caller. Integrators: sign in
to the dashboard, create a key under *API keys* (or \`POST /api/v1/api-keys\` with the session), then send
\`Authorization: Bearer <key>\`. Scopes: \`wallets:read\` (GETs), \`wallets:write\` (create, fund),
\`transfers:write\` (transfer, refund, holds), \`webhooks:write\` (webhook endpoints; adding one needs \`wallets:read\` too). No or a revoked key is 401 UNAUTHENTICATED, a missing scope 403 FORBIDDEN,
too many requests 429 RATE_LIMITED with Retry-After. A key may expire (\`expiresAt\`): then it is 401 API_KEY_EXPIRED with \`expiredAt\` (from version 2026-12-08; 401 UNAUTHENTICATED in 2026-11-26);
\`POST /api/v1/api-keys/:id/rotate\` makes its successor and keeps the old key working for an overlap. Another user's wallet answers 404 everywhere, but may
receive a transfer, which then shows only its id and currency.

**Test mode.** A key made with \`"mode": "test"\` starts \`wk_test_\` and sees only test wallets (funded
freely: no sending limits, no review holds); a live key only live wallets. A wallet of the other mode answers 404
WALLET_NOT_FOUND, and a test wallet and a live wallet never exchange money (as source, destination,
hold capture, payment request or scheduled transfer). The dashboard's session picks the mode per request with
the \`Wallet-Mode: live | test\` header (absent: live; any other value 400); a key needs none, and one naming
the other mode is 400. Each Wallet shows its \`mode\`.

**Versions.** Every answer names the version it was written for in \`Wallet-Version: YYYY-MM-DD\`. A key is
pinned to the version current when it was made; a request may ask for another with the same header (an
unknown one is 400 UNKNOWN_API_VERSION). Sessions use the current version. docs/versions.md lists what each changed:
2026-12-08 answers an expired key with API_KEY_EXPIRED instead of UNAUTHENTICATED (the header if sent, else the key's pin, decides).

**Rate limits.** Per user on authenticated requests (all their keys and sessions together; the number is their
tier's: standard 100, premium 1,000 a minute); per client address on requests without a valid credential
(public routes, and those answered 401; the anonymous tier's 10 a minute), the health probes excepted; both
announced in RateLimit-Policy and RateLimit headers; sign-up and login also per address, per
email from one address and per email per hour. Over a limit: 429 RATE_LIMITED with Retry-After. A transfer
to another user that would take the sender past their tier's daily or monthly limit in its currency is 422
LIMIT_EXCEEDED (recorded as a FAILED TRANSFER_OUT, with limit, remaining and period); GET /api/v1/account/limits
tells what is left.

**Example.**
\`\`\`
curl -s -X POST localhost:3000/api/v1/wallets -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"currency":"USD","name":"Main"}'
curl -s -X POST localhost:3000/api/v1/wallets/<id>/fund -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -H 'Idempotency-Key: 6d1f...' -d '{"amount":"100.50"}'
\`\`\`
`;

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Wallet API')
    .setDescription(DESCRIPTION)
    .setVersion('1.0')
    .setLicense('MIT', 'https://spdx.org/licenses/MIT.html')
    .addServer('/', 'This server')
    .addTag('Accounts', "Sign up, sign in and out (the dashboard's session cookie).")
    .addTag('API keys', 'Keys for integrators, managed from a signed-in session.')
    .addTag('Wallets', "Wallets, funding, transfers and each wallet's ledger.")
    .addTag('Transactions', 'Single ledger entries.')
    .addTag('Currencies', 'The supported currencies and their limits.')
    .addTag('Operations', 'Liveness and readiness probes.')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque API key (wk_... live, wk_test_... test mode)',
        description:
          'An API key, sent as `Authorization: Bearer <key>`. Keys are opaque random strings that look like `wk_...` (not JWTs); create one under *API keys* in the dashboard or with `POST /api/v1/api-keys`. A key carries scopes: `wallets:read`, `wallets:write`, `transfers:write`, `webhooks:write`.',
      },
      'bearer',
    )
    .addCookieAuth(
      'wallet_session',
      {
        type: 'apiKey',
        in: 'cookie',
        description:
          "The dashboard's session: signing up or logging in sets `wallet_session` (httpOnly, so no script can read it) and `wallet_csrf` (readable by the page). Every state-changing request made with the session (POST, DELETE) must echo the value of `wallet_csrf` in the `X-CSRF-Token` header, else it is 403 FORBIDDEN. Logging out revokes the session on every server and clears both cookies.",
      },
      'cookie',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [Problem, Currency] });
  const schemas = document.components?.schemas ?? {};
  // A named list, so the dashboard's types can name it too.
  schemas.CurrencyList = { type: 'array', items: { $ref: getSchemaPath(Currency) } };
  // Another user's wallet shows nothing but id and currency: that is what tells it from a Wallet.
  const foreign = schemas.ForeignWallet;
  if (foreign && !('$ref' in foreign)) foreign.additionalProperties = false;
  document.components = { ...document.components, schemas };
  return unwrapLoneAllOf(document);
}

/** @nestjs/swagger wraps a referenced enum in `allOf: [{ $ref }]`; the reference alone says the same. */
function unwrapLoneAllOf<T>(node: T): T {
  if (Array.isArray(node)) return node.map(unwrapLoneAllOf) as T;
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node);
  const [only] = entries;
  if (entries.length === 1 && only?.[0] === 'allOf' && Array.isArray(only[1]) && only[1].length === 1) {
    return unwrapLoneAllOf(only[1][0]);
  }
  return Object.fromEntries(entries.map(([key, value]) => [key, unwrapLoneAllOf(value)])) as T;
}

export function setupOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
