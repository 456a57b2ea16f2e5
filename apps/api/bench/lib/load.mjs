// The HTTP load: POST /api/v1/wallets/transfer with wrk (2 threads, `connections` connections, `duration`
// seconds, --latency --timeout 30s) driven by a Lua script: a fresh Idempotency-Key on every request,
// an amount of "0.01".."0.99" (a string, as the API takes it), source and destination different; the
// source random among the wallets (uniform) or always the first (hot). autocannon when wrk is missing.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { run } from './proc.mjs';

const WRK = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find(existsSync);
export const TRANSFER_PATH = '/api/v1/wallets/transfer';

/** { tool, perSecond, requests, p50, p99, non2xx } for one load run. */
export function runLoad({ base, key, ids, workload, duration, connections, work }) {
  return WRK
    ? runWrk({ base, key, ids, workload, duration, connections, work })
    : runAutocannon({ base, key, ids, workload, duration, connections });
}

async function runWrk({ base, key, ids, workload, duration, connections, work }) {
  // Every run's keys start with a nonce of its own: wrk's Lua random numbers repeat from run to run.
  const nonce = randomUUID();
  const script = path.join(work, `wrk-${nonce}.lua`);
  await writeFile(
    script,
    `local ids = {${ids.map((id) => `"${id}"`).join(',')}}
local n = #ids
local threads = 0
local counter = 0
local prefix = ""
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  prefix = "${nonce}-" .. tid .. "-"
  math.randomseed(${Math.floor(Math.random() * 1e9)} + tid * 7919)
end
function request()
  counter = counter + 1
  local s = ${workload === 'hot' ? '1' : 'math.random(1, n)'}
  local d = math.random(1, n - 1)
  if d >= s then d = d + 1 end
  local body = '{"sourceWalletId":"' .. ids[s] .. '","destinationWalletId":"' .. ids[d] ..
    '","amount":"0.' .. string.format("%02d", math.random(1, 99)) .. '"}'
  return wrk.format("POST", "${TRANSFER_PATH}", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer ${key}",
    ["Idempotency-Key"] = prefix .. counter,
  }, body)
end
`,
  );
  const output = await run(WRK, [
    `-t${Math.min(2, connections)}`,
    `-c${connections}`,
    `-d${duration}s`,
    '--latency',
    // A loaded machine answers slowly, not wrongly: a late answer is not counted as a failed transfer.
    '--timeout',
    '30s',
    '-s',
    script,
    `${base}${TRANSFER_PATH}`,
  ]);
  const ms = (label) => {
    const match = new RegExp(`^\\s+${label}%\\s+([\\d.]+)(us|ms|s|m)\\b`, 'm').exec(output);
    if (!match) return Number.NaN;
    return Number(match[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2]];
  };
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    tool: 'wrk',
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0),
    requests: Number(/(\d+) requests in /.exec(output)?.[1] ?? 0),
    p50: ms(50),
    p99: ms(99),
    non2xx:
      Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0) +
      (sockets ? sockets.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  };
}

function runAutocannon({ base, key, ids, workload, duration, connections }) {
  const pick = () => {
    const source = workload === 'hot' ? 0 : Math.floor(Math.random() * ids.length);
    const destination = (source + 1 + Math.floor(Math.random() * (ids.length - 1))) % ids.length;
    return [ids[source], ids[destination]];
  };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections,
        duration,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: TRANSFER_PATH,
            setupRequest: (request) => {
              const [sourceWalletId, destinationWalletId] = pick();
              const cents = String(1 + Math.floor(Math.random() * 99)).padStart(2, '0');
              return {
                ...request,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${key}`,
                  'idempotency-key': randomUUID(),
                },
                body: JSON.stringify({ sourceWalletId, destinationWalletId, amount: `0.${cents}` }),
              };
            },
          },
        ],
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({
              tool: 'autocannon',
              perSecond: result.requests.average,
              requests: result.requests.total,
              p50: result.latency.p50,
              p99: result.latency.p99,
              non2xx: result.non2xx + result.errors,
            }),
    );
  });
}
