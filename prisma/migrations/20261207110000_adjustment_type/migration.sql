-- A ledger type of its own for operators' adjustments (two-person: proposed by one staff member, approved
-- by another; the table and its rules are in the next migration, 20261207110001_adjustments).
--
-- Alone in its file on purpose: the migration runner (packages/postgres, migrate.ts) applies each file in
-- one transaction, and PostgreSQL refuses to USE an enum value added by ALTER TYPE ... ADD VALUE before
-- the transaction that added it commits ("unsafe use of new value"). The CHECK constraints and triggers
-- that name 'ADJUSTMENT' therefore come in the next file, once this one has committed.
ALTER TYPE "TransactionType" ADD VALUE 'ADJUSTMENT';
