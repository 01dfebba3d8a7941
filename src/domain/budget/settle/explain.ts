/**
 * What a settlement says, in one sentence a planner can act on: which figure, what agrees with what, and where to
 * check. Used for the sum-mismatch findings and for the Catatan of the recomputed Tabel 3.1.
 */
import { formatRupiah } from '../../parse/format';
import type { Lang } from '../../settings';
import type { AmountColumn } from '../amounts';
import { sameAmount } from '../amounts';
import type { EvidenceNode, Observation } from './evidence';
import type { ColumnSettlement, GroupFault, SplitFault, WrongCell } from './solve';
import { isTypingSlip } from './typo';
import { countOf, nounFor, sentenceStart } from '../../count-words';
import { othersBorneOut } from './witness';
import { levelOfRows, listWords } from './words';

const COLUMN: Record<AmountColumn, { id: string; en: string }> = {
  pagu: { id: 'Pagu', en: 'Pagu' },
  target: { id: 'Target', en: 'Target' },
  realisasi: { id: 'Realisasi', en: 'Realisasi' },
};

/** Where the true figure is on record. */
const CHECK_AGAINST: Record<AmountColumn, { id: string; en: string }> = {
  pagu: { id: 'cocokkan dengan DPA', en: 'check it against the DPA' },
  target: { id: 'cocokkan dengan anggaran kas', en: 'check it against the cash plan (anggaran kas)' },
  realisasi: { id: 'cocokkan dengan bukti realisasi (SP2D)', en: 'check it against the payment records (SP2D)' },
};

/** The chain from the top down to `row`, found by a walk (trees are shallow: a handful of levels). */
export function pathTo(top: EvidenceNode, row: number): EvidenceNode[] {
  const walk = (n: EvidenceNode, trail: EvidenceNode[]): EvidenceNode[] | undefined => {
    const here = [...trail, n];
    if (n.row === row) return here;
    for (const c of n.children) {
      const found = walk(c, here);
      if (found) return found;
    }
    return undefined;
  };
  return walk(top, []) ?? [];
}

/** Labels of the observations on `nodes` that agree with each node's settled value, nearest first. */
function agreeing(nodes: EvidenceNode[], settled: ColumnSettlement, except?: Observation): string[] {
  const out: string[] = [];
  for (const n of [...nodes].reverse()) {
    const v = settled.values.get(n.row);
    for (const o of n.observations) if (o !== except && v !== undefined && sameAmount(o.value, v)) out.push(o.label);
  }
  return out;
}

function shortBy(difference: number, lang: Lang): string {
  const d = formatRupiah(Math.abs(difference));
  if (lang === 'en') return difference > 0 ? `${d} short` : `${d} too much`;
  return difference > 0 ? `kurang ${d}` : `lebih ${d}`;
}

/** The level word of a node's children, singular ("sub kegiatan", "programme"); "baris" / "row" when they are mixed. */
function childrenLevel(node: EvidenceNode, lang: Lang): string {
  return levelOfRows(node.children, lang);
}

/** "add up to" / "adds up to" for `n` rows. */
function addUp(n: number): string {
  return n === 1 ? 'adds up to' : 'add up to';
}

/** "Lima sub kegiatan berjumlah 654.495.077" */
function sumPhrase(node: EvidenceNode, sum: number, lang: Lang): string {
  const n = node.children.length;
  const what = sentenceStart(countOf(n, childrenLevel(node, lang), lang));
  return lang === 'en' ? `${what} ${addUp(n)} ${formatRupiah(sum)}` : `${what} berjumlah ${formatRupiah(sum)}`;
}

/** "kegiatan, program dan JUMLAH sama-sama 654.595.077" */
function supportPhrase(labels: string[], value: number, lang: Lang): string {
  if (labels.length === 0) return '';
  const who = listWords(labels, lang);
  const many = new Set(labels).size > 1;
  if (lang === 'en') return `${who} ${many ? 'all say' : 'says'} ${formatRupiah(value)}`;
  return `${who} ${many ? 'sama-sama' : 'juga'} ${formatRupiah(value)}`;
}

/** The children of a node as stated (their cheapest reading), for the sums in messages. */
function statedSum(node: EvidenceNode, settled: ColumnSettlement, skip?: EvidenceNode): number {
  let s = 0;
  for (const c of node.children) s += c === skip ? ownValue(c) ?? 0 : settled.values.get(c.row) ?? 0;
  return s;
}

function ownValue(node: EvidenceNode): number | undefined {
  return node.observations.find((o) => o.source === 'own')?.value;
}

