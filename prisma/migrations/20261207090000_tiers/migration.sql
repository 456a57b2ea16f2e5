-- Tiers: how many requests a minute a caller may make, and how much money a user may send out per UTC
-- day and month in each currency. An admin edits them (PUT /api/v1/ops/tiers/:name); every user has one
-- (users.tier, 'standard' unless an admin chose another). 'anonymous' is the tier of a caller without a
-- credential: only its requests per minute apply, and no user can be given it.
CREATE TABLE "tiers" (
    "name" VARCHAR(32) NOT NULL,
    "requests_per_minute" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "tiers_pkey" PRIMARY KEY ("name"),
    CONSTRAINT "tiers_name_format" CHECK ("name" ~ '^[a-z][a-z0-9_-]{0,31}$'),
    CONSTRAINT "tiers_requests_per_minute_range" CHECK ("requests_per_minute" BETWEEN 1 AND 1000000)
);

-- One row per tier and currency that has a limit; a currency without a row (or a period left NULL) is
-- not limited. A child table rather than a jsonb column: each amount is a typed BIGINT of minor units
-- the database bounds, and the check in the transfer's transaction reads exactly one row by its key.
CREATE TABLE "tier_limits" (
    "tier" VARCHAR(32) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "daily_minor" BIGINT,
    "monthly_minor" BIGINT,

    CONSTRAINT "tier_limits_pkey" PRIMARY KEY ("tier", "currency"),
    CONSTRAINT "tier_limits_tier_fkey" FOREIGN KEY ("tier") REFERENCES "tiers"("name") ON DELETE CASCADE,
    CONSTRAINT "tier_limits_currency_format" CHECK ("currency" ~ '^[A-Z]{3}$'),
    -- At most 15 significant digits, like every amount the API sends as a JSON number.
    CONSTRAINT "tier_limits_daily_range" CHECK ("daily_minor" BETWEEN 0 AND 999999999999999),
    CONSTRAINT "tier_limits_monthly_range" CHECK ("monthly_minor" BETWEEN 0 AND 999999999999999),
    CONSTRAINT "tier_limits_some_limit" CHECK ("daily_minor" IS NOT NULL OR "monthly_minor" IS NOT NULL)
);

INSERT INTO "tiers" ("name", "requests_per_minute") VALUES
    ('anonymous', 10),
    ('standard', 100),
    ('premium', 1000);

-- The defaults (docs/operations.md, "Tiers"): standard sends at most about 10,000 USD a day and 50,000 a
-- month (the same in EUR and GBP, and as much in NGN, JPY and KWD at a round rate); premium ten times.
INSERT INTO "tier_limits" ("tier", "currency", "daily_minor", "monthly_minor") VALUES
    ('standard', 'USD', 1000000, 5000000),
    ('standard', 'EUR', 1000000, 5000000),
    ('standard', 'GBP', 1000000, 5000000),
    ('standard', 'NGN', 1500000000, 7500000000),
    ('standard', 'JPY', 1500000, 7500000),
    ('standard', 'KWD', 3000000, 15000000),
    ('premium', 'USD', 10000000, 50000000),
    ('premium', 'EUR', 10000000, 50000000),
    ('premium', 'GBP', 10000000, 50000000),
    ('premium', 'NGN', 15000000000, 75000000000),
    ('premium', 'JPY', 15000000, 75000000),
    ('premium', 'KWD', 30000000, 150000000);

ALTER TABLE "users"
    ADD COLUMN "tier" VARCHAR(32) NOT NULL DEFAULT 'standard',
    ADD CONSTRAINT "users_tier_fkey" FOREIGN KEY ("tier") REFERENCES "tiers"("name") ON DELETE RESTRICT,
    ADD CONSTRAINT "users_tier_not_anonymous" CHECK ("tier" <> 'anonymous');

-- What each user has sent out per currency in one UTC month, and in the latest UTC day of it that they
-- sent anything: one row, updated by one guarded statement inside the transfer's transaction. Its row
-- lock is what makes the limit hold when transfers from several wallets of one user run at once, on any
-- number of processes: the second waits for the first to commit, then sees its total.
CREATE TABLE "outgoing_totals" (
    "user_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "month" DATE NOT NULL,
    "day" DATE NOT NULL,
    "day_total_minor" BIGINT NOT NULL,
    "month_total_minor" BIGINT NOT NULL,

    CONSTRAINT "outgoing_totals_pkey" PRIMARY KEY ("user_id", "currency", "month"),
    CONSTRAINT "outgoing_totals_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
    CONSTRAINT "outgoing_totals_month_start" CHECK ("month" = date_trunc('month', "month")::date),
    CONSTRAINT "outgoing_totals_day_in_month" CHECK (date_trunc('month', "day")::date = "month"),
    CONSTRAINT "outgoing_totals_day_total_range" CHECK ("day_total_minor" >= 0),
    CONSTRAINT "outgoing_totals_month_total_range" CHECK ("month_total_minor" >= "day_total_minor")
);
