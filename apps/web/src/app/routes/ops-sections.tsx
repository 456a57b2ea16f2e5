import { useMe } from '../../features/auth/api/get-me';
import { AdjustmentsPage } from '../../features/ops-adjustments/components/adjustments-page';
import { ProposeAdjustmentForm } from '../../features/ops-adjustments/components/propose-adjustment-form';
import { WalletFreezeControl } from '../../features/ops-adjustments/components/wallet-freeze-control';
import { OpsTiersPage } from '../../features/ops-tiers/components/ops-tiers-page';
import { UserTierForm } from '../../features/ops-tiers/components/user-tier-form';
import { staffRoleOf } from '../../lib/staff';
import type { UserPanelProps, WalletPanelProps } from '../console-sections';

/** The member of staff looking, as the console features take them (the console renders for staff only). */
function useViewer() {
  const me = useMe().data;
  const role = staffRoleOf(me);
  return me && role ? { userId: me.id, role } : null;
}

export function OpsAdjustmentsRoute() {
  const staff = useViewer();
  return staff ? <AdjustmentsPage staff={staff} /> : null;
}

export function OpsTiersRoute() {
  const staff = useViewer();
  return staff ? <OpsTiersPage canEdit={staff.role === 'admin'} /> : null;
}

/** On a wallet's page: its freeze state (finance and admins change it) and, for them, an adjustment. */
export function WalletOperationsPanel({ wallet, viewer }: WalletPanelProps) {
  const staff = { userId: viewer.id, role: viewer.role };
  return (
    <>
      <WalletFreezeControl walletId={wallet.id} staff={staff} />
      {viewer.role === 'support' ? null : <ProposeAdjustmentForm walletId={wallet.id} />}
    </>
  );
}

/** On a user's page: their tier (admins change it). */
export function UserTierPanel({ user, viewer }: UserPanelProps) {
  return viewer.role === 'admin' ? <UserTierForm userId={user.id} tier={user.tier} /> : null;
}
