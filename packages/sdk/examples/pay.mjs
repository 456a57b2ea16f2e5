// Pays with the SDK: two wallets, funds one, moves money to the other, prints both balances.
//   WALLET_API_URL=http://localhost:3000 WALLET_API_KEY=wk_... pnpm --filter @wallet/sdk example
// The key needs the wallets:read, wallets:write and transfers:write scopes (Settings > API keys).
import { createWalletClient, WalletApiError } from '@wallet/sdk';

const baseUrl = process.env.WALLET_API_URL ?? 'http://localhost:3000';
const apiKey = process.env.WALLET_API_KEY;
if (!apiKey) {
  console.error('Set WALLET_API_KEY to an API key (and WALLET_API_URL if the API is not on localhost:3000).');
  process.exit(2);
}

const wallet = createWalletClient({ baseUrl, apiKey });

try {
  // Each POST gets its own Idempotency-Key, kept across the client's retries: a retried transfer is a
  // replay, never a second payment.
  const { data: payer } = await wallet.POST('/api/v1/wallets', { body: { currency: 'USD', name: 'Payer' } });
  const { data: payee } = await wallet.POST('/api/v1/wallets', { body: { currency: 'USD', name: 'Payee' } });
  await wallet.POST('/api/v1/wallets/{id}/fund', {
    params: { path: { id: payer.id } },
    body: { amount: '100.00', description: 'Top-up' },
  });
  const { data: paid } = await wallet.POST('/api/v1/wallets/transfer', {
    body: {
      sourceWalletId: payer.id,
      destinationWalletId: payee.id,
      amount: '25.50',
      description: 'Invoice 1042',
      reference: 'inv-1042',
    },
  });
  const { data: after } = await wallet.GET('/api/v1/wallets/{id}', { params: { path: { id: payee.id } } });
  console.log(`paid 25.50 USD from ${payer.id} to ${payee.id}`);
  console.log(`payer balance ${paid.sourceWallet.balance} USD, payee balance ${after.balance} USD`);
  console.log(
    JSON.stringify({
      payer: payer.id,
      payee: payee.id,
      payerBalance: paid.sourceWallet.balance,
      payeeBalance: after.balance,
    }),
  );
} catch (error) {
  if (error instanceof WalletApiError) {
    console.error(`${error.status} ${error.code}: ${error.detail} (request ${error.requestId})`);
    process.exit(1);
  }
  throw error;
}
