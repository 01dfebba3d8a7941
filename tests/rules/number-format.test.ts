/** number-format: found while the cells are read (parse/number.ts, buildBudgetTable), worded by rules/number-format.ts. */
import { buildBudgetTable } from '../../src/domain/budget/build';
import { parseIndonesianNumber, type Expect } from '../../src/domain/parse/number';
import { T31, check, type Case } from './budget-cases';
import { mappedRows, sheetMapping, type Typed } from '../budget/fixture';

describe('cell findings from buildBudgetTable', () => {
  const cases: Case[] = [
    ['"375.000.00" where its siblings make 375.000.000', T31, [['1.01.01', 'P1', 1000000000, 375000000, 37.5], ['1.01.02', 'P2', 1000000000, 0, 0], ['JUMLAH', '', 2000000000, '375.000.00', 18.75]], [['number-format', 'D4', undefined]]],
  ];
  test.each(cases)('%s', (_name, layout, lines, expected) => {
    expect(check(layout, lines)).toEqual(expected);
  });

  test.each([
    // 375.000.000 is the first candidate and agrees with the programmes' sum
    ['375.000.00', [375000000, 0], '375.000.000', 'jumlah baris yang dijumlahkannya'],
    // 37.500.000 is the second candidate, and the one the sum confirms
    ['375.000.00', [37500000, 0], '37.500.000', 'jumlah baris yang dijumlahkannya'],
    // nothing confirms either: the first, and the message says so
    ['375.000.00', [1, 0], '375.000.000', 'kemungkinan pertama'],
  ] as [string, number[], string, string][])('JUMLAH %p over programmes %p → %p', (typed, programmes, suggestion, why) => {
    const lines: Typed[][] = [...programmes.map((r, i) => [`1.01.0${i + 1}`, `P${i}`, 1000000000, r, '']), ['JUMLAH', '', 2000000000, typed, '']];
    const layout = { ...T31, columns: T31.columns.slice(0, 4) };
    const { findings } = buildBudgetTable(sheetMapping(layout), mappedRows(layout, lines), 'id');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'number-format', severity: 'error', actual: typed, suggestion });
    expect(findings[0].message).toContain(why);
  });
});

describe('number-format: each reason in both languages', () => {
  // [typed, column kind, reason, candidates, Indonesian message, English message]
  test.each<[string, Expect, string, number[] | undefined, string, string]>([
    ['Rp. 5.3475.000', 'amount', 'digit-groups', [53_475_000],
      '"Rp. 5.3475.000": kelompok angka ke-2 "3475" terdiri dari 4 digit, padahal setelah pemisah ribuan "." harus 3 digit; mungkin maksudnya 53.475.000',
      '"Rp. 5.3475.000": the digit group 2 "3475" has 4 digits; after a thousands separator "." there must be 3; probably 53.475.000'],
    ['375.000.00', 'amount', 'digit-groups', [375_000_000, 37_500_000],
      '"375.000.00": kelompok angka terakhir "00" terdiri dari 2 digit, padahal setelah pemisah ribuan "." harus 3 digit; mungkin maksudnya 375.000.000 / 37.500.000',
      '"375.000.00": the last digit group "00" has 2 digits; after a thousands separator "." there must be 3; probably 375.000.000 / 37.500.000'],
    ['1500.000', 'amount', 'digit-groups', [1_500_000],
      '"1500.000": angka sebelum pemisah ribuan "." pertama (1500) lebih dari 3 digit; mungkin maksudnya 1.500.000',
      '"1500.000": the digits before the first thousands separator "." (1500) are more than 3; probably 1.500.000'],
    ['#DIV/0!', 'amount', 'excel-error', undefined,
      'sel berisi galat Excel #DIV/0!, bukan angka; perbaiki rumus atau isinya',
      'the cell holds the Excel error #DIV/0!, not a number; fix its formula or contents'],
    ['Rp. 1.5OO.000', 'amount', 'stray-characters', [1_500_000, 15_000],
      '"Rp. 1.5OO.000": berisi karakter yang bukan angka (O)',
      '"Rp. 1.5OO.000": contains characters that are not part of a number (O)'],
    ['25,4,9', 'percent', 'stray-characters', undefined,
      '"25,4,9": tanda desimal "," muncul lebih dari sekali, bukan angka yang sah',
      '"25,4,9": the decimal mark "," appears more than once; not a valid number'],
  ])('%s (%s): %s', (typed, kind, reason, candidates, id, en) => {
    const r = parseIndonesianNumber(typed, kind);
    expect(r.value).toBeNull();
    expect(r.issue).toEqual({ rule: 'number-format', severity: 'error', reason, message: { id, en }, ...(candidates ? { candidates } : {}) });
  });
});
