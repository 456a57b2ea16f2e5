import type { Prisma, PrismaClient } from '../generated/prisma/client';

/** What a repository runs its queries on: the client, or the client of an open transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** The PostgreSQL SQLSTATE behind a Prisma or driver error, when there is one. */
export function sqlState(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const candidate of [record.code, record.originalCode]) {
      if (isSqlState(candidate)) return candidate;
    }
    const meta = record.meta as Record<string, unknown> | undefined;
    if (isSqlState(meta?.code)) return meta?.code as string;
    current = meta?.driverAdapterError ?? record.cause;
  }
  return undefined;
}

/** Five characters of SQLSTATE, but not one of Prisma's own P1000-P6999 codes. */
function isSqlState(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9A-Z]{5}$/.test(value) && !/^P[1-9]\d{3}$/.test(value);
}
