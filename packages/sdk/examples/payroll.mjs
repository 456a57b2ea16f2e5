// Runs a payroll with the SDK: a company wallet pays three salaries in one batch, all or nothing, then
// a second run that the wallet cannot cover is refused whole (nobody paid) and names the salary at fault.
//   WALLET_API_URL=http://localhost:3000 WALLET_API_KEY=wk_... node packages/sdk/examples/payroll.mjs
// The key needs the wallets:read, wallets:write and transfers:write scopes (Settings > API keys).
import { createWalletClient, WalletApiError } from '@wallet/sdk';

const baseUrl = process.env.WALLET_API_URL ?? 'http://localhost:3000';
const apiKey = process.env.WALLET_API_KEY;
if (!apiKey) {
  console.error('Set WALLET_API_KEY to an API key (and WALLET_API_URL if the API is not on localhost:3000).');
  process.exit(2);
}

const wallet = createWalletClient({ baseUrl, apiKey });
const salaries = [
  { name: 'Ada', amount: '2500.00' },
  { name: 'Grace', amount: '1800.00' },
  { name: 'Edsger', amount: '1200.50' },
];

try {
  const { data: company } = await wallet.POST('/api/v1/wallets', {
    body: { currency: 'USD', name: 'Payroll' },
  });
  await wallet.POST('/api/v1/wallets/{id}/fund', {
    params: { path: { id: company.id } },
    body: { amount: '9000.00', description: 'Payroll top-up' },
  });
  const staff = [];
  for (const { name } of salaries) {
    const { data } = await wallet.POST('/api/v1/wallets', { body: { currency: 'USD', name } });
    staff.push(data.id);
  }
  const run = (month) => ({
    mode: 'atomic',
    transfers: salaries.map(({ name, amount }, i) => ({
      sourceWalletId: company.id,
      destinationWalletId: staff[i],
      amount,
      description: `Salary ${month}`,
      reference: `payroll-${month}:${name.toLowerCase()}`,
    })),
  });

  // One Idempotency-Key for the whole batch (the client makes it and keeps it across its retries): a
  // retried payroll is a replay of the first answer, never a second payment.
  const { data: paid } = await wallet.POST('/api/v1/transfers/batch', { body: run('2026-12') });
  for (const result of paid.results) {
    console.log(`${salaries[result.index].name}: ${result.status}`);
  }

  // 9000.00 - 5500.50 = 3499.50 left: Ada's next salary fits, Grace's does not, so nobody is paid.
  let refusedAt = null;
  try {
    await wallet.POST('/api/v1/transfers/batch', { body: run('2027-01') });
  } catch (error) {
    if (!(error instanceof WalletApiError) || error.code !== 'BATCH_TRANSFER_FAILED') throw error;
    refusedAt = error.problem?.index ?? null;
    console.log(`next run refused, nothing paid: ${error.detail}`);
  }
  const { data: after } = await wallet.GET('/api/v1/wallets/{id}', { params: { path: { id: company.id } } });
  console.log(`payroll wallet balance ${after.balance} USD`);
  console.log(
    JSON.stringify({
      company: company.id,
      staff,
      statuses: paid.results.map((r) => r.status),
      refusedAt,
      companyBalance: after.balance,
    }),
  );
} catch (error) {
  if (error instanceof WalletApiError) {
    console.error(`${error.status} ${error.code}: ${error.detail} (request ${error.requestId})`);
    process.exit(1);
  }
  throw error;
}
