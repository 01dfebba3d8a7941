/**
 * What bears out a row's settled figure besides its own cell, named as it is: its own kode rekening lines (the
 * line items under a sub kegiatan add up to it), its own rows (the kegiatan under a programme add up to its typed
 * figure), or another place stating the same amount (a detail table by its sheet, the Rencana Kerja list, a
 * subtotal row, the DPA, the Perjanjian Kinerja). A message that says "the other rows are borne out" says by what.
 */
import { countOf, countWord } from '../../count-words';
import type { Lang } from '../../settings';
import { sameAmount } from '../amounts';
import type { EvidenceNode, Observation } from './evidence';
import type { ColumnSettlement } from './solve';
import { levelOfRows, listWords } from './words';

export interface Witnesses {
  /** The row's own parts add up to it: its kode rekening lines, or the rows under it (by their level word). */
  own?: { kind: 'lines' } | { kind: 'parts'; level: string };
  /** Other places stating the same figure, by name: "tabel Kelembagaan", "Perjanjian Kinerja di PK 2024". */
  places: string[];
}

/** A place's name with its sheet, where the label alone does not say which sheet it is on. */
function placeName(o: Observation, lang: Lang): string {
  const named = o.source === 'dpa' || o.source === 'pk' || o.source === 'rencana';
  if (!named || o.sheet === '' || o.label.toLowerCase().includes(o.sheet.toLowerCase())) return o.label;
  return `${o.label} ${lang === 'en' ? 'in' : 'di'} ${o.sheet}`;
}

/** What bears out `node`'s settled value (weightless figures, formula totals, repeat their cells and bear out nothing). */
export function witnessesOf(node: EvidenceNode, settled: ColumnSettlement, lang: Lang): Witnesses {
  const value = settled.values.get(node.row);
  const out: Witnesses = { places: [] };
  if (value === undefined) return out;
  const own = node.observations.find((o) => o.source === 'own');
  const typed = own !== undefined && own.weight > 0 && sameAmount(own.value, value);
  // A folded row's rows are read as nodes (childrenOf), as the unfolded tree lists them.
  const parts = settled.evidence.childrenOf(node);
  let partsSum = 0;
  for (const c of parts) partsSum += settled.values.get(c.row) ?? 0;
  if (typed && parts.length > 0 && sameAmount(partsSum, value)) out.own = { kind: 'parts', level: levelOfRows(parts, lang) };
  for (const o of node.observations) {
    if (o.source === 'own' || o.weight === 0 || !sameAmount(o.value, value)) continue;
    if (o.source === 'lines') out.own = { kind: 'lines' };
    else out.places.push(placeName(o, lang));
  }
  out.places = [...new Set(out.places)];
  return out;
}

function hasAny(w: Witnesses): boolean {
  return w.own !== undefined || w.places.length > 0;
}

/** "jumlah rincian kode rekening di bawahnya dan tabel Kelembagaan" / "the sum of their own kode rekening lines". */
function witnessPhrase(w: Witnesses, count: number, lang: Lang): string {
  const whose = count === 1 ? 'its' : 'their';
  const own = !w.own
    ? []
    : w.own.kind === 'lines'
      ? [lang === 'en' ? `the sum of ${whose} own kode rekening lines` : 'jumlah rincian kode rekening di bawahnya']
      : [lang === 'en' ? `the sum of ${whose} own ${w.own.level === 'row' ? 'rows' : w.own.level}` : `jumlah ${w.own.level} di bawahnya`];
  return listWords([...own, ...w.places], lang);
}

/**
 * Why the one row is blamed when every other row beside it is borne out: "empat sub kegiatan lainnya cocok dengan
 * jumlah rincian kode rekening di bawahnya" / "the other two kegiatan are borne out (one by table Kelembagaan, one
 * by the sum of its own sub kegiatan)". Undefined when some other row has nothing but its own cell, or there is none.
 */
export function othersBorneOut(others: EvidenceNode[], level: string, settled: ColumnSettlement, lang: Lang): string | undefined {
  if (others.length === 0) return undefined;
  const groups = new Map<string, { witnesses: Witnesses; count: number }>();
  for (const node of others) {
    const w = witnessesOf(node, settled, lang);
    if (!hasAny(w)) return undefined;
    const key = witnessPhrase(w, 2, lang);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { witnesses: w, count: 1 });
  }
  const n = others.length;
  const all = countOf(n, level, lang);
  const list = [...groups.values()];
  if (list.length === 1) {
    const phrase = witnessPhrase(list[0].witnesses, n, lang);
    if (lang === 'en') return n === 1 ? `the other ${level} is borne out by ${phrase}` : `the other ${all} are borne out by ${phrase}`;
    return `${all} lainnya cocok dengan ${phrase}`;
  }
  const each = list.map((g) => `${countWord(g.count, lang)} ${lang === 'en' ? 'by' : 'dengan'} ${witnessPhrase(g.witnesses, g.count, lang)}`);
  // In brackets and joined by commas alone: a group's phrase may hold a "dan" ("tabel A dan tabel B"), and the
  // sentence goes on after a colon.
  const joined = each.join(', ');
  return lang === 'en' ? `the other ${all} are borne out (${joined})` : `${all} lainnya cocok (${joined})`;
}
