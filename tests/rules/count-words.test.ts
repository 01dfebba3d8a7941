/**
 * One rule for counts in finding messages (src/domain/count-words.ts): words up to twelve, digits grouped the run's
 * way above; English nouns take their plural, the Indonesian level names never do.
 */
import { countOf, countWord, nounFor, sentenceStart } from '../../src/domain/count-words';
import { itemsAboveMessage, sumMismatchMessage } from '../../src/domain/rules/sum-mismatch';
import { itemsBelowMessage } from '../../src/domain/rules/items-below-total';

test.each<[number, string, string]>([
  [0, 'nol', 'zero'],
  [1, 'satu', 'one'],
  [2, 'dua', 'two'],
  [10, 'sepuluh', 'ten'],
  [11, 'sebelas', 'eleven'],
  [12, 'dua belas', 'twelve'],
  [13, '13', '13'],
  [1234, '1.234', '1,234'],
  [130000, '130.000', '130,000'],
])('%d reads "%s" / "%s"', (n, id, en) => {
  expect(countWord(n, 'id')).toBe(id);
  expect(countWord(n, 'en')).toBe(en);
});

test.each<[number, string, 'id' | 'en', string]>([
  [2, 'sub kegiatan', 'id', 'dua sub kegiatan'],
  [2, 'sub kegiatan', 'en', 'two sub kegiatan'],
  [1, 'programme', 'en', 'one programme'],
  [3, 'programme', 'en', 'three programmes'],
  [2, 'totals row', 'en', 'two totals rows'],
  [15, 'line item', 'en', '15 line items'],
  [15, 'rincian', 'id', '15 rincian'],
  [4, 'baris', 'id', 'empat baris'],
  [2, 'kegiatan', 'en', 'two kegiatan'],
])('countOf(%d, %s, %s) = %s', (n, noun, lang, text) => {
  expect(countOf(n, noun, lang)).toBe(text);
});

test('a noun for one stays singular; capitals only at the start', () => {
  expect(nounFor(1, 'row', 'en')).toBe('row');
  expect(sentenceStart(countOf(5, 'rincian', 'id'))).toBe('Lima rincian');
});

test.each<[string, string, string]>([
  ['sum over mixed levels', sumMismatchMessage('id', 'pagu', '10', '9', '1', ['program', 'kegiatan'], true), 'jumlah dua baris yang dijumlahkannya'],
  ['sum over programmes, English', sumMismatchMessage('en', 'pagu', '10', '9', '1', ['program', 'program', 'program'], false), 'the sum of its three programmes'],
  ['items above, one line item', itemsAboveMessage('en', 'pagu', '10', '11', 1), 'One line item adds up to 11'],
  ['items above, 14 rincian', itemsAboveMessage('id', 'pagu', '10', '11', 14), '14 rincian berjumlah 11'],
  ['items below, seven', itemsBelowMessage('id', 'realisasi', '10', '9', 7), 'tujuh rincian berjumlah 9'],
])('%s', (_, message, words) => {
  expect(message).toContain(words);
});
