-- A session's CSRF token is a secret like its session token: whoever reads the table must not be able to
-- forge a dashboard request with it. Keep only its SHA-256 (hex), as for session tokens and API keys; the
-- browser keeps the token itself in its wallet_csrf cookie and echoes it in X-CSRF-Token, and the API
-- compares the hash of what it is sent with this one.
--
-- Existing rows are hashed in place, so every signed-in browser stays signed in. sha256(bytea) is built
-- into PostgreSQL 11 and later (no pgcrypto needed).
ALTER TABLE "sessions" RENAME COLUMN "csrf_token" TO "csrf_token_hash";
ALTER TABLE "sessions" ALTER COLUMN "csrf_token_hash" TYPE CHAR(64)
    USING encode(sha256(convert_to("csrf_token_hash", 'UTF8')), 'hex');
-- Only a hash fits: a token written in clear by mistake is refused, not stored.
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_csrf_token_hash_is_sha256"
    CHECK ("csrf_token_hash" ~ '^[0-9a-f]{64}$');
