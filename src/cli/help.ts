/** `lapkin --help`, in the chosen language. */
import type { Lang } from '../domain/settings';

const HELP: Record<Lang, string> = {
  id: `Lapkin — periksa dan hitung ulang Laporan Kinerja dari workbook Anda.

Pemakaian:
  lapkin check FILE.xlsx  [--year TAHUN] [--quarter 1-4] [--mapping PEMETAAN.json] [--lang id|en] [--json]
      Daftar temuan (sheet, sel, penjelasan, nilai tertulis, seharusnya, saran).
      Keluar 0 bila tidak ada error, 1 bila ada error, 2 bila berkas/opsi tidak dapat dibaca.
  lapkin report FILE.xlsx -o LAPORAN.xlsx  [opsi yang sama]
      Menulis salinan workbook ditambah sheet laporan (Tabel 3.1, rincian, Capaian PK, Temuan).
      Berkas asli tidak pernah ditulis.
  --dpa "1.500.000.000" atau "4.01.02=838.526.327;4.01.01=661.473.673"
      Pagu menurut DPA (seluruh unit, atau per program/kegiatan): memutuskan jumlah yang diperdebatkan.
  lapkin map FILE.xlsx  [--mapping PEMETAAN.json]
      Mencetak pemetaan yang terdeteksi (jenis sheet, baris judul kolom, peran kolom) sebagai JSON,
      dan di stderr satu baris per kolom (kolom yang disembunyikan sheet ditandai "kolom tersembunyi").
      Sunting dan berikan kembali dengan --mapping bila ada yang keliru.
`,
  en: `Lapkin — check and recalculate a Laporan Kinerja from your workbook.

Usage:
  lapkin check FILE.xlsx  [--year YEAR] [--quarter 1-4] [--mapping MAPPING.json] [--lang id|en] [--json]
      List findings (sheet, cell, explanation, stated value, expected value, suggestion).
      Exit 0 with no errors, 1 with errors, 2 when the file or options cannot be read.
  lapkin report FILE.xlsx -o REPORT.xlsx  [same options]
      Write a copy of the workbook plus report sheets (Table 3.1, details, Capaian PK, Findings).
      The input file is never written.
  --dpa "1.500.000.000" or "4.01.02=838.526.327;4.01.01=661.473.673"
      Pagu as the DPA states it (whole unit, or per programme/kegiatan): it settles disputed totals.
  lapkin map FILE.xlsx  [--mapping MAPPING.json]
      Print the detected mapping (sheet kinds, header rows, column roles) as JSON,
      and on stderr one line per column (a column the sheet hides is marked "hidden column").
      Edit it and pass it back with --mapping where something is off.
`,
};

export function helpText(lang: Lang): string {
  return HELP[lang];
}
