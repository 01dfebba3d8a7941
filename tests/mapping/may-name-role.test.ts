/**
 * mayNameRole, the pre-filter header detection runs on every data row, against readHeader's patterns: every text
 * the patterns read as a role passes the pre-filter. The words tried are every word written in vocabulary.ts (its
 * patterns, word lists and abbreviations), so a header word added to readHeader but not to the pre-filter fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { firstWordMayNameRole, mayNameRole, readHeaderWords } from '../../src/domain/mapping/vocabulary';

const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'domain', 'mapping', 'vocabulary.ts'), 'utf8');
const WORDS = [...new Set(source.toLowerCase().match(/[a-z]+/g) ?? [])].sort();
const SEPARATORS = [' ', '. ', '/', ' (', ') ', '-', ': ', '\n', '  ', '\u00a0'];

/** A text the patterns read as a role that the pre-filter refuses, if any. */
function refused(text: string): string | undefined {
  return readHeaderWords(text, 2024) !== undefined && !mayNameRole(text) ? text : undefined;
}

describe('mayNameRole passes every header readHeader names a role', () => {
  it('tries a vocabulary of the words in vocabulary.ts', () => {
    // The source spells readHeader's words: a handful of them must be there for the test to mean anything.
    for (const w of ['kode', 'pagu', 'realisasi', 'capaian', 'fisik', 'uraian', 'target', 'sisa']) expect(WORDS).toContain(w);
  });

  it('every word alone, as typed and in capitals, and after a "%" or "(" ', () => {
    const bad = WORDS.flatMap((w) => [w, w.toUpperCase(), `${w[0].toUpperCase()}${w.slice(1)}.`, `% ${w}`, `(${w})`]).map(refused).filter(Boolean);
    expect(bad).toEqual([]);
  });

  it('every pair of words', () => {
    const bad: string[] = [];
    for (const a of WORDS) for (const b of WORDS) {
      const text = refused(`${a} ${b}`);
      if (text) bad.push(text);
    }
    expect(bad).toEqual([]);
  });

  it('any run of up to four words, cased and parted any way, with numbers and years among them', () => {
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom('2023', '2024', 'i', 'ii', 'iv', '%', 'rp', 's.d.'));
    const cased = fc.tuple(word, fc.constantFrom('lower', 'upper', 'title')).map(([w, c]) => (c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w));
    const text = fc.tuple(fc.array(fc.tuple(cased, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', '(', '% ')).map(([parts, lead]) => lead + parts.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(text, (t) => refused(t) === undefined), { numRuns: 3000 });
  });
});

describe('mayNameRole reads ASCII text without lowering all of it, with the same answer', () => {
  it('as the lowered text read word by word, for any text', () => {
    const letters = fc.string({ unit: fc.constantFrom('n', 'o', 'K', '\u212A', 'f', 'I', 's', 'k', '1', '.', ' ', '\u017F', '%', 'p', 'a', 'g', 'u') });
    const any = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), letters, fc.constantFrom('FISIK', 'Real. Fi\u017Fik', 'REALISASI FI\u212ASIK', '\u0130ndikator', 'Rp. 1.234.500', ' \u00a0Pagu', 'KEGİATAN', 'No\u212A', 'Pagu\u212A 2024', '4.01 fisik', '2024 FI\u017FIK', 'Kod\u212A', 'Rp. 1.234.500 fisik'));
    fc.assert(fc.property(any, (t) => mayNameRole(t) === firstWordMayNameRole(t.toLowerCase())), { numRuns: 2000 });
  });
});
