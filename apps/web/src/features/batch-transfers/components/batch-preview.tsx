import type { Wallet } from '@wallet/contract';
import { formatMoneyMinor } from '../../../lib/money';
import type { ParsedBatch } from '../utils/parse-lines';

/**
 * The typed lines as they will be sent: a real table (caption, column headers) whose cells wrap, so it
 * fits a phone without scrolling sideways. A line's problems sit in its own row, in red.
 */
export function BatchPreview({
  parsed,
  source,
  failedLine,
}: {
  parsed: ParsedBatch;
  source: Wallet;
  failedLine?: number | undefined;
}) {
  if (parsed.lines.length === 0) return null;
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <caption className="mb-1 text-left font-medium text-slate-800 dark:text-slate-200">
        {parsed.lines.length === 1 ? '1 payment' : `${parsed.lines.length} payments`}
      </caption>
      <thead>
        <tr className="border-b border-slate-300 text-left text-slate-700 dark:border-slate-600 dark:text-slate-300">
          <th scope="col" className="w-12 py-1 pr-2 font-medium">
            Line
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            To
          </th>
          <th scope="col" className="w-28 py-1 text-right font-medium">
            Amount
          </th>
        </tr>
      </thead>
      <tbody>
        {parsed.lines.map((line) => (
          <tr
            key={line.lineNumber}
            className={`border-b border-slate-200 align-top dark:border-slate-700 ${line.lineNumber === failedLine ? 'bg-red-50 dark:bg-red-950' : ''}`}
          >
            <th scope="row" className="py-1.5 pr-2 font-normal text-slate-700 dark:text-slate-300">
              {line.lineNumber}
            </th>
            <td className="py-1.5 pr-2 break-words">
              <span className="font-medium">{line.recipient}</span>
              {line.description ? (
                <span className="block text-slate-600 dark:text-slate-400">{line.description}</span>
              ) : null}
              {line.errors.map((error) => (
                <span key={error} className="block text-red-700 dark:text-red-300">
                  {error}
                </span>
              ))}
            </td>
            <td className="py-1.5 text-right tabular-nums break-words">
              {line.amountMinor === null ? '—' : formatMoneyMinor(line.amountMinor, source.currency)}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row" colSpan={2} className="py-1.5 pr-2 text-left">
            Total
          </th>
          <td className="py-1.5 text-right tabular-nums break-words">
            {formatMoneyMinor(parsed.totalMinor, source.currency)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
