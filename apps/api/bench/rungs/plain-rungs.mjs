// Rungs a and b: the transfer statement behind node:http, then behind Express, on a pg.Pool.
import http from 'node:http';
import express from 'express';
import { TRANSFER_SQL, transferAnswer, transferParams } from './transfer-sql.mjs';

/** (a) node:http + pg: the body read and parsed by hand, one statement per transfer (autocommit). */
export function plainHttp(pool, scope) {
  return http.createServer((request, response) => {
    const answer = (status, body) => {
      const text = JSON.stringify(body);
      response.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      response.end(text);
    };
    if (request.method !== 'POST' || request.url !== '/api/v1/wallets/transfer') return answer(404, {});
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, { code: 'VALIDATION_FAILED' });
      }
      const params = transferParams(body, request.headers['idempotency-key'], scope);
      if (!params) return answer(400, { code: 'VALIDATION_FAILED' });
      try {
        const { rows } = await pool.query(TRANSFER_SQL, params);
        const { status, body: result } = transferAnswer(rows[0]);
        answer(status, result);
      } catch (error) {
        console.error(error);
        answer(500, { code: 'INTERNAL' });
      }
    });
  });
}

/** (b) + Express: express.json() parses the body, one route. */
export function expressApp(pool, scope) {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());
  app.post('/api/v1/wallets/transfer', async (request, response, next) => {
    const params = transferParams(request.body, request.get('idempotency-key'), scope);
    if (!params) return response.status(400).json({ code: 'VALIDATION_FAILED' });
    try {
      const { rows } = await pool.query(TRANSFER_SQL, params);
      const { status, body } = transferAnswer(rows[0]);
      response.status(status).json(body);
    } catch (error) {
      next(error);
    }
  });
  return http.createServer(app);
}
