import { useSearchParams } from 'react-router';
import { AUDIT_FILTERS, type AuditFilter } from '../api/search-audit';

/** The audit trail's filters, kept in the address (/ops/audit?action=role.&userId=...). */
export function useAuditFilter() {
  const [params, setParams] = useSearchParams();
  return {
    filter: auditFilterOf(params),
    setFilter: (next: AuditFilter) => {
      const kept = Object.entries(next).filter(([, value]) => value?.trim());
      setParams(Object.fromEntries(kept.map(([name, value]) => [name, (value ?? '').trim()])));
    },
  };
}

export function auditFilterOf(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const name of AUDIT_FILTERS) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  return filter;
}
