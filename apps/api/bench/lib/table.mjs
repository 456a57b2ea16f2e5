// The printed results: one markdown table, a row per workload and rung, each compared with pgbench.
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

export const TABLE_HEADER =
  '| workload | rung | transfers/s | CPU ms/transfer | +CPU ms | p50 ms | p99 ms | transfers | non-2xx | peak RSS MB | pgbench tps | ratio to pgbench |';

/**
 * rows: { workload, rung, load: {perSecond, requests, p50, p99, non2xx, tool}, cpuMsPerTransfer, rssMb[], sql },
 * printed by workload, then rung; +CPU ms is over the row above of the same workload.
 */
export function printTable(rows) {
  console.log(TABLE_HEADER);
  console.log(`|${' --- |'.repeat(TABLE_HEADER.split('|').length - 2)}`);
  const workloads = [...new Set(rows.map((row) => row.workload))];
  const ordered = workloads.flatMap((workload) => rows.filter((row) => row.workload === workload));
  let previous;
  for (const row of ordered) {
    const { workload, rung, load, cpuMsPerTransfer, rssMb, sql } = row;
    const added =
      previous?.workload === workload ? fixed(cpuMsPerTransfer - previous.cpuMsPerTransfer, 2) : '';
    const ratio = sql && sql.perSecond > 0 ? fixed(load.perSecond / sql.perSecond, 2) : 'n/a';
    console.log(
      `| ${workload} | ${rung} | ${fixed(load.perSecond, 0)} | ${fixed(cpuMsPerTransfer, 2)} | ${added} | ` +
        `${fixed(load.p50, 1)} | ${fixed(load.p99, 1)} | ${load.requests} | ${load.non2xx} | ${rssMb.join(', ')} | ` +
        `${sql ? `${fixed(sql.perSecond, 0)}${sql.tool === 'pgbench' ? '' : ` (${sql.tool})`}` : 'skipped'} | ${ratio} |`,
    );
    previous = row;
  }
}
