import { Button } from '../../../components/ui/button';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { plural } from '../../../lib/plural';
import { useWebhookDeliveries } from '../api/get-webhook-deliveries';
import { useResendDelivery } from '../api/resend-webhook-delivery';

/** An endpoint's newest deliveries, with Resend for a failed one. */
export function WebhookDeliveries({ endpointId }: { endpointId: string }) {
  const deliveries = useWebhookDeliveries(endpointId);
  const resend = useResendDelivery(endpointId);
  if (deliveries.isPending) return <SkeletonBlock label="Loading deliveries" lines={2} />;
  if (deliveries.isError)
    return (
      <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
        The deliveries could not be loaded. {deliveries.error.message}
      </p>
    );
  if (deliveries.data.length === 0) {
    return <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Nothing sent yet.</p>;
  }
  return (
    <ul className="mt-2 grid gap-1 text-sm" aria-label="Recent deliveries">
      {deliveries.data.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center gap-2">
          {d.type}: {d.status}, {plural(d.attempts, { one: 'attempt', other: 'attempts' })}, last answer{' '}
          {d.lastStatusCode ?? d.lastError ?? '—'}
          {d.lastAttemptAt ? ` at ${new Date(d.lastAttemptAt).toLocaleString()}` : ''}
          {d.status === 'failed' ? (
            <Button
              variant="secondary"
              disabled={resend.isPending}
              aria-label={`Resend the ${d.type} delivery`}
              onClick={() => resend.mutate(d.id)}
            >
              Resend
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