/** A stated cell the settlement finds wrong. */
export function explainWrongCell(fault: WrongCell, settled: ColumnSettlement, lang: Lang): string {
  const { column, top } = settled.evidence;
  const path = pathTo(top, fault.node.row);
  const parent = path.length >= 2 ? path[path.length - 2] : undefined;
  const col = COLUMN[column][lang];
  const stated = formatRupiah(fault.observation.value);
  const expected = formatRupiah(fault.expected);
  const difference = fault.expected - fault.observation.value;
  const check = CHECK_AGAINST[column][lang];
  const node = fault.node;
  if (fault.observation.source !== 'own' && fault.observation.source !== 'dpa') {
    // A figure in another place (a detail table, the Rencana Kerja list, JUMLAH, the PK): say what it should match.
    return elsewhereCell(fault, settled, lang);
  }
  if (node.children.length > 0 && sameAmount(statedSum(node, settled), fault.expected)) {
    // A total that does not add up its parts, while the parts are borne out.
    const others = supportPhrase(agreeing(path, settled, fault.observation).filter((l) => l !== node.level), fault.expected, lang);
    const parts = countOf(node.children.length, childrenLevel(node, lang), lang);
    const slip = isTypingSlip(fault.observation.value, fault.expected) ? (lang === 'en' ? '; it reads like a typing slip' : '; tampaknya salah ketik') : '';
    return lang === 'en'
      ? `${col} ${stated} is not the sum of its ${parts} (${expected})${others ? `; ${others}` : ''}${slip}: it should be ${expected} (${shortBy(difference, lang)}) — ${check}`
      : `${col} ${stated} tidak sama dengan jumlah ${parts} di bawahnya (${expected})${others ? `; ${others}` : ''}${slip}: seharusnya ${expected} (${shortBy(difference, lang)}) — ${check}`;
  }
  if (parent) {
    const siblingsSum = statedSum(parent, settled, node);
    const parentValue = settled.values.get(parent.row) ?? 0;
    const support = supportPhrase(agreeing(path.slice(0, -1), settled), parentValue, lang);
    const why = whyThisRow(node, parent, fault, settled, lang);
    return lang === 'en'
      ? `${sumPhrase(parent, siblingsSum, lang)}${support ? `; ${support}` : ''}${why ? `; ${why}` : ''}: ${col.toLowerCase()} ${stated} here is likely ${shortBy(difference, lang)}, i.e. ${expected} — ${check}`
      : `${sumPhrase(parent, siblingsSum, lang)}${support ? `; ${support}` : ''}${why ? `; ${why}` : ''}: ${col.toLowerCase()} ${stated} di sini kemungkinan ${shortBy(difference, lang)}, seharusnya ${expected} — ${check}`;
  }
  return lang === 'en'
    ? `${col} ${stated} does not agree with the rest of the table (${expected}) — ${check}`
    : `${col} ${stated} tidak sesuai dengan bagian lain tabel (${expected}) — ${check}`;
}

/**
 * Why the difference is put on this row and not on another beside it: every other row is borne out (by what, as
 * witness.ts names it); else the stated figure reads like a typing slip of the settled one; else, for a row with
 * siblings, it is the fewest change; nothing for an only row (the sum and what agrees above say it all).
 */
function whyThisRow(node: EvidenceNode, parent: EvidenceNode, fault: WrongCell, settled: ColumnSettlement, lang: Lang): string {
  const others = parent.children.filter((c) => c !== node);
  const borneOut = othersBorneOut(others, node.level, settled, lang);
  if (borneOut) return borneOut;
  if (isTypingSlip(fault.observation.value, fault.expected)) return lang === 'en' ? 'one typing slip explains the whole difference' : 'satu salah ketik menjelaskan seluruh selisihnya';
  if (others.length === 0) return '';
  return lang === 'en' ? 'changing this one figure is the fewest change that makes the rest agree' : 'mengubah angka ini saja sudah membuat yang lain cocok';
}

/**
 * A stated cell outside the row itself (a detail table's row or Total, the Rencana Kerja list, JUMLAH, the PK's
 * budget) that disagrees with the row it stands for: "Pagu 301.234.000 tidak sesuai: kegiatan 4.01.02.1.02 di
 * T3.1 juga 300.000.000, dan dua sub kegiatan di bawahnya berjumlah 300.000.000: seharusnya …". The row's own
 * figure is named with its sheet, since the planner is looking at another one.
 */
