-- API versions, key expiry and rotation (docs/api.md "Versions", "Key expiry and rotation").
--
-- api_version: the dated API version a key is pinned to (apps/api/src/versions/versions.ts). Every key
-- made before versions existed is pinned to the first, 2026-11-26: the answers it has always had. The
-- column has no default afterwards, so a key is always pinned on purpose, to the version current when
-- it is made.
ALTER TABLE "api_keys" ADD COLUMN "api_version" TEXT NOT NULL DEFAULT '2026-11-26';
ALTER TABLE "api_keys" ALTER COLUMN "api_version" DROP DEFAULT;
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_api_version_format"
  CHECK ("api_version" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');

-- expires_at: when the key stops working by itself (NULL: never). Set when it is made, or by a
-- rotation (now + the overlap).
ALTER TABLE "api_keys" ADD COLUMN "expires_at" TIMESTAMPTZ(3);

-- rotated_to: the key that replaced this one; a key is rotated at most once.
ALTER TABLE "api_keys" ADD COLUMN "rotated_to" UUID;
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_rotated_to_fkey"
  FOREIGN KEY ("rotated_to") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE UNIQUE INDEX "api_keys_rotated_to_key" ON "api_keys"("rotated_to");
