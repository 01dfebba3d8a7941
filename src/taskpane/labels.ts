/** Names of the core's enumerations (sheet kinds, column roles, rules, severities) in both languages. */
import type { RuleName, Severity } from '../domain/findings';
import type { ColumnRole, SheetKind } from '../domain/mapping/types';
import type { Lang } from '../domain/settings';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

export const SHEET_KIND_LABELS: Labels<SheetKind> = {
  id: {
    'tabel-3.1': 'Tabel 3.1 (realisasi anggaran)',
    detail: 'Rincian sub kegiatan',
    'capaian-pk': 'Capaian Perjanjian Kinerja',
    kegiatan: 'Pelaksanaan kegiatan',
    unknown: 'Tidak dikenali',
  },
  en: {
    'tabel-3.1': 'Table 3.1 (budget realisation)',
    detail: 'Sub kegiatan detail',
    'capaian-pk': 'Perjanjian Kinerja capaian',
    kegiatan: 'Activities',
    unknown: 'Not recognised',
  },
};

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
    ignore: 'Ignore',
  },
};

export const RULE_LABELS: Labels<RuleName> = {
  id: {
    'number-format': 'Format angka salah',
    'separator-style': 'Pemisah angka gaya Inggris',
    'sum-mismatch': 'Jumlah tidak sesuai',
    'percent-mismatch': 'Persentase tidak sesuai',
    'capaian-mismatch': 'Capaian tidak sesuai',
    'missing-value': 'Nilai kosong',
    'over-budget': 'Realisasi melebihi pagu',
    'duplicate-code': 'Kode ganda',
    'cross-table-mismatch': 'Angka antar tabel berbeda',
    'date-out-of-period': 'Tanggal di luar periode',
    'date-invalid': 'Tanggal tidak terbaca',
    'header-mismatch': 'Judul kolom tidak sesuai',
    'capaian-undefined': 'Capaian tidak terdefinisi',
    'items-below-total': 'Rincian kurang dari total',
    'formula-stale': 'Nilai rumus usang',
    'formula-range': 'Rumus melewatkan baris',
    'months-sum-mismatch': 'Jumlah bulanan tidak sesuai',
    'sisa-mismatch': 'Sisa anggaran tidak sesuai',
    'kategori-mismatch': 'Kategori tidak sesuai',
    'date-order': 'Tanggal selesai sebelum mulai',
  },
  en: {
    'number-format': 'Malformed number',
    'separator-style': 'English-style separators',
    'sum-mismatch': 'Sum does not match',
    'percent-mismatch': 'Percentage does not match',
    'capaian-mismatch': 'Capaian does not match',
    'missing-value': 'Missing value',
    'over-budget': 'Realisasi over pagu',
    'duplicate-code': 'Duplicate code',
    'cross-table-mismatch': 'Tables disagree',
    'date-out-of-period': 'Date outside the period',
    'date-invalid': 'Unreadable date',
    'header-mismatch': 'Header does not match',
    'capaian-undefined': 'Capaian undefined',
    'items-below-total': 'Line items below the total',
    'formula-stale': 'Stale formula value',
    'formula-range': 'Formula leaves out rows',
    'months-sum-mismatch': 'Months do not add up',
    'sisa-mismatch': 'Remaining budget does not match',
    'kategori-mismatch': 'Category does not match',
    'date-order': 'End date before start',
  },
};

export const SEVERITY_LABELS: Labels<Severity> = {
  id: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};