function elsewhereCell(fault: WrongCell, settled: ColumnSettlement, lang: Lang): string {
  const { column } = settled.evidence;
  const col = COLUMN[column][lang];
  const expected = formatRupiah(fault.expected);
  const check = CHECK_AGAINST[column][lang];
  // A node with a single child (the whole above the unit's row) stands for the same figure: name the child's witnesses.
  // A folded node's rows are read as nodes too (childrenOf), so the witnesses named are those of the whole chain.
  const { childrenOf } = settled.evidence;
  let node = fault.node;
  const nodes = [node];
  for (let kids = childrenOf(node); kids.length === 1; kids = childrenOf(node)) {
    node = kids[0];
    nodes.push(node);
  }
  const kids = childrenOf(node);
  const labels: string[] = [];
  for (const n of nodes) {
    for (const o of n.observations) {
      if (o === fault.observation || !sameAmount(o.value, fault.expected)) continue;
      const elsewhere = (o.source === 'own' || o.source === 'lines') && o.sheet !== fault.observation.sheet;
      if (o.source === 'lines' && elsewhere) {
        // "Under it" means nothing on another sheet: right after the row named with its sheet it is that row's,
        // else the lines are named by their row and sheet.
        const rowNamed = n.observations.some((x) => x.source === 'own' && x !== fault.observation && sameAmount(x.value, fault.expected));
        if (rowNamed) labels.push(o.label);
        else labels.push(lang === 'en' ? `the kode rekening lines of ${n.level} ${n.name} in ${o.sheet}` : `rincian kode rekening ${n.level} ${n.name} di ${o.sheet}`);
        continue;
      }
      const named = o.label === n.level ? `${o.label} ${n.name}` : o.label;
      labels.push(elsewhere ? `${named} ${lang === 'en' ? 'in' : 'di'} ${o.sheet}` : o.label);
    }
  }
  const support = supportPhrase(labels, fault.expected, lang);
  // The parts are in the table of the row itself: named by its sheet when the planner is looking at another one.
  const tableSheet = kids[0]?.observations.find((o) => o.source === 'own')?.sheet;
  const where = tableSheet && tableSheet !== fault.observation.sheet ? ` ${lang === 'en' ? 'in' : 'di'} ${tableSheet}` : '';
  let partsSum = 0;
  for (const c of kids) partsSum += settled.values.get(c.row) ?? 0;
  const parts = kids.length > 1 && sameAmount(partsSum, fault.expected)
    ? (lang === 'en'
      ? `the ${countOf(kids.length, levelOfRows(kids, lang), lang)}${where} add up to ${expected}`
      : `${countOf(kids.length, levelOfRows(kids, lang), lang)}${where} berjumlah ${expected}`)
    : '';
  const why = [support, parts].filter((x) => x).join(lang === 'en' ? ', and ' : ', dan ') || (lang === 'en' ? `the rest of the workbook says ${expected}` : `bagian lain buku kerja menyatakan ${expected}`);
  const stated = formatRupiah(fault.observation.value);
  const difference = shortBy(fault.expected - fault.observation.value, lang);
  return lang === 'en'
    ? `${col} ${stated} does not agree: ${why}; it should be ${expected} (${difference}) — ${check}`
    : `${col} ${stated} tidak sesuai: ${why}; seharusnya ${expected} (${difference}) — ${check}`;
}

/** Children that do not add up to what everything above them states. */
export function explainGroup(fault: GroupFault, settled: ColumnSettlement, lang: Lang): string {
  const { column, top } = settled.evidence;
  const path = pathTo(top, fault.node.row);
  const support = supportPhrase(agreeing(path, settled), fault.value, lang);
  const difference = fault.value - fault.childrenSum;
  const level = childrenLevel(fault.node, lang);
  const check = CHECK_AGAINST[column][lang];
  const sum = sumPhrase(fault.node, fault.childrenSum, lang);
  return lang === 'en'
    ? `${sum}${support ? `; ${support}` : ''}: likely one ${level} is ${shortBy(difference, lang)} — ${check}`
    : `${sum}${support ? `; ${support}` : ''}: kemungkinan satu ${level} ${shortBy(difference, lang)} — ${check}`;
}

/**
 * On each row a group fault suspects, so the planner finds the cells to check from the rows themselves:
 * "Realisasi: satu dari tiga sub kegiatan pada kegiatan 4.01.02.1.01 kemungkinan lebih 20.000 — cocokkan …".
 */
export function explainSuspect(fault: GroupFault, settled: ColumnSettlement, lang: Lang): string {
  const { column } = settled.evidence;
  const col = COLUMN[column][lang];
  const level = childrenLevel(fault.node, lang);
  return suspectSentence(column, suspectsOf(fault, settled).length, level, `${fault.node.level} ${fault.node.name}`, fault.value - fault.childrenSum, lang, col);
}

/**
 * "Realisasi: satu dari dua sub kegiatan pada kegiatan 4.01.02.1.01 kemungkinan lebih 20.000 — cocokkan …":
 * `difference` is what the parts lack (negative: they have too much); `word` the column as the sheet names it.
 */
