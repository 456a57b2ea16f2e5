import { type FormEvent, useRef, useState } from 'react';
import type { WalletActionProps } from '../../../app/wallet-sections';
import { AmountField } from '../../../components/amount-field';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useAmountField } from '../../../hooks/use-amount-field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { type CreatePaymentRequestVariables, useCreatePaymentRequest } from '../api/create-payment-request';
import type { PaymentRequest } from '../api/get-payment-request';
import { RequestShare } from './request-share';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXPIRIES = [
  { value: '', label: 'Never' },
  { value: '1', label: 'In 1 day' },
  { value: '7', label: 'In 7 days' },
  { value: '30', label: 'In 30 days' },
] as const;
const DAY_MS = 86_400_000;

type RequestBody = Omit<CreatePaymentRequestVariables, 'idempotencyKey'>;

/**
 * The wallet page's Request action: an amount, a memo, an optional expiry and, optionally, the wallet to
 * ask (by its id). Once made, the link and its QR code to share.
 */
export function RequestMoneyForm({ wallet, onClose }: Pick<WalletActionProps, 'wallet' | 'onClose'>) {
  const amount = useAmountField(wallet.currency);
  const [memo, setMemo] = useState('');
  const [expiry, setExpiry] = useState('');
  const [payer, setPayer] = useState('');
  const [payerError, setPayerError] = useState<string | undefined>();
  const [made, setMade] = useState<PaymentRequest | null>(null);
  const create = useCreatePaymentRequest();
  const { keyFor, settleOn } = useIdempotentAction();
  const sent = useRef<{ fingerprint: string; body: RequestBody } | null>(null);

  if (made) return <RequestShare request={made} onDone={onClose} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = amount.validate();
    const payerWalletId = payer.trim().toLowerCase();
    const payerOk = payerWalletId === '' || UUID.test(payerWalletId);
    setPayerError(payerOk ? undefined : 'A wallet ID looks like 3f0c9c5e-8a54-4c36-9a3f-6d2f4b8a1c10');
    if (!valid || !payerOk) return;
    const action = {
      walletId: wallet.id,
      amount: valid.amount,
      ...(memo.trim() ? { description: memo.trim() } : {}),
      ...(payerWalletId ? { payerWalletId } : {}),
    };
    // The expiry is a moment: worked out once per request, and kept while a retry may resend it under
    // the same Idempotency-Key (another moment would make it another request).
    const fingerprint = JSON.stringify({ ...action, expiry });
    if (sent.current?.fingerprint !== fingerprint) {
      const expiresAt = expiry ? new Date(Date.now() + Number(expiry) * DAY_MS).toISOString() : undefined;
      sent.current = { fingerprint, body: { ...action, ...(expiresAt ? { expiresAt } : {}) } };
    }
    const { body } = sent.current;
    const done = () => {
      sent.current = null;
    };
    create.mutate(
      { ...body, idempotencyKey: keyFor(body) },
      settleOn<PaymentRequest>({
        success: (request) => {
          done();
          setMade(request);
        },
        finalError: (error) => {
          done();
          const field = error.fieldErrors[0]?.field;
          if (field === 'amount') amount.setError(error.detail);
          if (
            field === 'payerWalletId' ||
            error.code === 'WALLET_NOT_FOUND' ||
            error.code === 'SAME_WALLET_TRANSFER'
          )
            setPayerError(error.detail);
        },
      }),
    );
  }

  return (
    <form className="grid gap-3" onSubmit={submit} noValidate>
      <AmountField label={`Amount (${wallet.currency})`} amount={amount} />
      <TextField
        label="What it is for (optional)"
        value={memo}
        maxLength={140}
        onChange={(e) => setMemo(e.target.value)}
        hint="The payer sees it, and it is on both sides of the payment."
      />
      <SelectField label="Expires" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
        {EXPIRIES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Ask a wallet (optional)"
        value={payer}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setPayer(e.target.value);
          setPayerError(undefined);
        }}
        error={payerError}
        hint="Its wallet ID: its owner sees the request at once. Leave empty for a link anyone can pay."
      />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Making the request…' : 'Make request'}
      </Button>
    </form>
  );
}
