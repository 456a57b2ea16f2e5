-- Scheduled and recurring transfers (apps/api/src/scheduled-transfers): a transfer set up now to run
-- at `start_at`, once or every week or month until a date or a count. Each occurrence runs as a job of
-- the durable queue (pg-boss) and is recorded once in scheduled_transfer_occurrences.

CREATE TABLE "scheduled_transfers" (
    "id"                    UUID           NOT NULL,
    "seq"                   BIGSERIAL      NOT NULL,
    "owner_id"              UUID           NOT NULL,
    "source_wallet_id"      UUID           NOT NULL,
    "destination_wallet_id" UUID           NOT NULL,
    "amount_minor"          BIGINT         NOT NULL,
    "currency"              CHAR(3)        NOT NULL,
    "description"           VARCHAR(140),
    "reference"             VARCHAR(64),
    "start_at"              TIMESTAMPTZ(3) NOT NULL,
    -- NULL: once. WEEK or MONTH: every week, every month on start_at's day (the last day of a shorter month).
    "repeat_every"          VARCHAR(5),
    "repeat_until"          TIMESTAMPTZ(3),
    "repeat_count"          INTEGER,
    "status"                VARCHAR(9)     NOT NULL DEFAULT 'ACTIVE',
    -- The occurrence to run next (1-based) and when it is due; next_run_at is NULL once it ended.
    "next_occurrence"       INTEGER        NOT NULL DEFAULT 1,
    "next_run_at"           TIMESTAMPTZ(3),
    "occurrences_run"       INTEGER        NOT NULL DEFAULT 0,
    "created_at"            TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    "updated_at"            TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "scheduled_transfers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "scheduled_transfers_seq_key" UNIQUE ("seq"),
    CONSTRAINT "scheduled_transfers_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT,
    CONSTRAINT "scheduled_transfers_source_wallet_id_fkey" FOREIGN KEY ("source_wallet_id") REFERENCES "wallets"("id") ON DELETE RESTRICT,
    CONSTRAINT "scheduled_transfers_destination_wallet_id_fkey" FOREIGN KEY ("destination_wallet_id") REFERENCES "wallets"("id") ON DELETE RESTRICT,
    CONSTRAINT "scheduled_transfers_amount_positive" CHECK ("amount_minor" > 0),
    CONSTRAINT "scheduled_transfers_two_wallets" CHECK ("source_wallet_id" <> "destination_wallet_id"),
    CONSTRAINT "scheduled_transfers_status_known" CHECK ("status" IN ('ACTIVE', 'PAUSED', 'CANCELLED', 'COMPLETED')),
    CONSTRAINT "scheduled_transfers_repeat_known" CHECK (
        ("repeat_every" IS NULL AND "repeat_until" IS NULL AND "repeat_count" IS NULL)
        OR ("repeat_every" IN ('WEEK', 'MONTH') AND ("repeat_count" IS NULL OR "repeat_count" BETWEEN 1 AND 1000))),
    CONSTRAINT "scheduled_transfers_next_run" CHECK (("next_run_at" IS NULL) = ("status" IN ('CANCELLED', 'COMPLETED'))),
    CONSTRAINT "scheduled_transfers_counts" CHECK ("next_occurrence" >= 1 AND "occurrences_run" >= 0)
);

CREATE INDEX "scheduled_transfers_owner_id_seq_idx" ON "scheduled_transfers" ("owner_id", "seq" DESC);
CREATE INDEX "scheduled_transfers_source_wallet_id_seq_idx" ON "scheduled_transfers" ("source_wallet_id", "seq" DESC);

-- One row per occurrence that ran: its primary key is what makes an occurrence run once (written in the
-- same transaction as its transfer, under the schedule's row lock). The link between a schedule and the
-- ledger lives here, not on the ledger's rows: the ledger's format (and its hash chain) is unchanged.
-- transaction_id: the TRANSFER_OUT leg (SUCCEEDED) or the FAILED row (DECLINED); transfer_id: the
-- transfer's id shared by both legs (SUCCEEDED), or the held transfer's id (PENDING_REVIEW).
CREATE TABLE "scheduled_transfer_occurrences" (
    "scheduled_transfer_id" UUID           NOT NULL,
    "occurrence"            INTEGER        NOT NULL,
    "due_at"                TIMESTAMPTZ(3) NOT NULL,
    "status"                VARCHAR(14)    NOT NULL,
    "transaction_id"        UUID,
    "transfer_id"           UUID,
    "failure_code"          VARCHAR(64),
    "ran_at"                TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "scheduled_transfer_occurrences_pkey" PRIMARY KEY ("scheduled_transfer_id", "occurrence"),
    CONSTRAINT "scheduled_transfer_occurrences_schedule_fkey" FOREIGN KEY ("scheduled_transfer_id") REFERENCES "scheduled_transfers"("id") ON DELETE RESTRICT,
    CONSTRAINT "scheduled_transfer_occurrences_transaction_fkey" FOREIGN KEY ("transaction_id") REFERENCES "transactions"("id") ON DELETE RESTRICT,
    CONSTRAINT "scheduled_transfer_occurrences_transaction_key" UNIQUE ("transaction_id"),
    CONSTRAINT "scheduled_transfer_occurrences_transfer_key" UNIQUE ("transfer_id"),
    CONSTRAINT "scheduled_transfer_occurrences_status_known" CHECK ("status" IN ('SUCCEEDED', 'DECLINED', 'PENDING_REVIEW')),
    CONSTRAINT "scheduled_transfer_occurrences_declined_coded" CHECK (("status" = 'DECLINED') = ("failure_code" IS NOT NULL))
);

-- The record of what ran is append-only.
CREATE FUNCTION "scheduled_transfer_occurrences_refuse_change"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'scheduled_transfer_occurrences is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "scheduled_transfer_occurrences_refuse_change"
    BEFORE UPDATE OR DELETE ON "scheduled_transfer_occurrences"
    FOR EACH ROW EXECUTE FUNCTION "scheduled_transfer_occurrences_refuse_change"();
