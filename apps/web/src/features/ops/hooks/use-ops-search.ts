import { useSearchParams } from 'react-router';
import { EMAIL_SEARCH_MIN } from '../api/find-users';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a search asks for. An id: a wallet, else a transaction, else a user. Text with an @: users by
 * the start of their email. Other text: a transaction reference, and (from 3 characters) the start of
 * an email too, since "ada" may be either.
 */
export type OpsSearch =
  | { kind: 'empty' }
  | { kind: 'id'; id: string }
  | { kind: 'text'; text: string; email: boolean; reference: boolean };

export function classifySearch(raw: string): OpsSearch {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (UUID.test(text)) return { kind: 'id', id: text.toLowerCase() };
  const longEnough = text.length >= EMAIL_SEARCH_MIN;
  if (text.includes('@')) return { kind: 'text', text, email: longEnough, reference: false };
  return { kind: 'text', text, email: longEnough, reference: true };
}

/** The search lives in the address (/ops?q=...), so a result can be shared and Back returns to it. */
export function useOpsSearch() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  return {
    query,
    search: classifySearch(query),
    setQuery: (next: string) => setParams(next.trim() ? { q: next.trim() } : {}),
  };
}
