/**
 * Settling one column's evidence: the reading that needs the fewest stated cells changed (each weighed by its
 * weight) for every parent to equal the sum of its children and every place to agree.
 *
 * Bottom-up, each node gets a short list of values it could take with what each costs in its subtree (the sum
 * of its children as stated, the sum with one child at its own next-best value, each value stated for it), and
 * the cost of any other value (one child taking up the difference). Top-down, the top takes its cheapest value
 * and hands each child the value that produced it. Where one child has to take up a difference and several could
 * at the same cost, the fault is the group's: unless exactly one of them explains it as a typing slip, no child
 * is given a number. Where two values cost the same, the evidence is split and none is proposed over the other.
 * Linear in the rows (a bounded list per node).
 */
import { sameAmount } from '../amounts';
import type { ColumnEvidence, EvidenceNode, Observation } from './evidence';
import { isTypingSlip } from './typo';

/** How a node's children produce a value. */
type Via = { kind: 'natural' } | { kind: 'alt'; child: number; pick: number } | { kind: 'free' };

interface Candidate { value: number; cost: number; via: Via }

interface Options {
  /** Cheapest first, distinct values. */
  candidates: Candidate[];
  /** Cost of a value not among the candidates. */
  free: number;
  /** Sum of the children's cheapest values (undefined for a leaf). */
  natural?: number;
}

/** Alternatives kept per node: enough for a fault at one level to meet the evidence a few levels up. */
const KEPT = 8;

export interface WrongCell {
  kind: 'cell';
  node: EvidenceNode;
  observation: Observation;
  expected: number;
}

/** The children of `node` add up to `childrenSum`, not to the settled `value`: one of `suspects` is likely off. */
export interface GroupFault {
  kind: 'group';
  node: EvidenceNode;
  value: number;
  childrenSum: number;
  suspects: EvidenceNode[];
}

/** Two readings cost the same: `values` (cheapest first, the shown one first), with what supports each. */
export interface SplitFault {
  kind: 'split';
  node: EvidenceNode;
  values: [number, number];
  support: [Observation[], Observation[]];
  /** Whether the second value is also the children's sum, the first a stated figure (or the other way round). */
  childrenSum?: number;
}

export type Fault = WrongCell | GroupFault | SplitFault;

/** Settled values by Tabel 3.1 row index (-1 for the top); a row inside a folded subtree reads as stated. */
export class SettledValues {
  private readonly byRow = new Map<number, number>();

  constructor(private readonly stated?: (row: number) => number | undefined) {}

  get(row: number): number | undefined {
    const v = this.byRow.get(row);
    return v !== undefined || !this.stated ? v : this.stated(row);
  }

  set(row: number, value: number): void {
    this.byRow.set(row, value);
  }
}

export interface ColumnSettlement {
  evidence: ColumnEvidence;
  /** Settled value of every node, by Tabel 3.1 row index (-1 for the top). */
  values: SettledValues;
  /** Sum of each internal node's children as settled, by row index, where it differs from the node's settled value. */
  childrenSums: Map<number, number>;
  faults: Fault[];
}

/**
 * A cell that one typing slip away reads `value` (376.620.000 for 367.620.000) is a likelier mistake than any
 * other: it counts three quarters of a cell, so it tips an even balance, never outweighs a whole cell more.
 */
const SLIP_SHARE = 0.75;

function weightOf(observations: Observation[], notEqualTo: number): number {
  let w = 0;
  for (const o of observations) {
    if (sameAmount(o.value, notEqualTo)) continue;
    w += isTypingSlip(o.value, notEqualTo) ? o.weight * SLIP_SHARE : o.weight;
  }
  return w;
}

function optionsOf(node: EvidenceNode, memo: Map<EvidenceNode, Options>): Options {
  if (node.folded) {
    // Settled as stated: what the loop below works out for a subtree that agrees throughout.
    const { value, free } = node.folded;
    const folded: Options = { candidates: [{ value, cost: 0, via: { kind: 'natural' } }], free, natural: value };
    memo.set(node, folded);
    return folded;
  }
  const kids = node.children.map((c) => optionsOf(c, memo));
  const parts: Candidate[] = [];
  let partFree = 0;
  let natural: number | undefined;
  if (kids.length > 0) {
    let n = 0;
    let cost = 0;
    let freeStep = Infinity;
    for (const k of kids) {
      const best = k.candidates[0];
      n += best ? best.value : 0;
      cost += best ? best.cost : k.free;
      freeStep = Math.min(freeStep, best ? k.free - best.cost : 0);
    }
    natural = n;
    parts.push({ value: n, cost, via: { kind: 'natural' } });
    kids.forEach((k, i) => {
      const best = k.candidates[0];
      if (!best) return;
      for (let j = 1; j < k.candidates.length; j++) {
        const alt = k.candidates[j];
        parts.push({ value: n - best.value + alt.value, cost: cost - best.cost + alt.cost, via: { kind: 'alt', child: i, pick: j } });
      }
    });
    partFree = cost + freeStep;
  }
  const values: number[] = parts.map((p) => p.value);
  // A weightless figure (a formula total) is no reading of its own.
  for (const o of node.observations) if (o.weight > 0) values.push(o.value);
  const candidates: Candidate[] = [];
  for (const value of values) {
    if (candidates.some((c) => sameAmount(c.value, value))) continue;
    let part: Candidate | undefined;
    for (const p of parts) if (sameAmount(p.value, value) && (!part || p.cost < part.cost)) part = p;
    const own = weightOf(node.observations, value);
    candidates.push(part ? { value, cost: part.cost + own, via: part.via } : { value, cost: partFree + own, via: { kind: 'free' } });
  }
  // Cheapest first; on a tie the children's own sum first (the bottom-up reading), then the order found (sort is stable).
  if (candidates.length > 1) candidates.sort((a, b) => a.cost - b.cost || Number(b.via.kind === 'natural') - Number(a.via.kind === 'natural'));
  let ownAll = 0;
  for (const o of node.observations) ownAll += o.weight;
  const options: Options = { candidates: candidates.slice(0, KEPT), free: partFree + ownAll, natural };
  memo.set(node, options);
  return options;
}

