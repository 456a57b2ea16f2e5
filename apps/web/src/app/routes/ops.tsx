import type { QueryClient } from '@tanstack/react-query';
import type { User } from '@wallet/contract';
import { type ReactNode, Suspense } from 'react';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { NotFoundCard } from '../../components/not-found-card';
import { SkeletonBlock } from '../../components/ui/skeleton';
import { useMe } from '../../features/auth/api/get-me';
import { getBooksCheckQueryOptions } from '../../features/ops/api/get-books-check';
import { getStaffTransactionQueryOptions } from '../../features/ops/api/get-staff-transaction';
import { getStaffWalletQueryOptions } from '../../features/ops/api/get-staff-wallet';
import { getUserPageQueryOptions } from '../../features/ops/api/get-user-page';
import { searchAuditQueryOptions } from '../../features/ops/api/search-audit';
import { AuditTrail } from '../../features/ops/components/audit-trail';
import { OpsHome } from '../../features/ops/components/ops-home';
import { OpsLayout } from '../../features/ops/components/ops-layout';
import { OpsTransactionPage } from '../../features/ops/components/transaction-page';
import { OpsUserPage } from '../../features/ops/components/user-page';
import { OpsWalletPage } from '../../features/ops/components/wallet-page';
import { auditFilterOf } from '../../features/ops/hooks/use-audit-filter';
import { queryKeys } from '../../lib/query-keys';
import { staffRoleOf } from '../../lib/staff';
import { consoleNav, USER_PAGE_PANELS, type Viewer, WALLET_PAGE_PANELS } from '../console-sections';

/**
 * Loaders start a view's data only for staff already known to be staff: for anyone else the console
 * does not exist, and asking the API would only be answered 404.
 */
const isStaff = (queryClient: QueryClient) =>
  Boolean(staffRoleOf(queryClient.getQueryData<User | null>(queryKeys.me)));

export const homeLoader = (queryClient: QueryClient) => () => {
  if (isStaff(queryClient)) void queryClient.prefetchQuery(getBooksCheckQueryOptions());
  return null;
};

export const userLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (isStaff(queryClient) && params.userId)
      void queryClient.prefetchQuery(getUserPageQueryOptions(params.userId));
    return null;
  };

export const walletLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (isStaff(queryClient) && params.walletId) {
      void queryClient.prefetchQuery(getStaffWalletQueryOptions(params.walletId));
    }
    return null;
  };

export const transactionLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (isStaff(queryClient) && params.transactionId) {
      void queryClient.prefetchQuery(getStaffTransactionQueryOptions(params.transactionId));
    }
    return null;
  };

export const auditLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    if (isStaff(queryClient)) {
      void queryClient.prefetchInfiniteQuery(
        searchAuditQueryOptions(auditFilterOf(new URL(request.url).searchParams)),
      );
    }
    return null;
  };

/** Who is looking, for views inside the console (the layout has made sure they are staff). */
function useViewer(): Viewer {
  const me = useMe().data;
  const role = staffRoleOf(me);
  if (!me || !role) throw new Error('a console view outside the console layout');
  return { id: me.id, role };
}

/** /ops and below: staff only. Anyone else sees the same card as for an address that matches nothing. */
export function OpsLayoutRoute() {
  const me = useMe();
  const role = staffRoleOf(me.data);
  if (!role) return <NotFoundCard />;
  return <OpsLayout nav={consoleNav(role)} />;
}

export function OpsHomeRoute() {
  return <OpsHome role={useViewer().role} />;
}

export function OpsAuditRoute() {
  return <AuditTrail />;
}

export function OpsUserRoute() {
  const { userId = '' } = useParams();
  const viewer = useViewer();
  return (
    <OpsUserPage
      key={userId}
      userId={userId}
      viewer={viewer}
      panels={(page) => (
        <Panels>
          {USER_PAGE_PANELS.map((Panel, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed at build time
            <Panel key={i} user={page.user} wallets={page.wallets} viewer={viewer} />
          ))}
        </Panels>
      )}
    />
  );
}

export function OpsWalletRoute() {
  const { walletId = '' } = useParams();
  const viewer = useViewer();
  return (
    <OpsWalletPage
      key={walletId}
      walletId={walletId}
      panels={(page) => (
        <Panels>
          {WALLET_PAGE_PANELS.map((Panel, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed at build time
            <Panel key={i} wallet={page.wallet} owner={page.owner} viewer={viewer} />
          ))}
        </Panels>
      )}
    />
  );
}

export function OpsTransactionRoute() {
  const { transactionId = '' } = useParams();
  return <OpsTransactionPage key={transactionId} transactionId={transactionId} />;
}

function Panels({ children }: { children: ReactNode }) {
  return <Suspense fallback={<SkeletonBlock label="Loading" lines={2} />}>{children}</Suspense>;
}
