export {
  type AmountResult,
  amountText,
  canonicalDecimal,
  formatMinor,
  formatMinorGrouped,
  minorToNumber,
  parseAmount,
  toMinorUnits,
} from './amount.js';
export { CURRENCIES, type Currency, DEFAULT_CURRENCY_CODE, findCurrency, getCurrency } from './currencies.js';
export { addMoney, assertSameCurrency, MixedCurrenciesError, type Money, subtractMoney } from './money.js';
