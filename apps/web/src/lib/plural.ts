import { LOCALE } from './money';

const rules = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE);

/**
 * A count with its noun in the right form, by the locale's plural rules: "1 wallet", "2 wallets",
 * "0 wallets". Forms the locale needs but the caller did not give fall back to `other`.
 */
export function plural(count: number, forms: { one: string; other: string }): string {
  const form = rules.select(count) === 'one' ? forms.one : forms.other;
  return `${numbers.format(count)} ${form}`;
}
