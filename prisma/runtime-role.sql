-- Creates the runtime role the API connects as, on a PostgreSQL you run or rent (RDS, Cloud SQL, Neon,
-- Supabase, Debian's package...). Run it once, as the role that owns (or will own) the wallet database's
-- schema, or as an administrator; that role needs CREATEROLE (managed services give it to their admin
-- role). psql reads the password from a variable, so it is not in the file or the shell's history:
--
--   psql "$DATABASE_OWNER_URL" -v runtime_password="$(openssl rand -base64 24)" -f prisma/runtime-role.sql
--
-- (keep that password: it goes into DATABASE_URL). Then:
--   DATABASE_OWNER_URL = postgresql://<owner>:<owner password>@<direct host>/<database>   (migrations)
--   DATABASE_URL       = postgresql://wallet_runtime:<that password>@<host>/<database>      (the API)
-- and run `pnpm db:migrate:deploy`: it migrates as the owner, then applies prisma/runtime-grants.sql,
-- which holds every right the role has (docs/operations.md, "Database roles").
--
-- The role owns nothing, so it can never alter, drop or truncate a table, nor disable a trigger; it is
-- no superuser, cannot create databases, roles or schemas, and cannot bypass row security.

\set ON_ERROR_STOP on

CREATE ROLE wallet_runtime LOGIN PASSWORD :'runtime_password'
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT;

-- Reaching this database, and the temporary table the books check builds in its own session.
SELECT current_database() AS wallet_database \gset
GRANT CONNECT, TEMPORARY ON DATABASE :"wallet_database" TO wallet_runtime;

-- PostgreSQL 14 and older let every role create objects in the public schema (15 and newer do not):
-- take that from everyone, so the runtime role cannot add a table or a function beside the ledger.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Statement and lock timeouts as the role's own defaults, for connections through a transaction pooler
-- that refuses startup options (DB_STARTUP_OPTIONS=off); the values are the API's defaults.
ALTER ROLE wallet_runtime SET statement_timeout = '10s';
ALTER ROLE wallet_runtime SET lock_timeout = '5s';
