/**
 * Report numbers that read the Indonesian way (1.499.900.000 and 37,78 %) on any computer, while the cells stay
 * numbers that formulas, sorting and charts use.
 *
 * Why literals: Excel draws `#,##0` and `0.00` with the computer's own separators, and a locale tag in the code
 * (`[$-421]`) changes month names there, not separators. So the separators are written into the codes as literal
 * characters: `#\.###\.##0` is 1.499.900.000 everywhere. A literal shows even where its digits are missing
 * (`#\.##0` draws 7 as ".7"), so each magnitude needs its own code:
 *   - a cell's own code is chosen for its value and covers its neighbouring magnitudes through the code's two
 *     conditions (`[>=1000000000]…;[>=1000000]…;…`), so the sheet reads right as written, in any viewer;
 *   - conditional-format rules, one per magnitude of |value| (and one for zero), carry the same codes, so a value
 *     the planner changes later is drawn with its new magnitude's code.
 * Negatives never go through a code's conditions: Excel and LibreOffice disagree on whether a conditional section
 * draws the minus sign. A negative cell gets a one-section code, which every host draws with a leading "-".
 * Decimals: a code's decimal point is the computer's again, so a percentage (37.78 in percent units) is drawn
 * scaled by the code's `%` (×100: 3778) into integer digits with a literal comma before the last two:
 * `0\,00 %` → "37,78 %". The same trick cannot draw a non-percentage with decimals (3.25 "indeks") without a
 * "%": such a value's code names the value itself (exactDecimalFormat).
 */
import type { ConditionalFormat, ConditionalNumberFormat, NumberKindName, PlanCell, SheetPlan } from './sheet-plan';
import { a1 } from '../grid/grid';
import { formatPercent } from '../parse/format';

/** How a kind of number is drawn: its digits for a number of thousand groups, and what zero shows. */
export interface NumberKind {
  readonly name: NumberKindName;
  /** the code for a value with `groups` thousand groups above its last three digits (0 = under 1.000) */
  digits(groups: number): string;
  /** what a zero shows ("-" as the report writes a realisasi of none), or undefined for the digits' own 0 */
  zero?: string;
}

/** Largest group count given a code of its own; bigger values put their extra digits in the leading "#". */
const MAX_GROUPS = 4;

/** `0`, `#\.##0`, `#\.###\.##0`, …: integer digits with a literal "." between groups of three. */
function groupedDigits(groups: number): string {
  if (groups <= 0) return '0';
  return '#' + '\\.###'.repeat(groups - 1) + '\\.##0';
}

/** Rupiah: grouped whole numbers, "-" for zero (Tabel 3.1's "realisasi -"). */
export const AMOUNT: NumberKind = { name: 'amount', digits: groupedDigits, zero: '"-"' };
/** Percent units (37.78) drawn as "37,78 %": the code's % scales by 100 into digits, the comma is a literal. */
export const PERCENT: NumberKind = { name: 'percent', digits: (g) => `${groupedDigits(g).replace(/0$/, '0\\,00')} %`, zero: '"-"' };
/** A whole PK value (a target of 100, 33 PD): grouped, zero drawn as 0. */
export const COUNT: NumberKind = { name: 'count', digits: groupedDigits };
/** A whole PK realisasi: zero drawn as "-", as the published table writes a realisasi of none. */
export const COUNT_DASH: NumberKind = { name: 'countDash', digits: groupedDigits, zero: '"-"' };
/** A PK value in percent with decimals (37.35 with satuan "%"). */
export const COUNT_PERCENT: NumberKind = { name: 'countPercent', digits: PERCENT.digits, zero: undefined };

/** A whole PK value of a percent indicator (a target of 100): "100 %", the sign a literal, no scaling. */
export const WHOLE_PERCENT: NumberKind = { name: 'wholePercent', digits: (g) => `${groupedDigits(g)}" %"` };
/** A whole PK realisasi of a percent indicator: "26 %", zero drawn as "-". */
export const WHOLE_PERCENT_DASH: NumberKind = { name: 'wholePercentDash', digits: WHOLE_PERCENT.digits, zero: '"-"' };

const KINDS: readonly NumberKind[] = [AMOUNT, PERCENT, COUNT, COUNT_DASH, COUNT_PERCENT, WHOLE_PERCENT, WHOLE_PERCENT_DASH];

/** The computer's separators: what a decimal that is neither whole nor a percentage falls back to once changed. */
export const LOCALE_DECIMAL_FORMAT = '#,##0.##';

/**
 * A decimal that is neither whole nor a percentage (an "Indeks" of 76,5): the `%` trick would add a sign it does not
 * have, so its code names the value itself and draws it as text, `[=76.5]"76,5";#,##0.##`. The cell stays the number;
 * a value the planner types later falls to the computer's separators (README: Angka Indonesia, limits).
 */
export function exactDecimalFormat(value: number): string {
  const written = String(value);
  if (!Number.isFinite(value) || /e/i.test(written)) return LOCALE_DECIMAL_FORMAT;
  const decimals = Math.min((written.split('.')[1] ?? '').length, 10);
  return `[=${written}]"${formatPercent(value, decimals)}";${LOCALE_DECIMAL_FORMAT}`;
}

