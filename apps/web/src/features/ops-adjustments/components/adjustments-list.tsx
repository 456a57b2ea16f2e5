import type { Adjustment } from '@wallet/contract';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { useApproveAdjustment, useRejectAdjustment } from '../api/decide-adjustment';
import { type AdjustmentStatus, useAdjustments } from '../api/get-adjustments';
import type { ConsoleStaff } from './staff';

const STATUSES: { value: AdjustmentStatus; label: string }[] = [
  { value: 'PROPOSED', label: 'Waiting' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'REJECTED', label: 'Rejected' },
  { value: 'EXPIRED', label: 'Expired' },
];

const muted = 'text-sm text-slate-600 dark:text-slate-400';

/** Adjustments by status, newest first; waiting ones with Approve (another admin) and Reject. */
export function AdjustmentsList({ staff }: { staff: ConsoleStaff }) {
  const [status, setStatus] = useState<AdjustmentStatus>('PROPOSED');
  const list = useAdjustments(status);
  return (
    <Card aria-labelledby="adjustments-heading">
      <h2 id="adjustments-heading" className="text-lg font-semibold">
        Adjustments
      </h2>
      <fieldset className="mt-3 flex flex-wrap gap-2">
        <legend className="sr-only">Show</legend>
        {STATUSES.map((s) => (
          <Button
            key={s.value}
            variant={s.value === status ? 'primary' : 'secondary'}
            aria-pressed={s.value === status}
            onClick={() => setStatus(s.value)}
          >
            {s.label}
          </Button>
        ))}
      </fieldset>
      {list.isPending ? (
        <p className={`mt-4 ${muted}`}>Loading…</p>
      ) : list.isError ? (
        <p className="mt-4 text-sm" role="alert">
          The adjustments could not be loaded: {list.error.message}
        </p>
      ) : list.data.length === 0 ? (
        <p className={`mt-4 ${muted}`}>None.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
          {list.data.map((a) => (
            <AdjustmentRow key={a.id} adjustment={a} staff={staff} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function AdjustmentRow({ adjustment: a, staff }: { adjustment: Adjustment; staff: ConsoleStaff }) {
  const approve = useApproveAdjustment();
  const reject = useRejectAdjustment();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const own = a.proposedBy.id === staff.userId;
  const canApprove = staff.role === 'admin' && !own;
  const canReject = staff.role === 'admin' || (own && staff.role === 'finance');
  const sign = a.direction === 'CREDIT' ? '+' : '−';
  return (
    <li className="grid gap-2 py-3" data-testid="adjustment-row">
      <p className="font-medium">
        {a.direction === 'CREDIT' ? 'Credit' : 'Debit'}{' '}
        <span className="tabular-nums">
          {sign}
          {formatMoney(a.amount, a.currency)}
        </span>{' '}
        <span className={muted}>
          to wallet <code>{a.walletId}</code>
        </span>
      </p>
      <p className="text-sm">{a.reason}</p>
      <p className={muted}>
        Proposed by {a.proposedBy.email} on {formatDateTime(a.proposedAt)}
        {a.status === 'PROPOSED' ? `; expires ${formatDateTime(a.expiresAt)}` : ''}
        {a.decidedBy && a.decidedAt
          ? `; ${a.status.toLowerCase()} by ${a.decidedBy.email} on ${formatDateTime(a.decidedAt)}`
          : ''}
        {a.decisionReason ? `: ${a.decisionReason}` : ''}
      </p>
      {a.status === 'PROPOSED' ? (
        <div className="flex flex-wrap items-end gap-2">
          {canApprove ? (
            <Button disabled={approve.isPending} onClick={() => approve.mutate(a.id)}>
              Approve
            </Button>
          ) : own && staff.role === 'admin' ? (
            <p className={muted}>You proposed this: another admin must approve it.</p>
          ) : null}
          {canReject && !rejecting ? (
            <Button variant="secondary" onClick={() => setRejecting(true)}>
              {own ? 'Withdraw' : 'Reject'}
            </Button>
          ) : null}
          {rejecting ? (
            <form
              className="flex flex-wrap items-end gap-2"
              aria-label="Reject the adjustment"
              onSubmit={(event) => {
                event.preventDefault();
                if (reason.trim() === '') return;
                reject.mutate({ id: a.id, reason: reason.trim() }, { onSuccess: () => setRejecting(false) });
              }}
            >
              <TextField
                label="Why"
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button type="submit" variant="secondary" disabled={reject.isPending || reason.trim() === ''}>
                {own ? 'Withdraw it' : 'Reject it'}
              </Button>
              <Button variant="ghost" onClick={() => setRejecting(false)}>
                Cancel
              </Button>
            </form>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
