-- Test mode for webhooks: an endpoint is of one mode for good (live or test, from the mode of the caller
-- that made it), and receives only the events of wallets of its mode. Every endpoint made before test
-- mode was made by a live caller: they are live. The runtime role's INSERT on the table covers the column
-- (it is never updated).
ALTER TABLE "webhook_endpoints" ADD COLUMN "livemode" BOOLEAN NOT NULL DEFAULT true;
