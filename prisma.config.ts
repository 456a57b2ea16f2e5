import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Read process.env directly (not env()) so `prisma generate` works without a database.
export default defineConfig({
  schema: path.join(__dirname, 'prisma', 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
