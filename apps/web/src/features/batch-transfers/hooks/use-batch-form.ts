import type { Wallet } from '@wallet/contract';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useIdempotentAction } from '../../../lib/idempotency';
import { type BatchMode, type BatchTransferItem, useSendBatch } from '../api/send-batch';
import { type BatchLine, parseBatchLines } from '../utils/parse-lines';

/** What the server refused before moving anything: the line at fault when it named one. */
export interface Refusal {
  line: BatchLine | undefined;
  detail: string;
}

export interface SentBatch {
  lines: BatchLine[];
  results: BatchTransferItem[];
}

/**
 * The "Send to many" form's state: the typed lines, parsed as they are typed; the mode; one
 * Idempotency-Key per submitted batch, kept until the server's final answer (a retry of the same lines
 * reuses it, so nothing is sent twice); and the outcome (results per line, or what refused it whole).
 */
export function useBatchForm(source: Wallet, wallets: Wallet[]) {
  const send = useSendBatch();
  const idempotency = useIdempotentAction();
  const [text, setText] = useState('');
  const [mode, setMode] = useState<BatchMode>('atomic');
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [unsure, setUnsure] = useState(false);
  const [sent, setSent] = useState<SentBatch | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const parsed = useMemo(() => parseBatchLines(text, source, wallets), [text, source, wallets]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setRefusal(null);
    if (!parsed.ready) {
      field.current?.focus();
      return;
    }
    const lines = parsed.lines;
    const transfers = lines.map((line) => ({
      sourceWalletId: source.id,
      destinationWalletId: line.walletId,
      amount: line.amount ?? '',
      ...(line.description ? { description: line.description } : {}),
    }));
    const action = { kind: 'batch', mode, transfers };
    setUnsure(false);
    const settled = idempotency.settleOn<{ results: BatchTransferItem[] }>({
      success: (data) => setSent({ lines, results: data.results }),
      finalError: (error) => setRefusal(refusalOf(error, lines)),
    });
    send.mutate(
      { mode, transfers, idempotencyKey: idempotency.keyFor(action) },
      {
        onSuccess: settled.onSuccess,
        onError: (error) => {
          settled.onError(error);
          // No final answer (the network, a 5xx): the key is kept, so sending again cannot pay twice.
          if (!(error instanceof ApiError) || !error.isFinal) setUnsure(true);
        },
      },
    );
  }

  return {
    text,
    setText: (value: string) => {
      setText(value);
      setRefusal(null);
    },
    mode,
    setMode,
    parsed,
    showErrors: attempted,
    field,
    submit,
    refusal,
    unsure,
    sent,
    isPending: send.isPending,
  };
}

function refusalOf(error: ApiError, lines: BatchLine[]): Refusal {
  const line = error.index === undefined ? undefined : lines[error.index];
  const detail =
    error.code === 'BATCH_TRANSFER_FAILED' && typeof error.problem?.detail === 'string'
      ? error.problem.detail
      : error.detail;
  return { line, detail };
}
