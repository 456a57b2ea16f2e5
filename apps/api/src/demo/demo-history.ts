/**
 * The demo's few weeks of history, as a plain list: who moves what, when. Deterministic (a seeded
 * generator), so every fresh database gets the same story; the amounts are in minor units.
 */
export type DemoWallet = 'everyday' | 'savings' | 'travel' | 'japan' | 'sam' | 'samEuro';

export const DEMO_WALLETS: Record<DemoWallet, { owner: 'demo' | 'sam'; name: string; currency: string }> = {
  everyday: { owner: 'demo', name: 'Everyday', currency: 'USD' },
  savings: { owner: 'demo', name: 'Savings', currency: 'USD' },
  travel: { owner: 'demo', name: 'Travel', currency: 'EUR' },
  japan: { owner: 'demo', name: 'Japan trip', currency: 'JPY' },
  sam: { owner: 'sam', name: 'Sam', currency: 'USD' },
  samEuro: { owner: 'sam', name: 'Sam in Lisbon', currency: 'EUR' },
};

export type DemoMove =
  | { at: Date; kind: 'fund'; wallet: DemoWallet; amountMinor: bigint }
  | { at: Date; kind: 'transfer'; from: DemoWallet; to: DemoWallet; amountMinor: bigint };

/** A small linear congruential generator: the same seed, the same history. */
function seeded(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0;
  return (min, max) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return min + (state % (max - min + 1));
  };
}

const DAY_MS = 24 * 3600 * 1000;

/** `days` days of history ending the day before `today`, starting with the opening deposits. */
export function demoHistory(today: Date, days = 21): DemoMove[] {
  const random = seeded(20261126);
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - days * DAY_MS;
  const at = (day: number, hour: number, minute = random(0, 59)) =>
    new Date(start + day * DAY_MS + (hour * 60 + minute) * 60_000);
  const moves: DemoMove[] = [
    { at: at(0, 9, 2), kind: 'fund', wallet: 'everyday', amountMinor: 2_450_00n },
    { at: at(0, 9, 5), kind: 'fund', wallet: 'savings', amountMinor: 5_000_00n },
    { at: at(0, 9, 8), kind: 'fund', wallet: 'travel', amountMinor: 600_00n },
    { at: at(0, 9, 11), kind: 'fund', wallet: 'japan', amountMinor: 80_000n },
    { at: at(0, 10, 0), kind: 'fund', wallet: 'sam', amountMinor: 1_200_00n },
    { at: at(0, 10, 3), kind: 'fund', wallet: 'samEuro', amountMinor: 300_00n },
  ];
  for (let day = 1; day < days; day += 1) {
    // Pay day on Fridays (every seventh day from the start), and a part of it put away.
    if (day % 7 === 0) {
      moves.push({ at: at(day, 8), kind: 'fund', wallet: 'everyday', amountMinor: 1_850_00n });
      moves.push({
        at: at(day, 12),
        kind: 'transfer',
        from: 'everyday',
        to: 'savings',
        amountMinor: 300_00n,
      });
    }
    // Splitting dinners and coffees with Sam, both ways.
    if (random(0, 2) === 0) {
      const amount = BigInt(random(8, 60) * 100 + random(0, 99));
      moves.push({ at: at(day, 20), kind: 'transfer', from: 'everyday', to: 'sam', amountMinor: amount });
    }
    if (random(0, 4) === 0) {
      const amount = BigInt(random(5, 40) * 100 + random(0, 99));
      moves.push({ at: at(day, 21), kind: 'transfer', from: 'sam', to: 'everyday', amountMinor: amount });
    }
    // Saving up for the trip, in euros and yen.
    if (day % 5 === 2) {
      moves.push({
        at: at(day, 18),
        kind: 'fund',
        wallet: 'travel',
        amountMinor: BigInt(random(50, 150) * 100),
      });
    }
    if (day % 6 === 3) {
      moves.push({
        at: at(day, 19),
        kind: 'fund',
        wallet: 'japan',
        amountMinor: BigInt(random(5, 20) * 1000),
      });
    }
    if (day % 9 === 4) {
      moves.push({ at: at(day, 13), kind: 'transfer', from: 'travel', to: 'samEuro', amountMinor: 45_50n });
    }
  }
  // Two attempts the ledger declines, so the history shows what that looks like: more than Savings
  // holds, and dollars to a euro wallet.
  moves.push({
    at: at(days - 2, 11, 15),
    kind: 'transfer',
    from: 'savings',
    to: 'everyday',
    amountMinor: 99_000_00n,
  });
  moves.push({
    at: at(days - 1, 16, 40),
    kind: 'transfer',
    from: 'everyday',
    to: 'travel',
    amountMinor: 20_00n,
  });
  return moves.sort((a, b) => a.at.getTime() - b.at.getTime());
}
