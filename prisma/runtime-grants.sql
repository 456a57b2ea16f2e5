-- What the runtime role (the API, the scheduled books check, secrets:rotate, demo) may do, and nothing
-- more. It owns no object, so ALTER, DROP, TRUNCATE, disabling a trigger or creating a table are refused
-- by PostgreSQL whatever this file says; below are its only rights.
--
-- Applied as the schema's OWNER after every migration run (pnpm db:migrate:deploy, and the API's boot
-- when DATABASE_OWNER_URL is set), in one transaction: first every right the role held here is revoked
-- (column rights go with REVOKE ALL on their table), then the list is granted again. So a table added by
-- a later migration is covered by the next run, a right taken out of this file is gone after it, and a
-- running API never sees a moment without its grants. A migration that adds a table the API writes must
-- add its line here: the API's test suite runs as the runtime role and fails without it.
--
-- By hand (after `prisma migrate deploy`, which does not read this file; the job queue's schema, pgboss,
-- must exist: `pnpm db:migrate:deploy` or one boot of the API with DATABASE_OWNER_URL installs it):
--   psql "$DATABASE_OWNER_URL" -v runtime_role=wallet_runtime -1 -f prisma/runtime-grants.sql

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"runtime_role";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"runtime_role";
REVOKE ALL ON SCHEMA public FROM :"runtime_role";
REVOKE ALL ON ALL TABLES IN SCHEMA pgboss FROM :"runtime_role";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA pgboss FROM :"runtime_role";
REVOKE ALL ON SCHEMA pgboss FROM :"runtime_role";

-- Reaching the tables (not creating any: no CREATE on the schema).
GRANT USAGE ON SCHEMA public TO :"runtime_role";
-- Reading every table: the API reads what it stores; _prisma_migrations lets a boot without the owner's
-- URL see that the schema is up to date.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"runtime_role";
-- New ids for the seq columns (BIGSERIAL): nextval only, no setval.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO :"runtime_role";

-- The ledger is append-only: rows are added, never changed or removed.
GRANT INSERT ON transactions TO :"runtime_role";
-- Wallets are opened (INSERT); a posting changes only the balance and its time (the guarded UPDATE,
-- which the balance_has_ledger_row constraint triggers check against the ledger). An operator freezes
-- and unfreezes one (frozen_at, frozen_reason, frozen_by: a freeze never names the balance, and a balance
-- changed without its ledger row is refused whatever the statement). Never the owner, the currency or
-- the name; never deleted. The row lock of a posting (FOR NO KEY UPDATE) needs these too.
GRANT INSERT, UPDATE (balance_minor, updated_at, frozen_at, frozen_reason, frozen_by) ON wallets TO :"runtime_role";

-- Adjustments: proposed (INSERT), then decided once (a trigger refuses a second decision, a change of
-- what was proposed, and DELETE); expired ones are marked when read.
GRANT INSERT, UPDATE (status, decided_by, decided_at, decision_reason, transaction_id) ON adjustments TO :"runtime_role";

-- Reserved money (a held transfer's amount): changed only with the reservations it adds up to (the
-- wallets_reserved_has_reservations constraint trigger checks it against wallet_reservations).
GRANT UPDATE (reserved_minor) ON wallets TO :"runtime_role";

-- Review rules: a new version is added by an admin, never changed (a trigger refuses UPDATE, DELETE).
GRANT INSERT ON review_rule_sets TO :"runtime_role";
-- Held transfers: added when a rule holds one; decided once (a trigger refuses any other change).
GRANT INSERT, UPDATE (status, decided_by, decided_at, decision_reason, transaction_id) ON transfer_reviews TO :"runtime_role";
-- Payment requests: made, then once paid, declined, cancelled or expired (a trigger refuses a second final
-- state, a change of what was asked, and DELETE); a held payment's review marks it (review_id).
GRANT INSERT, UPDATE (status, paid_by, source_wallet_id, transfer_id, review_id, updated_at)
  ON payment_requests TO :"runtime_role";
-- Holds: made, then ended once (a trigger refuses any other change and any DELETE). Their events
-- (hold_events, the hash-chained record of each state) are written by that trigger as the owner: no
-- right here.
GRANT INSERT, UPDATE (status, captured_minor, destination_wallet_id, transaction_id, finished_at) ON holds TO :"runtime_role";

-- Idempotency keys: claimed, completed with their outcome, swept after their time.
GRANT INSERT, UPDATE (outcome, response_body), DELETE ON idempotency_keys TO :"runtime_role";

