-- Operators (docs/operations.md "Operators"): staff roles and the audit trail.

-- 1. Staff roles. Every user is a user; a few are also staff, with exactly one role. What each role may
--    do is in apps/api/src/ops/staff.ts. The first admin is made by `pnpm ops:grant EMAIL admin`, the rest
--    by an admin in the console. Taking a role away deletes the row (the audit trail keeps the history).
CREATE TABLE "staff_roles" (
    "user_id"    UUID         NOT NULL,
    "role"       VARCHAR(10)  NOT NULL,
    "granted_by" UUID,
    "granted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "staff_roles_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "staff_roles_role_known" CHECK ("role" IN ('support', 'finance', 'admin')),
    CONSTRAINT "staff_roles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
    CONSTRAINT "staff_roles_granted_by_fkey" FOREIGN KEY ("granted_by") REFERENCES "users"("id") ON DELETE SET NULL
);

-- 2. The audit trail: every privileged and security action, who, what, when, from where, before and after.
--    Append-only: a trigger refuses UPDATE and DELETE (and TRUNCATE) from anyone, the owner included
--    unless they drop the trigger first, and the runtime role holds only INSERT and SELECT on it.
--    Hash-chained over the whole table: each row's hash covers its fields and the previous row's hash, so
--    an edit, a deletion or a row slipped in between by someone who got around the trigger shows at the
--    next check (apps/api/src/audit/audit-chain.ts recomputes it from its own copy of the format).
CREATE TABLE "audit_events" (
    "seq"            BIGSERIAL     NOT NULL,
    "id"             UUID          NOT NULL DEFAULT gen_random_uuid(),
    "occurred_at"    TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    "action"         VARCHAR(60)   NOT NULL,
    -- Who did it: a user (staff or not), or NULL with a label (a command run on the server, the system).
    "actor_id"       UUID,
    "actor_label"    VARCHAR(120),
    "actor_role"     VARCHAR(10),
    -- What it was done to: ('user', id), ('wallet', id), ('adjustment', id), ...
    "subject_type"   VARCHAR(30),
    "subject_id"     VARCHAR(100),
    -- Whose security history shows it (their own logins, key changes, and what staff did to their account).
    "user_id"        UUID,
    "address"        VARCHAR(64),
    "request_id"     VARCHAR(128),
    "before"         JSONB,
    "after"          JSONB,
    "hash_version"   SMALLINT      NOT NULL,
    "hash"           BYTEA         NOT NULL,
    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("seq"),
    CONSTRAINT "audit_events_id_key" UNIQUE ("id"),
    CONSTRAINT "audit_events_action_shape" CHECK ("action" ~ '^[a-z_]+(\.[a-z_]+)+$')
);
-- No foreign keys: the trail outlives what it names (a deleted user stays in it as an id).
CREATE INDEX "audit_events_user_id_seq_idx" ON "audit_events" ("user_id", "seq" DESC) WHERE "user_id" IS NOT NULL;
CREATE INDEX "audit_events_actor_id_seq_idx" ON "audit_events" ("actor_id", "seq" DESC) WHERE "actor_id" IS NOT NULL;
CREATE INDEX "audit_events_action_seq_idx" ON "audit_events" ("action", "seq" DESC);
CREATE INDEX "audit_events_subject_idx" ON "audit_events" ("subject_type", "subject_id", "seq" DESC);
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events" ("occurred_at");

CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();

-- The chain is one line through the whole table. A writer takes a transaction-level advisory lock, so
-- writers queue and each reads the previous writer's committed row; it then takes its seq AFTER the lock,
-- so seq order is the chain's order. (Audit rows are few, logins at most, so one queue costs nothing.)
-- The format, version 1: sha256 over length-prefixed fields ('<length>:<text>', '~' for NULL):
-- 'wallet-audit-v1', previous hash (hex), seq, id, occurred_at (UTC, ISO with milliseconds), action,
-- actor_id, actor_label, actor_role, subject_type, subject_id, user_id, address, request_id,
-- before (jsonb text), after (jsonb text).
CREATE FUNCTION "audit_events_hash_chain"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    previous BYTEA;
BEGIN
    PERFORM pg_advisory_xact_lock(7340003, 1);
    SELECT "hash" INTO previous FROM public."audit_events" ORDER BY "seq" DESC LIMIT 1;
    NEW."seq" := nextval('public.audit_events_seq_seq'::regclass);
    -- Cut to the column's milliseconds here, so the hash covers exactly what is stored.
    NEW."occurred_at" := date_trunc('milliseconds', clock_timestamp());
    NEW."hash_version" := 1;
    NEW."hash" := sha256(convert_to(
        COALESCE(length('wallet-audit-v1') || ':' || 'wallet-audit-v1', '~') ||
        COALESCE(length(encode(previous, 'hex')) || ':' || encode(previous, 'hex'), '~') ||
        COALESCE(length(NEW."seq"::text) || ':' || NEW."seq"::text, '~') ||
        COALESCE(length(NEW."id"::text) || ':' || NEW."id"::text, '~') ||
        COALESCE(length(to_char(NEW."occurred_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) || ':' ||
                 to_char(NEW."occurred_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '~') ||
        COALESCE(length(NEW."action"::text) || ':' || NEW."action"::text, '~') ||
        COALESCE(length(NEW."actor_id"::text) || ':' || NEW."actor_id"::text, '~') ||
        COALESCE(length(NEW."actor_label"::text) || ':' || NEW."actor_label"::text, '~') ||
        COALESCE(length(NEW."actor_role"::text) || ':' || NEW."actor_role"::text, '~') ||
        COALESCE(length(NEW."subject_type"::text) || ':' || NEW."subject_type"::text, '~') ||
        COALESCE(length(NEW."subject_id"::text) || ':' || NEW."subject_id"::text, '~') ||
        COALESCE(length(NEW."user_id"::text) || ':' || NEW."user_id"::text, '~') ||
        COALESCE(length(NEW."address"::text) || ':' || NEW."address"::text, '~') ||
        COALESCE(length(NEW."request_id"::text) || ':' || NEW."request_id"::text, '~') ||
        COALESCE(length(NEW."before"::text) || ':' || NEW."before"::text, '~') ||
        COALESCE(length(NEW."after"::text) || ':' || NEW."after"::text, '~'),
        'UTF8'));
    RETURN NEW;
END;
$$;
CREATE TRIGGER "audit_events_hash_chain" BEFORE INSERT ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_hash_chain"();
