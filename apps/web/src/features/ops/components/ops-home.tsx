import { ROLE_LABELS, type StaffRole } from '../../../lib/staff';
import { BooksCheckCard } from './books-check-card';
import { muted } from './ops-parts';
import { OpsSearch } from './ops-search';

/** The console's first view: who you are here, the search, and whether the books balance. */
export function OpsHome({ role }: { role: StaffRole }) {
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Operations</h1>
        <p className={muted}>
          You are {ROLE_LABELS[role].toLowerCase()} staff. What you open and change here is recorded in the
          audit trail.
        </p>
      </div>
      <OpsSearch />
      <BooksCheckCard role={role} />
    </div>
  );
}
