import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { compression } from 'vite-plugin-compression2';

// In dev the API runs on its own port; Vite forwards /api to it so the browser sees one origin,
// exactly as in production where the API serves the built dashboard. The port is the API's: from the
// environment, else the repository's .env (which the API reads too), else 3000.
const fromFile = loadEnv('development', path.join(import.meta.dirname, '..', '..'), ['API_URL', 'PORT']);
const setting = (name: string) => process.env[name] ?? fromFile[name];
const apiTarget = setting('API_URL') ?? `http://localhost:${setting('PORT') ?? 3000}`;

export default defineConfig({
  // Every text asset also as .br and .gz beside it (over 1 kB), so the API serves them compressed
  // without compressing on each request.
  plugins: [react(), tailwindcss(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  // strictPort: the API announces this address in dev (DASHBOARD_URL), so it must not move.
  server: { port: 5173, strictPort: true, proxy: { '/api': apiTarget } },
  build: { sourcemap: false, chunkSizeWarningLimit: 600 },
});
