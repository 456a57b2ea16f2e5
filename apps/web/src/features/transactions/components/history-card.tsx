import type { Wallet } from '@wallet/contract';
import { lazy, type ReactNode, Suspense, useRef } from 'react';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';

// The activity (and its chart library) loads in its own chunk, after the balance and the actions.
const HistoryPanel = lazy(() => import('./history-panel').then((m) => ({ default: m.HistoryPanel })));

/**
 * The Activity card: the page's period control and statement download (`toolbar`, placed by the page),
 * then the chart and the movements of that period. Opened at the history's own address
 * (/wallets/:id/transactions), the list is brought into view as it arrives.
 */
export function HistoryCard({
  wallet,
  wallets,
  span,
  toolbar,
  bringIntoView = false,
}: {
  wallet: Wallet;
  wallets: Wallet[];
  span: { from: number; to: number };
  toolbar?: ReactNode;
  bringIntoView?: boolean;
}) {
  const asked = useRef(bringIntoView);
  const show = (list: HTMLElement) => {
    if (!asked.current) return;
    asked.current = false;
    list.scrollIntoView?.({ block: 'start' });
  };
  return (
    <Card aria-labelledby="history-heading" className="grid gap-4">
      <div className="grid gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Activity
        </h2>
        {toolbar}
      </div>
      <Suspense fallback={<SkeletonBlock label="Loading activity" lines={5} />}>
        <HistoryPanel wallet={wallet} wallets={wallets} span={span} onListShown={show} />
      </Suspense>
    </Card>
  );
}