/** Thousand groups of |value| above its last three digits: 7 → 0, 1.000 → 1, 1.499.900.000 → 3. */
export function groupsOf(value: number): number {
  let groups = 0;
  for (let abs = Math.abs(value); abs >= 1000 && groups < MAX_GROUPS; abs /= 1000) groups++;
  return groups;
}

const power = (groups: number): number => 1000 ** groups;

/**
 * The code a cell of `kind` holding `value` is written with. Text results ("-" from a guarded formula) and
 * unknown values get the code of the magnitude most cells of the kind have (millions for rupiah).
 */
export function numberFormat(kind: NumberKind, value: number | string | null): string {
  const d = kind.digits;
  if (typeof value !== 'number' || !Number.isFinite(value)) return numberFormat(kind, kind === AMOUNT ? 1e6 : 1);
  if (value < 0) return d(groupsOf(value));
  const g = groupsOf(value);
  if (g === 0) return kind.zero !== undefined ? `[>=1000]${d(1)};[=0]${kind.zero};${d(0)}` : `[>=1000]${d(1)};${d(0)}`;
  return `[>=${power(g + 1)}]${d(g + 1)};[>=${power(g)}]${d(g)};${d(g - 1)}`;
}

/**
 * A chart's value axis up to `max` rupiah. Its ticks are round steps of about a tenth of the largest and end a
 * little above it, so two magnitudes and 0 are all an axis shows: the top tick's and the one below it
 * (`[>=1000000000]#\.###\.###\.##0;[>=1000000]#\.###\.##0;0` for 1.500.000.000).
 */
export function axisFormat(max: number): string {
  const g = groupsOf(max);
  const top = Math.max(1, max * 1.25 >= power(g + 1) ? g + 1 : g);
  return `[>=${power(top)}]${groupedDigits(top)};[>=${power(top - 1)}]${groupedDigits(top - 1)};0`;
}

/** A kind by its name, as a plan cell records it. */
export function numberKindNamed(name: NumberKindName | undefined): NumberKind | undefined {
  return KINDS.find((k) => k.name === name);
}

/**
 * The conditional rules of a kind: zero first (where it has a zero of its own), then one one-section code per
 * magnitude of |value|. The ranges do not overlap, so hosts that apply every true rule and hosts that apply the
 * first agree.
 */
export function numberRules(kind: NumberKind): ConditionalNumberFormat[] {
  const rules: ConditionalNumberFormat[] = [];
  if (kind.zero !== undefined) rules.push({ kind: 'zero', format: kind.zero });
  for (let g = 0; g <= MAX_GROUPS; g++) {
    const rule: ConditionalNumberFormat = { kind: 'magnitude', absFrom: g === 0 ? 0 : power(g), format: kind.digits(g) };
    if (g < MAX_GROUPS) rule.absBelow = power(g + 1);
    if (g === 0 && kind.zero !== undefined) rule.nonZero = true;
    rules.push(rule);
  }
  return rules;
}

/** The rule as an Excel expression over `ref`, the range's top-left cell; ISNUMBER keeps text and blanks out. */
export function numberRuleExpression(rule: ConditionalNumberFormat, ref: string): string {
  if (rule.kind === 'zero') return `AND(ISNUMBER(${ref}),${ref}=0)`;
  const parts = [`ISNUMBER(${ref})`];
  if (rule.absFrom > 0) parts.push(`ABS(${ref})>=${rule.absFrom}`);
  if (rule.absBelow !== undefined) parts.push(`ABS(${ref})<${rule.absBelow}`);
  if (rule.nonZero) parts.push(`${ref}<>0`);
  return `AND(${parts.join(',')})`;
}

function kindOfCell(cell: PlanCell | null | undefined): NumberKind | undefined {
  return cell && (cell.kind === 'number' || cell.kind === 'formula') ? numberKindNamed(cell.numberKind) : undefined;
}

/**
 * The number rules for a plan: per column, each run of cells of one kind (PlanCell.numberKind) becomes one range
 * with its kind's rules. Text and empty cells inside a run do not break it (ISNUMBER passes them by); a number of
 * another kind, or of none, does.
 */
export function numberFormatRules(rows: readonly (readonly (PlanCell | null)[])[]): ConditionalFormat[] {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const out: ConditionalFormat[] = [];
  for (let c = 0; c < width; c++) {
    let run: { kind: NumberKind; first: number; last: number } | undefined;
    const close = (): void => {
      if (run) out.push({ range: `${a1(run.first, c)}:${a1(run.last, c)}`, bands: [], numberFormats: numberRules(run.kind) });
      run = undefined;
    };
    rows.forEach((row, r) => {
      const cell = row[c];
      const kind = kindOfCell(cell);
      if (!kind) {
        // A number with a code of its own (3,25 under the computer's separators) must not fall under the rules.
        if (cell && (cell.kind === 'number' || cell.kind === 'formula')) close();
        return;
      }
      if (run && run.kind === kind) run.last = r;
      else {
        close();
        run = { kind, first: r, last: r };
      }
    });
    close();
  }
  return out;
}

/** The plan with its number rules after its own conditional formats (colour bands keep their priority). */
export function withNumberRules(plan: SheetPlan): SheetPlan {
  const rules = numberFormatRules(plan.rows);
  return rules.length === 0 ? plan : { ...plan, conditionalFormats: [...plan.conditionalFormats, ...rules] };
}
