-- A session's CSRF token is a secret like its session token: whoever reads the table must not be able to
-- forge a dashboard request with it. Keep only its SHA-256 (hex), as for session tokens and API keys; the
-- browser keeps the token itself in its wallet_csrf cookie and echoes it in X-CSRF-Token, and the API
-- compares the hash of what it is sent with this one.
--
-- Existing rows are hashed, so every signed-in browser stays signed in. sha256(bytea) is built into
-- PostgreSQL 11 and later (no pgcrypto needed).
ALTER TABLE "sessions" ADD COLUMN "csrf_token_hash" CHAR(64);
UPDATE "sessions" SET "csrf_token_hash" = encode(sha256(convert_to("csrf_token", 'UTF8')), 'hex');
ALTER TABLE "sessions" ALTER COLUMN "csrf_token_hash" SET NOT NULL;
-- Only a hash fits: a token written here in clear by mistake is refused, not stored.
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_csrf_token_hash_is_sha256"
    CHECK ("csrf_token_hash" ~ '^[0-9a-f]{64}$');

-- The clear column goes empty now and is dropped by a later release: the previous release, which still
-- serves for a moment while a deployment switches over (docs/deploy.md), reads and writes it. Until then
-- a token it writes is hashed on the way in and never stored in clear. (That release, finding no token,
-- answers 403 to a session's state change for that moment; its reads and logins keep working.)
ALTER TABLE "sessions" ALTER COLUMN "csrf_token" DROP NOT NULL;
UPDATE "sessions" SET "csrf_token" = NULL;

CREATE FUNCTION "sessions_hash_clear_csrf_token"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."csrf_token" IS NOT NULL THEN
        NEW."csrf_token_hash" := encode(sha256(convert_to(NEW."csrf_token", 'UTF8')), 'hex');
        NEW."csrf_token" := NULL;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "sessions_csrf_token_never_clear"
    BEFORE INSERT OR UPDATE OF "csrf_token" ON "sessions"
    FOR EACH ROW EXECUTE FUNCTION "sessions_hash_clear_csrf_token"();
