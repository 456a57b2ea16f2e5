import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { ROLE_LABELS } from '../../../lib/staff';
import { useSetUserRole } from '../api/set-user-role';
import type { SetRoleRequest, StaffUser } from '../api/types';

const CHOICES: SetRoleRequest['role'][] = ['user', 'support', 'finance', 'admin'];

/** An admin grants a staff role or takes it away, once they confirm. */
export function RoleControl({ user }: { user: StaffUser }) {
  const current = user.role ?? 'user';
  const [role, setRole] = useState<SetRoleRequest['role']>(current);
  const change = useSetUserRole(user.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (role === current) return;
    const what =
      role === 'user'
        ? `Take the ${ROLE_LABELS[current].toLowerCase()} role away from ${user.email}?`
        : `Make ${user.email} ${ROLE_LABELS[role].toLowerCase()}? ${ROLE_DUTIES[role]}`;
    if (window.confirm(`${what} This is recorded in the audit trail.`)) change.mutate(role);
  };
  return (
    <form className="mt-4 flex flex-wrap items-end gap-3" onSubmit={submit} aria-label="Change the role">
      <div className="min-w-48">
        <SelectField
          label="Role"
          value={role}
          onChange={(e) => setRole(e.target.value as SetRoleRequest['role'])}
          hint={ROLE_DUTIES[role]}
        >
          {CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {ROLE_LABELS[choice]}
            </option>
          ))}
        </SelectField>
      </div>
      <Button
        type="submit"
        variant="secondary"
        className="mb-7"
        disabled={role === current || change.isPending}
      >
        {change.isPending ? 'Changing…' : 'Change role'}
      </Button>
    </form>
  );
}

const ROLE_DUTIES: Record<SetRoleRequest['role'], string> = {
  user: 'No access to the console.',
  support: 'Reads any account, wallet, transaction and the audit trail; moves no money.',
  finance: 'Support, and freezes wallets, proposes adjustments and decides held transfers.',
  admin: 'Everything: grants roles, approves adjustments, edits review rules and tiers.',
};
