/**
 * `pnpm ops:grant EMAIL ROLE`: gives the user with this email a staff role (support, finance or admin),
 * or takes it away (`user`). This is how the first admin is made; after that, admins grant roles in the
 * console (/ops). The user must have signed up and turned on two-factor sign-in (Settings) first. On
 * the product's database (DATABASE_URL, or the embedded one), as the runtime role, like the API; recorded
 * in the audit trail as done by this command, with the operating-system user who ran it. Exit code 0 when
 * done, 1 when the user does not exist or has no two-factor sign-in, 2 on bad arguments or when it could
 * not run.
 */
import { hostname, userInfo } from 'node:os';
import { loadDotEnv } from '@wallet/postgres';
import type pg from 'pg';
import { withRuntimeClient } from './cli-database';

const USAGE =
  'usage: pnpm ops:grant EMAIL ROLE   (ROLE: support, finance, admin, or user to take a role away)';
const ROLES = ['support', 'finance', 'admin', 'user'] as const;

function parse(argv: string[]): { email: string; role: (typeof ROLES)[number] } {
  const args = argv.filter((arg) => arg !== '--');
  if (args.includes('--help')) {
    console.error(USAGE);
    process.exit(0);
  }
  const [email, role] = args;
  if (args.length !== 2 || !email || !role || !(ROLES as readonly string[]).includes(role)) {
    console.error(USAGE);
    process.exit(2);
  }
  return { email: email.trim().toLowerCase(), role: role as (typeof ROLES)[number] };
}

function who(): string {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry for this uid (a container): the uid alone says little, the command still ran.
  }
  return `pnpm ops:grant (${name}@${hostname()})`;
}

async function grant(client: pg.Client, email: string, role: (typeof ROLES)[number]): Promise<number> {
  let before: string;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(7340003, 2)');
    const user = await client.query<{ id: string; role: string | null; two_factor: boolean }>(
      `SELECT u.id, r.role, (f.enabled_at IS NOT NULL) AS two_factor FROM users u
       LEFT JOIN staff_roles r ON r.user_id = u.id LEFT JOIN two_factor_credentials f ON f.user_id = u.id
       WHERE u.email = $1`,
      [email],
    );
    const row = user.rows[0];
    if (!row) {
      await client.query('ROLLBACK');
      console.error(
        `ops:grant: no user has the email ${email}. Sign up in the dashboard first, then run this again.`,
      );
      return 1;
    }
    before = row.role ?? 'user';
    if (role !== 'user' && !row.two_factor) {
      await client.query('ROLLBACK');
      console.error(
        `ops:grant: ${email} has not turned on two-factor sign-in. Staff sign in with it: sign in as them, turn it on in Settings, then run this again.`,
      );
      return 1;
    }
    if (before === role) {
      await client.query('ROLLBACK');
      console.log(`ops:grant: ${email} is already ${role === 'user' ? 'not staff' : role}; nothing changed.`);
      return 0;
    }
    if (role === 'user') {
      await client.query('DELETE FROM staff_roles WHERE user_id = $1', [row.id]);
    } else {
      await client.query(
        `INSERT INTO staff_roles (user_id, role, granted_by) VALUES ($1, $2, NULL)
         ON CONFLICT (user_id) DO UPDATE SET role = EXCLUDED.role, granted_by = NULL, granted_at = clock_timestamp()`,
        [row.id, role],
      );
    }
    await client.query(
      `INSERT INTO audit_events (action, actor_label, subject_type, subject_id, user_id, before, after, hash_version, hash)
       VALUES ($1, $2, 'user', $3, $4, $5, $6, 0, '\\x')`,
      [
        role === 'user' ? 'role.revoked' : 'role.granted',
        who(),
        row.id,
        row.id,
        JSON.stringify({ role: before }),
        JSON.stringify({ role }),
      ],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  if (role === 'user') console.log(`ops:grant: ${email} is no longer staff (was ${before}).`);
  else {
    console.log(
      `ops:grant: ${email} is now ${role}; the console is at /ops (sign in with the two-factor code).`,
    );
  }
  return 0;
}

async function main(): Promise<number> {
  const { email, role } = parse(process.argv.slice(2));
  loadDotEnv();
  return withRuntimeClient(
    (line) => console.error(line),
    (client) => grant(client, email, role),
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ops:grant could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
