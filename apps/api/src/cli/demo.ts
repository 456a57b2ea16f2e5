/**
 * `pnpm demo`: a demo user with wallets in three currencies and three weeks of history (funding,
 * transfers both ways with another user, two declined attempts), on the product's database. Every
 * movement goes through the ledger's own rules and postings, dated in the past. Running it again
 * changes nothing. Refused when NODE_ENV=production.
 */
import { loadDotEnv } from '@wallet/postgres';
import { AuthRepository } from '../auth/auth.repository';
import { hashPassword } from '../auth/secrets';
import { loadConfig } from '../config/config';
import { dashboardElsewhere } from '../dashboard';
import { DatabaseAvailability } from '../database/availability';
import { PrismaService } from '../database/prisma.service';
import { DEMO_WALLETS, type DemoWallet, demoHistory } from '../demo/demo-history';
import { planFund, planTransfer } from '../transactions/posting/posting';
import { PostingRepository } from '../transactions/posting/posting.repository';
import { PostingService } from '../transactions/posting/posting.service';
import { withMigratedDatabase } from './cli-database';

export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PASSWORD = 'demo wallet password';
const SAM_EMAIL = 'sam.demo@example.com';

async function main(): Promise<number> {
  loadDotEnv();
  if (process.env.NODE_ENV === 'production') {
    console.error(
      'pnpm demo writes a demo user and made-up history: not on a production database (NODE_ENV=production).',
    );
    return 2;
  }
  // Migrations as the owner; the demo's writes as the runtime role, through the API's own code.
  return withMigratedDatabase(console.error, async (database) => {
    const config = { ...loadConfig({ ...process.env, LOG_LEVEL: 'silent' }), databaseUrl: database.url };
    const prisma = new PrismaService(config, new DatabaseAvailability());
    try {
      const created = await seed(prisma);
      // Where the server says the dashboard is: PORT as the server parses it (environment, then .env),
      // or DASHBOARD_URL when the dashboard is served elsewhere (pnpm dev: Vite's port).
      const dashboard = dashboardElsewhere() ?? `http://localhost:${config.port}`;
      const signIn = `Sign in at ${dashboard} as ${DEMO_EMAIL} with the password "${DEMO_PASSWORD}".`;
      console.log(
        created ? `The demo is ready. ${signIn}` : `The demo was already there; nothing changed. ${signIn}`,
      );
      return 0;
    } finally {
      await prisma.$disconnect();
    }
  });
}

/** Writes the demo in one transaction; false when the demo user already exists. */
async function seed(prisma: PrismaService): Promise<boolean> {
  const users = new AuthRepository();
  // No listeners: the demo's users are new, with no webhook endpoints to tell, and live events hear
  // of the rows from the database itself once the demo commits.
  const ledger = new PostingService(new PostingRepository(), []);
  const history = demoHistory(new Date());
  const [demoHash, samHash] = await Promise.all([
    hashPassword(DEMO_PASSWORD),
    // Sam only receives and sends money in the story; nobody signs in as Sam.
    hashPassword(crypto.randomUUID()),
  ]);
  return prisma.$transaction(
    async (tx) => {
      // One demo at a time: a second run waits here, then finds the demo user and stops.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('wallet demo'))`;
      const existing = await tx.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
      if (existing) return false;
      const demo = await users.createUser(tx, DEMO_EMAIL, demoHash);
      const sam = await users.createUser(tx, SAM_EMAIL, samHash);
      // Display names, so the demo's activity reads "From Sam", as people who chose one see it.
      await users.updateDisplayName(tx, demo.id, 'Demo');
      await users.updateDisplayName(tx, sam.id, 'Sam Rivera');
      const opened = history[0]?.at ?? new Date();
      const ids = {} as Record<DemoWallet, string>;
      for (const [key, wallet] of Object.entries(DEMO_WALLETS) as [
        DemoWallet,
        (typeof DEMO_WALLETS)[DemoWallet],
      ][]) {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO wallets (owner_id, name, currency, created_at)
          VALUES (${wallet.owner === 'demo' ? demo.id : sam.id}::uuid, ${wallet.name}, ${wallet.currency},
                  ${new Date(opened.getTime() - 60_000)}::timestamptz)
          RETURNING id`;
        ids[key] = rows[0]?.id ?? '';
      }
      for (const move of history) {
        if (move.kind === 'fund') {
          const { wallets } = await ledger.lock(tx, [ids[move.wallet]]);
          const [wallet] = wallets;
          if (!wallet) throw new Error(`the demo wallet ${move.wallet} is missing`);
          await ledger.write(tx, planFund(wallet, move.amountMinor, move.at), null);
        } else {
          const { wallets } = await ledger.lock(tx, [ids[move.from], ids[move.to]]);
          const source = wallets.find((w) => w.id === ids[move.from]);
          const destination = wallets.find((w) => w.id === ids[move.to]);
          if (!source || !destination) throw new Error('a demo wallet is missing');
          await ledger.write(tx, planTransfer(source, destination, move.amountMinor, move.at), null);
        }
      }
      return true;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`pnpm demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
