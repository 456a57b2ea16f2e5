-- The request log (apps/api/src/request-logs): one row per API request made with an API key, written in
-- batches off the request's path, listed at GET /api/v1/request-logs and on the dashboard's API keys
-- page, deleted after 30 days. Facts only: never a body, a header or a secret. `route` is the matched
-- route's pattern (/api/v1/wallets/:id), so no id is stored and a route can be filtered on.
CREATE TABLE "api_request_logs" (
    "id"              BIGSERIAL      NOT NULL,
    "user_id"         UUID           NOT NULL,
    "api_key_id"      UUID           NOT NULL,
    "at"              TIMESTAMPTZ(3) NOT NULL,
    "method"          VARCHAR(10)    NOT NULL,
    "route"           VARCHAR(200)   NOT NULL,
    "status"          SMALLINT       NOT NULL,
    "duration_ms"     INTEGER        NOT NULL,
    "request_id"      VARCHAR(128)   NOT NULL,
    "idempotency_key" VARCHAR(255),
    "problem_code"    VARCHAR(64),
    CONSTRAINT "api_request_logs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "api_request_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
    CONSTRAINT "api_request_logs_api_key_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE,
    CONSTRAINT "api_request_logs_status_http" CHECK ("status" BETWEEN 100 AND 599),
    CONSTRAINT "api_request_logs_duration_not_negative" CHECK ("duration_ms" >= 0)
);

-- A user's log and one key's log, newest first (the id is the order rows were written: the page cursor).
CREATE INDEX "api_request_logs_user_id_id_idx" ON "api_request_logs" ("user_id", "id" DESC);
CREATE INDEX "api_request_logs_api_key_id_id_idx" ON "api_request_logs" ("api_key_id", "id" DESC);
-- The same, filtered (GET /api/v1/request-logs?route=&status=): an equality on the route or an exact status
-- reads only the matching rows, already newest first, instead of all of a user's or key's 30 days. A
-- status class (4xx) reads the rows of that class and sorts them.
CREATE INDEX "api_request_logs_user_id_route_id_idx" ON "api_request_logs" ("user_id", "route", "id" DESC);
CREATE INDEX "api_request_logs_api_key_id_route_id_idx" ON "api_request_logs" ("api_key_id", "route", "id" DESC);
CREATE INDEX "api_request_logs_user_id_status_id_idx" ON "api_request_logs" ("user_id", "status", "id" DESC);
CREATE INDEX "api_request_logs_api_key_id_status_id_idx" ON "api_request_logs" ("api_key_id", "status", "id" DESC);
-- The retention sweep: the oldest rows first.
CREATE INDEX "api_request_logs_at_idx" ON "api_request_logs" ("at");
