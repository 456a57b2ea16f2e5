import type { ClientBase } from 'pg';

/**
 * The audit trail's hash chain, as a check recomputes it: its own copy of format 1 (migration
 * 20261207070000_operators), so replacing the database's trigger function does not change what is
 * expected. One line through the whole table in seq order: sha256 of the UTF-8 text of these fields, each
 * `<length in characters>:<text>` or `~` for NULL: 'wallet-audit-v1', the previous row's hash (hex), seq,
 * id, occurred_at (UTC, milliseconds), action, actor_id, actor_label, actor_role, subject_type, subject_id,
 * user_id, address, request_id, before and after (jsonb's text).
 */
export const AUDIT_HASH_VERSION = 1;

const field = (sql: string) => `COALESCE(length(${sql}) || ':' || ${sql}, '~')`;

/** Format 1 of audit row `a`, after the row whose hash is `previous`. */
export function auditHashSql(a: string, previous: string): string {
  const fields = [
    `'wallet-audit-v1'`,
    `encode(${previous}, 'hex')`,
    `${a}.seq::text`,
    `${a}.id::text`,
    `to_char(${a}.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    ...[
      'action',
      'actor_id',
      'actor_label',
      'actor_role',
      'subject_type',
      'subject_id',
      'user_id',
      'address',
      'request_id',
      'before',
      'after',
    ].map((column) => `${a}.${column}::text`),
  ];
  return `sha256(convert_to(${fields.map(field).join(' || ')}, 'UTF8'))`;
}

export interface AuditChainReport {
  rows: number;
  /** The first rows (up to `max`) whose hash is not that of their content and the row before them. */
  broken: { seq: string; id: string; action: string }[];
}

/**
 * Every audit row against its stored hash and its predecessor's, in one pass. An edited row fails itself;
 * a deleted or inserted row fails the row after it; a renumbered trail fails where the numbers change.
 */
export async function verifyAuditChain(client: ClientBase, max: number): Promise<AuditChainReport> {
  const result = await client.query<{ rows: string; broken: AuditChainReport['broken'] | null }>(
    `WITH chained AS (
       SELECT a.seq, a.id, a.action, a.hash_version, a.hash,
              ${auditHashSql('a', 'lag(a.hash) OVER (ORDER BY a.seq)')} AS expected
       FROM audit_events a
     ), bad AS (
       SELECT seq, id, action FROM chained
       WHERE hash_version <> ${AUDIT_HASH_VERSION} OR hash IS DISTINCT FROM expected
       ORDER BY seq LIMIT $1
     )
     SELECT (SELECT count(*) FROM audit_events)::text AS rows,
            (SELECT json_agg(json_build_object('seq', seq::text, 'id', id, 'action', action) ORDER BY seq) FROM bad) AS broken`,
    [max],
  );
  const row = result.rows[0];
  return { rows: Number(row?.rows ?? 0), broken: row?.broken ?? [] };
}
