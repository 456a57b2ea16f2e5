import { type FormEvent, useEffect, useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { ApiError } from '../../../lib/api-client';
import { type ReviewRules, useReviewRules, useSaveReviewRules } from '../api/review-rules';

/**
 * The review rules editor: the active version as JSON (amounts per currency in major units; a currency
 * left out is a rule off for it; a maxCount of null is off), saved whole as a new version (admin), and
 * the versions before it. The API checks the set and names every field at fault.
 */
export function ReviewRulesPage() {
  const rules = useReviewRules();
  const save = useSaveReviewRules();
  const editorId = useId();
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const active = rules.data?.active;
  useEffect(() => {
    if (active) setText(JSON.stringify(active.rules, null, 2));
  }, [active]);

  function submit(event: FormEvent) {
    event.preventDefault();
    let parsed: ReviewRules;
    try {
      parsed = JSON.parse(text) as ReviewRules;
    } catch {
      setProblems(['The rules are not valid JSON.']);
      return;
    }
    setProblems([]);
    save.mutate(
      { rules: parsed, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onError: (error) =>
          setProblems(
            error instanceof ApiError && error.fieldErrors.length > 0
              ? error.fieldErrors.map((f) => `${f.field}: ${f.message}`)
              : [error.message],
          ),
        onSuccess: () => setNote(''),
      },
    );
  }

  if (rules.isPending) return <SkeletonBlock label="Loading the rules" lines={6} />;
  if (rules.isError) {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        The rules could not be loaded. {rules.error.message}
      </p>
    );
  }
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">Review rules</h1>
      <Card>
        <form className="grid gap-3" onSubmit={submit}>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Version {active?.version}, saved {active ? new Date(active.createdAt).toLocaleString() : ''}
            {active?.note ? ` (${active.note})` : ''}. Saving makes a new version, used from the next
            transfer.
          </p>
          <label htmlFor={editorId} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            Rules (JSON)
          </label>
          <textarea
            id={editorId}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={16}
            spellCheck={false}
            aria-invalid={problems.length > 0 ? true : undefined}
            className="w-full rounded-lg border border-slate-300 bg-white p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
          />
          {problems.length > 0 ? (
            <ul role="alert" className="list-disc pl-5 text-sm text-red-700 dark:text-red-300">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <TextField
            label="Note (optional)"
            value={note}
            maxLength={200}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button type="submit" disabled={save.isPending}>
            Save as a new version
          </Button>
        </form>
      </Card>
      <section aria-labelledby="versions-heading" className="grid gap-2">
        <h2 id="versions-heading" className="text-lg font-semibold">
          Earlier versions
        </h2>
        <ul className="grid gap-1 text-sm">
          {(rules.data?.history ?? []).map((version) => (
            <li key={version.version}>
              Version {version.version}, {new Date(version.createdAt).toLocaleString()}
              {version.note ? `: ${version.note}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
