import { getCurrency } from '@wallet/money';
import { parseAmountInput } from '../src/lib/money';

const USD = getCurrency('USD');
const JPY = getCurrency('JPY');

describe('amounts as people type them', () => {
  it('accepts grouping separators where they belong, and sends the plain decimal', () => {
    expect(parseAmountInput('1,000.00', USD, 'en-US')).toEqual({
      ok: true,
      amount: '1000.00',
      minor: 100000n,
    });
    expect(parseAmountInput(' 123,456.7 ', USD, 'en-US')).toEqual({
      ok: true,
      amount: '123456.7',
      minor: 12345670n,
    });
    expect(parseAmountInput('950.75', USD, 'en-US')).toEqual({ ok: true, amount: '950.75', minor: 95075n });
    expect(parseAmountInput('1,500', JPY, 'en-US')).toEqual({ ok: true, amount: '1500', minor: 1500n });
  });

  it("reads the browser locale's own separators", () => {
    expect(parseAmountInput('1.000,50', USD, 'de-DE')).toEqual({
      ok: true,
      amount: '1000.50',
      minor: 100050n,
    });
    // French groups with a narrow no-break space; any space typed there is fine.
    expect(parseAmountInput('1 000,50', USD, 'fr-FR')).toEqual({
      ok: true,
      amount: '1000.50',
      minor: 100050n,
    });
  });

  it('refuses in plain words, never in jargon', () => {
    const cases: [string, string][] = [
      ['', 'Enter an amount'],
      ['1,00.00', 'Enter the amount in digits, like 1,000.00'],
      ['1e3', 'Enter the amount in digits, like 1,000.00'],
      ['0x10', 'Enter the amount in digits, like 1,000.00'],
      ['-5', 'Enter an amount greater than 0'],
      ['0.00', 'Enter an amount greater than 0'],
      ['1.2.3', 'Write "." only once'],
      ['1.005', 'USD amounts have at most 2 decimal places'],
      ['2,000,000', 'The most one payment can move is $1,000,000.00'],
    ];
    for (const [typed, message] of cases) {
      const result = parseAmountInput(typed, USD, 'en-US');
      // The typed text rides along, so a failure names the case.
      expect({ typed, result }).toEqual({ typed, result: { ok: false, message } });
      expect(JSON.stringify(result)).not.toMatch(/exponent|hex/);
    }
    expect(parseAmountInput('1.5', JPY, 'en-US')).toEqual({
      ok: false,
      message: 'JPY amounts are whole numbers, without decimals',
    });
  });
});