-- Access control: sign-up and a password change (only the hash; never the email, never deleted),
-- the name a user chose to be shown by, sessions (ended; swept once expired), API keys (last use,
-- revocation, expiry and rotation: a rotation dates the old key's end and names its successor).
GRANT INSERT, UPDATE (password_hash, display_name) ON users TO :"runtime_role";
GRANT INSERT, UPDATE (revoked_at, second_factor_at), DELETE ON sessions TO :"runtime_role";
-- The request log of API keys: rows added in batches, deleted after 30 days (never changed).
GRANT INSERT, DELETE ON api_request_logs TO :"runtime_role";
GRANT INSERT, UPDATE (last_used_at, revoked_at, expires_at, rotated_to) ON api_keys TO :"runtime_role";
-- Two-factor sign-in: a set-up replaces a pending secret (or secrets:rotate re-seals it), a first code
-- enables it, each accepted code advances last_used_step; turned off = deleted. Recovery codes are made,
-- spent (used_at) and replaced.
GRANT INSERT, UPDATE (secret, enabled_at, last_used_step, created_at), DELETE
  ON two_factor_credentials TO :"runtime_role";
GRANT INSERT, UPDATE (used_at), DELETE ON recovery_codes TO :"runtime_role";
-- Tiers: an admin changes a tier's numbers (its row) and replaces its money limits (rows deleted and
-- added), and puts a user on another tier (that column only); every transfer to another user adds to its
-- sender's totals for the UTC day and month (one row per user, currency and month; kept as history).
GRANT UPDATE (requests_per_minute, updated_at) ON tiers TO :"runtime_role";
GRANT INSERT, DELETE ON tier_limits TO :"runtime_role";
GRANT UPDATE (tier) ON users TO :"runtime_role";
GRANT INSERT, UPDATE (day, day_total_minor, month_total_minor) ON outgoing_totals TO :"runtime_role";
-- Rate-limit counters, shared between processes: counted up, reset, swept.
GRANT INSERT, UPDATE (hits, window_ends_at), DELETE ON rate_limits TO :"runtime_role";

-- The books check (scheduled in the API, and pnpm books:check) keeps each wallet's checkpoint and a
-- record of every check: checkpoints advance (INSERT ... ON CONFLICT DO UPDATE) and are dropped for the
-- wallets a full check found wrong; a check's record is only added.
GRANT INSERT, UPDATE (last_seq, balance_minor, last_hash, checked_at), DELETE ON ledger_check_wallets TO :"runtime_role";
GRANT INSERT ON ledger_checks TO :"runtime_role";

-- Webhooks: endpoints (deleted by marking, their secret erased or re-sealed by secrets:rotate; swept
-- 30 days later), events (swept), deliveries (attempts recorded, re-sends reopened).
GRANT INSERT, UPDATE (deleted_at, secret), DELETE ON webhook_endpoints TO :"runtime_role";
GRANT INSERT, DELETE ON webhook_events TO :"runtime_role";
GRANT INSERT, UPDATE (status, attempts, last_attempt_at, last_status_code, last_error, next_attempt_at,
                      delivered_at)
  ON webhook_deliveries TO :"runtime_role";

-- The job queue (pg-boss, schema pgboss, installed by the owner with its queues): its jobs are rows the
-- API adds, fetches, completes, retries and archives; no DDL (the owner creates queues and upgrades it).
GRANT USAGE ON SCHEMA pgboss TO :"runtime_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO :"runtime_role";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA pgboss TO :"runtime_role";

-- Operators: roles are granted and taken away by an admin (or `pnpm ops:grant`); the audit trail is only
-- appended to (its trigger refuses UPDATE and DELETE from anyone; the grant leaves them out as well).
GRANT INSERT, UPDATE (role, granted_by, granted_at), DELETE ON staff_roles TO :"runtime_role";
GRANT INSERT ON audit_events TO :"runtime_role";

-- Scheduled transfers: created, paused, resumed, cancelled, advanced after each occurrence; each
-- occurrence that ran is recorded once (append-only: its trigger refuses UPDATE and DELETE).
GRANT INSERT, UPDATE (status, next_occurrence, next_run_at, occurrences_run, updated_at) ON scheduled_transfers TO :"runtime_role";
GRANT INSERT ON scheduled_transfer_occurrences TO :"runtime_role";
-- Balance alerts: set, changed and cleared by the wallet's owner.
GRANT INSERT, UPDATE (below_minor, above_minor, updated_at), DELETE ON balance_alerts TO :"runtime_role";
