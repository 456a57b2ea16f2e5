import { AdjustmentsList } from './adjustments-list';
import { ProposeAdjustmentForm } from './propose-adjustment-form';
import { type ConsoleStaff, movesMoney } from './staff';

/**
 * The console's adjustments page: propose (finance, admin) and the list to approve or reject. A
 * correction of a balance is never an edit: it is an ADJUSTMENT entry two staff members agreed on.
 */
export function AdjustmentsPage({ staff }: { staff: ConsoleStaff }) {
  return (
    <div className="grid gap-6">
      <header>
        <h1 className="text-2xl font-semibold">Adjustments</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Credits and debits of a wallet, each proposed by one staff member and approved by another.
        </p>
      </header>
      {movesMoney(staff) ? <ProposeAdjustmentForm /> : null}
      <AdjustmentsList staff={staff} />
    </div>
  );
}
