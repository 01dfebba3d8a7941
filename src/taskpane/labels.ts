/**
 * Names of the core's enumerations in both languages: column roles here; sheet kinds, rules and
 * severities from the glossary and the rule registry, so the pane says what the sheets and the CLI say.
 */
import type { RuleName, Severity } from '../domain/findings';
import { SEVERITY_WORDS, SHEET_KIND_WORDS } from '../domain/glossary';
import { RULES } from '../domain/rules/registry';
import type { ColumnRole, SheetKind } from '../domain/mapping/types';
import type { Lang } from '../domain/settings';

type Labels<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** Sheet kinds' names: the glossary's. */
export const SHEET_KIND_LABELS: Labels<SheetKind> = SHEET_KIND_WORDS;

export const COLUMN_ROLE_LABELS: Labels<ColumnRole> = {
  id: {
    no: 'No.',
    kode: 'Kode',
    uraian: 'Uraian',
    pagu: 'Pagu',
    target: 'Target',
    realisasi: 'Realisasi',
    capaian: 'Capaian',
    sasaran: 'Sasaran',
    indikator: 'Indikator',
    satuan: 'Satuan',
    polaritas: 'Polaritas',
    kondisiAwal: 'Kondisi awal',
    definisi: 'Definisi',
    formula: 'Formula',
    waktu: 'Waktu pelaksanaan',
    hasil: 'Hasil',
    keterangan: 'Keterangan',
    kategori: 'Kategori',
    kodeBagian: 'Bagian kode (Urusan/Bidang/…)',
    realisasiBulan: 'Realisasi bulanan',
    fisik: 'Realisasi fisik (%)',
    paguMurni: 'Pagu murni (sebelum perubahan)',
    targetTahunan: 'Target tahunan',
    sisa: 'Sisa anggaran',
    tanggalMulai: 'Tanggal mulai',
    tanggalSelesai: 'Tanggal selesai',
    ignore: 'Abaikan',
  },
  en: {
    no: 'No.',
    kode: 'Code',
    uraian: 'Description',
    pagu: 'Pagu (budget)',
    target: 'Target',
    realisasi: 'Realisasi (actual)',
    capaian: 'Capaian (achievement)',
    sasaran: 'Objective',
    indikator: 'Indicator',
    satuan: 'Unit',
    polaritas: 'Polarity',
    kondisiAwal: 'Baseline',
    definisi: 'Definition',
    formula: 'Formula',
    waktu: 'Date',
    hasil: 'Result',
    keterangan: 'Remarks',
    kategori: 'Category',
    kodeBagian: 'Part of the code (Urusan/Bidang/…)',
    realisasiBulan: 'Monthly realisasi',
    fisik: 'Physical progress (%)',
    paguMurni: 'Original pagu (before change)',
    targetTahunan: 'Annual target',
    sisa: 'Remaining budget',
    tanggalMulai: 'Start date',
    tanggalSelesai: 'End date',
    ignore: 'Ignore',
  },
};

/** Rules' short labels, from the rule registry. */
export const RULE_LABELS: Labels<RuleName> = {
  id: Object.fromEntries(RULES.map((r) => [r.id, r.label.id])) as Record<RuleName, string>,
  en: Object.fromEntries(RULES.map((r) => [r.id, r.label.en])) as Record<RuleName, string>,
};

/** Severities' names: the glossary's. */
export const SEVERITY_LABELS: Labels<Severity> = SEVERITY_WORDS;