export function settleColumn(evidence: ColumnEvidence): ColumnSettlement {
  const memo = new Map<EvidenceNode, Options>();
  optionsOf(evidence.top, memo);
  const top = memo.get(evidence.top) as Options;
  const [first, second] = top.candidates;
  if (!first) return { evidence, values: new SettledValues(), childrenSums: new Map(), faults: [] };
  const out: ColumnSettlement = { evidence, values: new SettledValues(evidence.statedValue), childrenSums: new Map(), faults: [] };
  assign(evidence.top, first.value, memo, out);
  if (second && second.cost === first.cost && second.cost < top.free) noteSplit(evidence, second.value, memo, out);
  return out;
}

/**
 * Two readings of the whole cost the same. They differ along one chain of rows; the split is reported on the
 * deepest row of it that states a figure (where one side's evidence stands), and the faults the first reading
 * found on that chain give way to it: the shown values stay the first reading's (the children's sums).
 */
function noteSplit(evidence: ColumnEvidence, other: number, memo: Map<EvidenceNode, Options>, out: ColumnSettlement): void {
  const alt: ColumnSettlement = { evidence, values: new SettledValues(evidence.statedValue), childrenSums: new Map(), faults: [] };
  assign(evidence.top, other, memo, alt);
  const differing = new Set<EvidenceNode>();
  let at: EvidenceNode | undefined;
  const walk = (n: EvidenceNode): void => {
    const a = out.values.get(n.row);
    const b = alt.values.get(n.row);
    if (a === undefined || b === undefined || sameAmount(a, b)) return;
    differing.add(n);
    if (n.observations.some((o) => o.weight > 0)) at = n;
    n.children.forEach(walk);
  };
  walk(evidence.top);
  if (!at) return;
  const node = at;
  const values: [number, number] = [out.values.get(node.row) as number, alt.values.get(node.row) as number];
  const support = (v: number): Observation[] => node.observations.filter((o) => o.weight > 0 && sameAmount(o.value, v));
  out.faults = out.faults.filter((f) => !differing.has(f.node));
  const natural = memo.get(node)?.natural;
  out.faults.push({ kind: 'split', node, values, support: [support(values[0]), support(values[1])], ...(natural !== undefined ? { childrenSum: natural } : {}) });
}

function assign(node: EvidenceNode, value: number, memo: Map<EvidenceNode, Options>, out: ColumnSettlement): void {
  if (node.folded && !sameAmount(value, node.folded.value)) {
    // A folded subtree given another value is settled row by row, as it would have been unfolded.
    out.evidence.unfold(node);
    for (const c of node.children) optionsOf(c, memo);
  }
  const options = memo.get(node) as Options;
  out.values.set(node.row, value);
  for (const o of node.observations) {
    if (!sameAmount(o.value, value)) out.faults.push({ kind: 'cell', node, observation: o, expected: value });
  }
  if (node.children.length === 0) return;
  const kids = node.children.map((c) => memo.get(c) as Options);
  const found = options.candidates.find((c) => sameAmount(c.value, value));
  const via: Via = found ? found.via : { kind: 'free' };
  const bestOf = (k: Options): number => k.candidates[0]?.value ?? 0;
  const natural = options.natural ?? 0;
  if (via.kind === 'natural') {
    node.children.forEach((c, i) => assign(c, bestOf(kids[i]), memo, out));
    return;
  }
  if (via.kind === 'alt') {
    node.children.forEach((c, i) => {
      const pick = i === via.child ? kids[i].candidates[via.pick] : kids[i].candidates[0];
      assign(c, pick ? pick.value : 0, memo, out);
    });
    return;
  }
  // One child takes up the difference: the one it costs least, if only one; else the one a typing slip explains.
  const difference = value - natural;
  const step = kids.map((k) => (k.candidates[0] ? k.free - k.candidates[0].cost : 0));
  const least = Math.min(...step);
  const tied = node.children.map((_, i) => i).filter((i) => step[i] === least);
  let taker = tied.length === 1 ? tied[0] : undefined;
  if (taker === undefined) {
    const slips = tied.filter((i) => {
      const own = node.children[i].observations.find((o) => o.source === 'own');
      return own !== undefined && isTypingSlip(own.value, bestOf(kids[i]) + difference);
    });
    if (slips.length === 1) taker = slips[0];
  }
  if (taker === undefined) {
    out.faults.push({ kind: 'group', node, value, childrenSum: natural, suspects: tied.map((i) => node.children[i]) });
    out.childrenSums.set(node.row, natural);
    node.children.forEach((c, i) => assign(c, bestOf(kids[i]), memo, out));
    return;
  }
  node.children.forEach((c, i) => assign(c, i === taker ? bestOf(kids[i]) + difference : bestOf(kids[i]), memo, out));
}
