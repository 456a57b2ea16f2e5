import { type FormEvent, useState } from 'react';
import { MAX_STATEMENT_DAYS } from '../api/get-statement';

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The statement's days (the last 30 to start with), checked before the browser asks for the file. */
export function useStatementRange() {
  const [from, setFrom] = useState(() => day(new Date(Date.now() - 30 * DAY_MS)));
  const [to, setTo] = useState(() => day(new Date()));
  const [error, setError] = useState<string | undefined>();

  function check(event: FormEvent) {
    if (from > to) {
      event.preventDefault();
      setError('The start must not be after the end');
    } else if (Date.parse(to) - Date.parse(from) > MAX_STATEMENT_DAYS * DAY_MS) {
      event.preventDefault();
      setError('A statement covers at most a year');
    } else {
      setError(undefined);
    }
  }

  return { from, setFrom, to, setTo, error, check };
}
