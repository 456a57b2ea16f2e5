-- Secrets at rest. Webhook signing secrets are stored encrypted by the API (AES-256-GCM under a key from
-- the environment), as `v1:<keyId>:<iv>:<ciphertext>:<tag>` envelopes: longer than the 100 characters
-- the plaintext needed. SQL holds no key, so this migration cannot encrypt the rows already there: they
-- stay plaintext (no `v1:` prefix, still read as they are) until the API's next start or
-- `pnpm secrets:rotate` encrypts them.
ALTER TABLE "webhook_endpoints" ALTER COLUMN "secret" TYPE VARCHAR(255);
COMMENT ON COLUMN "webhook_endpoints"."secret" IS
    'Standard Webhooks signing secret, encrypted: v1:<keyId>:<iv>:<ciphertext>:<tag> (plaintext only on rows from before encryption, until the API starts or secrets:rotate runs). NULL once deleted.';
