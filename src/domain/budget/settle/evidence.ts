/**
 * The evidence about one amount column of a Tabel 3.1: a tree whose nodes are the table's rows (a program, kegiatan
 * or sub kegiatan) under one top node (the unit's whole budget), each with every place that states its amount —
 * its own cell, a totals row (JUMLAH), a detail table's row or Total, the Rencana Kerja list, the Perjanjian
 * Kinerja's budget, the DPA figure the planner gave or the workbook states. gather.ts builds it, solve.ts settles it.
 */
import type { AmountColumn } from '../amounts';

/**
 * Where a stated amount stands, for the planner to find and for messages to name: the row's own cell, a totals row,
 * a detail table, the Rencana Kerja list, the DPA, the Perjanjian Kinerja — or the row's own kode rekening lines
 * (`lines`: the line items under a sub kegiatan, grouped by kode rekening, add up to it; no cell of their own).
 */
export type ObservationSource = 'own' | 'total' | 'detail' | 'rencana' | 'dpa' | 'pk' | 'lines';

export interface Observation {
  value: number;
  sheet: string;
  /** A1 address without the sheet, "" for a figure from the settings. */
  cell: string;
  source: ObservationSource;
  /** How many cells' worth of evidence it is: 1 for a cell, far more for a DPA figure (it settles the question). */
  weight: number;
  /** What stands there, in the run's language: "kegiatan", "JUMLAH", "Total tabel Kelembagaan", "DPA". */
  label: string;
}

export interface EvidenceNode {
  /** Index of the row in the Tabel 3.1's rows; -1 for the top (the sum of the table's roots). */
  row: number;
  /** Kode, or the uraian where there is no code, for messages. */
  name: string;
  /** Level word for messages ("sub kegiatan", "kegiatan", "program"); children of one node usually share it. */
  level: string;
  children: EvidenceNode[];
  observations: Observation[];
  /**
   * Set on a node whose whole subtree agrees (every stated parent equals the sum of its rows, and nothing but the
   * rows' own cells states a figure in it): it is settled as stated, and its children are listed only when
   * ColumnEvidence.unfold is called (the settlement gives it another value).
   */
  folded?: { value: number; free: number };
}

/** The evidence tree of one column of one Tabel 3.1. */
export interface ColumnEvidence {
  column: AmountColumn;
  top: EvidenceNode;
  /** Lists a folded node's children (each folded in turn, or a leaf) and clears its fold. */
  unfold(node: EvidenceNode): void;
  /**
   * A node's children as the explanations read them: for a folded node, its rows as nodes of their own (each folded
   * in turn), made without unfolding it, so the settlement and its values stay as they are.
   */
  childrenOf(node: EvidenceNode): EvidenceNode[];
  /** The settled-as-stated value of a row inside a folded subtree (one without a node); undefined for any other row. */
  statedValue(row: number): number | undefined;
  /** The own cell's observation of a row inside a folded subtree, by its sheet and cell. */
  foldedObservation(sheet: string, cell: string): { node: number; observation: Observation } | undefined;
}

/** A DPA figure weighs more than every cell of a workbook together: when given, it decides. */
export const DPA_WEIGHT = 1_000_000;
