import { useEffect, useRef, useState } from 'react';
import { TextField } from '../../../components/ui/field';
import { MAX_SEARCH } from '../hooks/use-history-filter';

/** How long typing pauses before the history is searched. */
const SEARCH_DELAY_MS = 300;

/** The search field: what is typed reaches the address (and the API) once typing pauses. */
export function HistorySearch({ search, onSearch }: { search: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(search);
  const latest = useRef(onSearch);
  latest.current = onSearch;
  // Back, Forward or a link change the address: the field follows it.
  useEffect(() => setText(search), [search]);
  useEffect(() => {
    const wanted = text.trim();
    if (wanted === search) return;
    const timer = setTimeout(() => latest.current(wanted), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search]);
  return (
    <TextField
      label="Search"
      type="search"
      value={text}
      maxLength={MAX_SEARCH}
      placeholder="Description or reference"
      autoComplete="off"
      onChange={(e) => setText(e.target.value)}
    />
  );
}
