-- Two-factor sign-in (TOTP, RFC 6238) and its recovery codes.
--
-- A user has at most one TOTP credential. It is pending (enabled_at NULL) from the set-up until a first
-- code confirms it, then active. Its secret is the one secret here the API must USE (to compute codes), so
-- it is stored encrypted like the webhook secrets: a `v1:<keyId>:<iv>:<ciphertext>:<tag>` envelope sealed
-- by the API under SECRETS_KEYS (the CHECK refuses anything else, so no plaintext secret can be written),
-- re-sealed by `pnpm secrets:rotate`. last_used_step is the RFC 6238 time step of the last code accepted:
-- a code is taken only for a later step, so a code seen once cannot be replayed within its window.
CREATE TABLE "two_factor_credentials" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "secret" VARCHAR(255) NOT NULL,
    "enabled_at" TIMESTAMPTZ(3),
    "last_used_step" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "two_factor_credentials_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "two_factor_credentials_secret_sealed" CHECK ("secret" ~ '^v[0-9]+:'),
    CONSTRAINT "two_factor_credentials_last_used_step_positive" CHECK ("last_used_step" > 0)
);
CREATE UNIQUE INDEX "two_factor_credentials_user_id_key" ON "two_factor_credentials"("user_id");
ALTER TABLE "two_factor_credentials" ADD CONSTRAINT "two_factor_credentials_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
COMMENT ON COLUMN "two_factor_credentials"."secret" IS
    'TOTP secret (base32), encrypted: v1:<keyId>:<iv>:<ciphertext>:<tag>. Never stored in plaintext.';

-- Recovery codes: 80 random bits each, shown once; only their SHA-256 is kept (like API keys: a fast hash
-- is enough for a secret nobody can guess, and it lets a code be found by its hash). used_at: spent.
CREATE TABLE "recovery_codes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "code_hash" CHAR(64) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recovery_codes_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "recovery_codes_code_hash_hex" CHECK ("code_hash" ~ '^[0-9a-f]{64}$')
);
CREATE UNIQUE INDEX "recovery_codes_user_id_code_hash_key" ON "recovery_codes"("user_id", "code_hash");
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
