import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1: records every request; `answer` decides each status (or silence). */
export interface Receiver {
  url: string;
  received: Received[];
  /** The status for the n-th request (0-based), or 'hang' to never answer. */
  answer: (n: number) => number | 'hang';
  /** Resolves once `count` requests have arrived (polls; the test's timeout bounds it). */
  waitFor(count: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hooks'): Promise<Receiver> {
  const received: Received[] = [];
  const receiver = { received, answer: (_n: number) => 200 as number | 'hang' } as Receiver;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const n = received.length;
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = receiver.answer(n);
      if (status === 'hang') return;
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(`receiver says ${status}: SECRET-RESPONSE-BODY`);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}${path}`;
  receiver.waitFor = async (count) => {
    while (received.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
    return received;
  };
  receiver.close = async () => {
    server.closeAllConnections();
    server.close();
  };
  return receiver;
}