export function suspectSentence(column: AmountColumn, count: number, level: string, parent: string, difference: number, lang: Lang, word = COLUMN[column][lang]): string {
  const check = CHECK_AGAINST[column][lang];
  const n = countOf(count, level, lang);
  const d = shortBy(difference, lang);
  return lang === 'en'
    ? `${word}: one of the ${n} of ${parent} is likely ${d} — ${check}`
    : `${word}: satu dari ${n} pada ${parent} kemungkinan ${d} — ${check}`;
}

/**
 * The suspects that could hold the whole difference: a row can be too high by the difference only if it states at
 * least that much (a realisasi of 0 is not 20.000 too much).
 */
export function suspectsOf(fault: GroupFault, settled: ColumnSettlement): EvidenceNode[] {
  const excess = fault.childrenSum - fault.value;
  if (excess <= 0) return fault.suspects;
  return fault.suspects.filter((n) => (settled.values.get(n.row) ?? ownValue(n) ?? 0) >= excess);
}

/** Two readings with equal support: both named, none proposed. */
export function explainSplit(fault: SplitFault, settled: ColumnSettlement, lang: Lang): string {
  const { column } = settled.evidence;
  const check = CHECK_AGAINST[column][lang];
  const side = (i: 0 | 1): string => {
    const labels = fault.support[i].map((o) => o.label);
    if (fault.childrenSum !== undefined && sameAmount(fault.childrenSum, fault.values[i])) {
      labels.unshift(lang === 'en' ? `the sum of its ${nounFor(2, childrenLevel(fault.node, lang), lang)}` : `jumlah ${childrenLevel(fault.node, lang)} di bawahnya`);
    }
    const who = listWords(labels, lang) || (lang === 'en' ? 'the rows above' : 'baris di atasnya');
    return `${who} ${lang === 'en' ? 'say' : ''}${lang === 'en' ? ' ' : ''}${formatRupiah(fault.values[i])}`.replace(/ {2}/g, ' ');
  };
  return lang === 'en'
    ? `${COLUMN[column].en}: ${side(0)}, ${side(1)}; the evidence is evenly split — ${check} rather than taking either`
    : `${COLUMN[column].id}: ${side(0)}, ${side(1)}; bukti sama kuat — ${check}, jangan menebak`;
}

/**
 * A total in another table (a detail table's Total, the Rencana Kerja list's programme) that the settlement bears
 * out, over rows of that table that do not add up to it: "Sembilan kegiatan berjumlah …; program 4.01.01 di T3.1
 * Realisasi, baris Biro Organisasi dan JUMLAH sama-sama …: kemungkinan satu kegiatan lebih …".
 */
export function explainConfirmedTotal(settled: ColumnSettlement, observation: Observation, parts: { count: number; level: string; sum: number }, lang: Lang): string {
  const { column, top } = settled.evidence;
  const holder = findHolder(top, observation);
  const path = holder ? pathTo(top, holder.row) : [];
  const labels: string[] = [];
  // Rows of another sheet next to each other share one "di <sheet>": "kegiatan 4.01.02.1.01 dan program 4.01.02 di T3.1".
  let run: { sheet: string; rows: string[] } | undefined;
  const flush = (): void => {
    if (run) labels.push(`${listWords(run.rows, lang)} ${lang === 'en' ? 'in' : 'di'} ${run.sheet}`);
    run = undefined;
  };
  for (const n of [...path].reverse()) {
    const v = settled.values.get(n.row);
    for (const o of n.observations) {
      if (o === observation || v === undefined || !sameAmount(o.value, v)) continue;
      if (o.sheet && o.sheet !== observation.sheet && o.source === 'own' && o.label === n.level) {
        if (run && run.sheet !== o.sheet) flush();
        run = run ?? { sheet: o.sheet, rows: [] };
        run.rows.push(`${o.label} ${n.name}`);
      } else {
        flush();
        labels.push(o.label);
      }
    }
  }
  flush();
  const support = supportPhrase(labels, observation.value, lang);
  const what = sentenceStart(countOf(parts.count, parts.level, lang));
  const d = shortBy(observation.value - parts.sum, lang);
  const check = CHECK_AGAINST[column][lang];
  return lang === 'en'
    ? `${what} ${addUp(parts.count)} ${formatRupiah(parts.sum)}${support ? `; ${support}` : ''}: likely one ${parts.level} is ${d} — ${check}`
    : `${what} berjumlah ${formatRupiah(parts.sum)}${support ? `; ${support}` : ''}: kemungkinan satu ${parts.level} ${d} — ${check}`;
}

function findHolder(top: EvidenceNode, observation: Observation): EvidenceNode | undefined {
  const stack = [top];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) break;
    if (n.observations.includes(observation)) return n;
    stack.push(...n.children);
  }
  return undefined;
}
