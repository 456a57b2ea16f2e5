import { Download } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Fact } from '../../../components/fact';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { type AuditFilter, auditExportHref, useAuditTrail } from '../api/search-audit';
import type { AuditEvent } from '../api/types';
import { useAuditFilter } from '../hooks/use-audit-filter';
import { actorOf, Facts, muted, When } from './ops-parts';
import { OpsProblem } from './ops-problem';

/**
 * The audit trail, newest first, a page at a time: searchable by action, actor, user, subject and
 * time, each entry opening to what it changed; exported as CSV or JSON lines with the same filters.
 */
export function AuditTrail() {
  const { filter, setFilter } = useAuditFilter();
  const trail = useAuditTrail(filter);
  const events = trail.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <div className="grid gap-6">
      <Card aria-labelledby="audit-heading">
        <h1 id="audit-heading" className="text-2xl font-semibold">
          Audit trail
        </h1>
        <p className={`mt-1 ${muted}`}>
          Every privileged and security action: who, what, when, from where, before and after. Nothing in it
          can be changed or removed, and each entry is chained to the one before it by its hash.
        </p>
        <AuditFilterForm key={JSON.stringify(filter)} filter={filter} onSearch={setFilter} />
        <div className="mt-4 flex flex-wrap gap-3">
          <ExportLink href={auditExportHref(filter, 'csv')} label="Export CSV" />
          <ExportLink href={auditExportHref(filter, 'jsonl')} label="Export JSON lines" />
        </div>
      </Card>
      <Card aria-labelledby="audit-entries-heading">
        <h2 id="audit-entries-heading" className="sr-only">
          Entries
        </h2>
        {trail.isPending ? (
          <SkeletonBlock label="Loading the audit trail" lines={5} />
        ) : trail.isError ? (
          <OpsProblem error={trail.error} />
        ) : events.length === 0 ? (
          <p className={muted}>No entry matches.</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Audit entries">
            {events.map((event) => (
              <AuditEntry key={event.id} event={event} />
            ))}
          </ul>
        )}
        {trail.hasNextPage ? (
          <Button
            className="mt-4"
            variant="secondary"
            onClick={() => trail.fetchNextPage()}
            disabled={trail.isFetchingNextPage}
          >
            {trail.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        ) : null}
      </Card>
    </div>
  );
}

const FIELDS: { name: keyof AuditFilter; label: string; hint: string; type?: string }[] = [
  { name: 'action', label: 'Action', hint: 'role.granted, or a prefix ending in a dot: role.' },
  { name: 'actorId', label: 'Actor id', hint: 'The user who acted.' },
  { name: 'userId', label: 'User id', hint: 'Whose history it is in.' },
  { name: 'subjectId', label: 'Subject id', hint: 'What it was done to: a wallet, user, … id.' },
  { name: 'from', label: 'From', hint: 'This day, inclusive.', type: 'date' },
  { name: 'to', label: 'To', hint: 'This day, inclusive.', type: 'date' },
];

function AuditFilterForm({ filter, onSearch }: { filter: AuditFilter; onSearch: (f: AuditFilter) => void }) {
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: jsdom, where the unit tests run, has no <search>
    <form role="search" aria-label="Search the audit trail" className="mt-4" onSubmit={submit}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map((field) => (
          <TextField
            key={field.name}
            label={field.label}
            hint={field.hint}
            type={field.type ?? 'text'}
            value={draft[field.name] ?? ''}
            onChange={(e) => setDraft({ ...draft, [field.name]: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button type="submit">Search</Button>
        {Object.keys(filter).length > 0 ? (
          <Button variant="ghost" onClick={() => onSearch({})}>
            Clear filters
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function ExportLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      download
      className="inline-flex min-h-10 items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
    >
      <Download aria-hidden="true" size={16} /> {label}
    </a>
  );
}

function AuditEntry({ event }: { event: AuditEvent }) {
  return (
    <li className="py-2" data-testid="audit-entry">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 rounded py-1">
          <code className="font-mono text-sm font-semibold">{event.action}</code>
          <span className={muted}>
            {actorOf(event)}
            {event.subjectType ? ` · ${event.subjectType} ${event.subjectId ?? ''}` : ''} ·{' '}
            <When iso={event.occurredAt} />
          </span>
        </summary>
        <div className="mt-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-950">
          <Facts>
            <Fact term="Entry">#{event.seq}</Fact>
            {event.userId ? <Fact term="User">{event.userId}</Fact> : null}
            {event.address ? <Fact term="From">{event.address}</Fact> : null}
            {event.requestId ? <Fact term="Request">{event.requestId}</Fact> : null}
            <Fact term="Hash">
              <code className="break-all text-xs">{event.hash}</code>
            </Fact>
          </Facts>
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            <JsonBlock title="Before" value={event.before} />
            <JsonBlock title="After" value={event.after} />
          </div>
        </div>
      </details>
    </li>
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">{title}</h3>
      {value === null || value === undefined ? (
        <p className={muted}>Nothing</p>
      ) : (
        <pre className="mt-1 whitespace-pre-wrap break-all rounded bg-white p-2 text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100">
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}
