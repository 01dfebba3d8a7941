/**
 * Folding a subtree that agrees throughout into one node (settle/stated-tree.ts, gather.ts) is a shortcut only: the
 * settlement of the fully unfolded tree gives the same findings and the same report figures. Checked on the
 * bundled examples, every layouts corpus workbook, and one or two faults planted anywhere in a small unit's workbook.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { ColumnEvidence, EvidenceNode } from '../../src/domain/budget/settle/evidence';
import type { Grid } from '../../src/domain/grid/grid';
import { analyzeWorkbook } from '../../src/domain/analyze';
import { buildReportPlans } from '../../src/domain/report/build-report';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { T31_FIRST, T31_ROWS, workbook, type Overrides } from './workbook';

/** When true, every piece of evidence is gathered and then unfolded all the way down before it is settled. */
let mockUnfoldAll = false;

jest.mock('../../src/domain/budget/settle/gather', () => {
  const actual = jest.requireActual<typeof import('../../src/domain/budget/settle/gather')>('../../src/domain/budget/settle/gather');
  const unfoldAll = (evidence: ColumnEvidence): void => {
    const stack: EvidenceNode[] = [evidence.top];
    for (let node = stack.pop(); node; node = stack.pop()) {
      evidence.unfold(node);
      stack.push(...node.children);
    }
  };
  return {
    ...actual,
    gatherEvidence: (...args: Parameters<typeof actual.gatherEvidence>) => {
      const evidence = actual.gatherEvidence(...args);
      if (evidence && mockUnfoldAll) unfoldAll(evidence);
      return evidence;
    },
  };
});

/** What a user sees of an analysis: its findings and every figure of the report sheets. */
interface Seen {
  findings: string[];
  /** Each report sheet's rows, one JSON line per row. */
  plans: string[][];
}

function seen(grids: Grid[]): Seen {
  const analysis = analyzeWorkbook(grids);
  const findings = analysis.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message} → ${f.expected ?? ''}`);
  return { findings, plans: buildReportPlans(analysis).map((p) => [p.name, ...p.rows.map((r) => JSON.stringify(r)), JSON.stringify({ ...p, rows: undefined })]) };
}

function foldedAndUnfolded(grids: Grid[]): [Seen, Seen] {
  mockUnfoldAll = false;
  const folded = seen(grids);
  mockUnfoldAll = true;
  try {
    return [folded, seen(grids)];
  } finally {
    mockUnfoldAll = false;
  }
}

/** Proof the mock reaches the settlement: unfolding leaves no folded node behind. */
test('the unfolding mock unfolds every node', () => {
  mockUnfoldAll = true;
  try {
    const analysis = analyzeWorkbook(workbook());
    const column = analysis.settlement?.tables[0]?.columns.pagu;
    expect(column).toBeDefined();
    const stack = [column?.evidence.top];
    let nodes = 0;
    for (let node = stack.pop(); node; node = stack.pop()) {
      expect(node.folded).toBeUndefined();
      nodes++;
      stack.push(...node.children);
    }
    expect(nodes).toBeGreaterThan(T31_ROWS.length);
  } finally {
    mockUnfoldAll = false;
  }
});

const root = path.join(__dirname, '..', '..');
const workbooks = [
  ...fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join('examples', f)),
  ...fs.readdirSync(path.join(root, 'tests', 'fixtures', 'layouts')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join('tests', 'fixtures', 'layouts', f)),
];

test('there are workbooks to compare', () => {
  expect(workbooks.length).toBeGreaterThan(40);
});

test.each(workbooks)('%s: the same findings and report folded and unfolded', async (file) => {
  const [folded, unfolded] = foldedAndUnfolded(await readWorkbook(path.join(root, file)));
  expect(folded.findings).toEqual(unfolded.findings);
  expect(folded.plans).toEqual(unfolded.plans);
});

describe('faults planted anywhere in a small unit', () => {
  // Any pagu cell of the Tabel 3.1 (the JUMLAH row too), the detail table, the Rencana Kerja list, the PK or the DPA
  // sheet: blanked, set to round millions (a slip of a digit among them) or to any amount.
  const tabel31 = Array.from({ length: T31_ROWS.length + 1 }, (_, i) => `T3.1!C${T31_FIRST + i}`);
  const elsewhere = ['Tabel 3.2!C5', 'Tabel 3.2!C6', 'Tabel 3.2!C7', 'Rencana Kerja!C4', 'Rencana Kerja!C5', 'Rencana Kerja!C8', 'PK 2024!D9', 'PK 2024!D11', 'DPA!C4', 'DPA!C6'];
  const cellOf = fc.oneof({ arbitrary: fc.constantFrom(...tabel31), weight: 3 }, { arbitrary: fc.constantFrom(...elsewhere), weight: 1 });
  const valueOf = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 1_500 }).map((m) => m * 1_000_000), fc.integer({ min: 0, max: 2_000_000_000 }));
  const fault = fc.tuple(cellOf, valueOf);
  const options = fc.record({ detail: fc.boolean(), rencana: fc.boolean(), pk: fc.boolean(), dpa: fc.constantFrom(undefined, 'sheet' as const, 'block' as const) });

  test('one to three faults, with and without the other tables', () => {
    fc.assert(
      fc.property(fc.array(fault, { minLength: 1, maxLength: 3 }), options, (faults, opts) => {
        const overrides: Overrides = Object.fromEntries(faults);
        const [folded, unfolded] = foldedAndUnfolded(workbook(overrides, opts));
        expect(folded.findings).toEqual(unfolded.findings);
        expect(folded.plans).toEqual(unfolded.plans);
      }),
      { numRuns: 300 },
    );
  });
});
