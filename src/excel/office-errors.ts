/**
 * Turns what Excel throws into one line a planner can act on, in Bahasa Indonesia (English when lang = 'en').
 * office-js errors carry a `code` (OfficeExtension.Error); network failures in Excel on the web often carry
 * no code, only a message, so both are looked at.
 */
import type { Lang } from '../domain/settings';

type Kind =
  | 'cellEdit'
  | 'protected'
  | 'payload'
  | 'connection'
  | 'notFound'
  | 'unsupported'
  | 'busy'
  | 'unknown';

const MESSAGES: Record<Kind, Record<Lang, string>> = {
  cellEdit: {
    id: 'Excel sedang dalam mode edit sel: tekan Enter atau Esc untuk keluar dari sel, lalu coba lagi.',
    en: 'Excel is editing a cell: press Enter or Esc to leave the cell, then try again.',
  },
  protected: {
    id: 'Sheet atau workbook diproteksi: buka proteksinya (Tinjau › Buka Proteksi Lembar) lalu coba lagi.',
    en: 'The sheet or workbook is protected: unprotect it (Review › Unprotect Sheet) and try again.',
  },
  payload: {
    id: 'Data terlalu besar untuk satu kiriman ke Excel (batas 5 MB di Excel untuk web), bahkan setelah dibagi: kecilkan tabelnya atau gunakan Excel desktop.',
    en: 'The data is too large for one request to Excel (5 MB limit in Excel on the web), even after splitting: reduce the table or use desktop Excel.',
  },
  connection: {
    id: 'Koneksi ke Excel terputus: periksa jaringan, muat ulang Lapkin, lalu coba lagi.',
    en: 'The connection to Excel was lost: check the network, reload Lapkin and try again.',
  },
  notFound: {
    id: 'Sheet atau sel yang dituju tidak ditemukan (mungkin sudah diganti namanya atau dihapus).',
    en: 'The sheet or cell could not be found (it may have been renamed or deleted).',
  },
  unsupported: {
    id: 'Versi Excel ini belum mendukung fitur yang dibutuhkan: perbarui Office atau gunakan Excel untuk web.',
    en: 'This version of Excel lacks a feature Lapkin needs: update Office or use Excel on the web.',
  },
  busy: {
    id: 'Excel sedang sibuk: tunggu sebentar lalu coba lagi.',
    en: 'Excel is busy: wait a moment and try again.',
  },
  unknown: {
    id: 'Excel menolak perintah',
    en: 'Excel refused the request',
  },
};

const CODE_KINDS: Record<string, Kind> = {
  InvalidOperationInCellEditMode: 'cellEdit',
  AccessDenied: 'protected',
  WorkbookProtected: 'protected',
  SheetProtected: 'protected',
  RequestPayloadSizeLimitExceeded: 'payload',
  ResponsePayloadSizeLimitExceeded: 'payload',
  ConnectionFailure: 'connection',
  RequestAborted: 'connection',
  ServiceNotAvailable: 'connection',
  ItemNotFound: 'notFound',
  ApiNotFound: 'unsupported',
  NotImplemented: 'unsupported',
  UnsupportedFeature: 'unsupported',
  ActivityLimitReached: 'busy',
  Conflict: 'busy',
};

/** The `code` of an office-js error, when there is one. */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code = (e as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const m = (e as { message: unknown }).message;
    if (typeof m === 'string') return m;
  }
  return typeof e === 'string' ? e : '';
}

function classify(e: unknown): Kind {
  const code = officeErrorCode(e);
  if (code && CODE_KINDS[code]) return CODE_KINDS[code];
  const msg = errorMessage(e);
  if (/protected|diproteksi|dilindungi/i.test(msg)) return 'protected';
  if (/cell edit mode|mode edit/i.test(msg)) return 'cellEdit';
  if (/payload|too large/i.test(msg)) return 'payload';
  if (/network|connection|koneksi|failed to fetch|offline/i.test(msg)) return 'connection';
  return 'unknown';
}

/** true for the 5 MB request/response limit of Excel on the web: the caller splits and retries. */
export function isPayloadLimitError(e: unknown): boolean {
  const code = officeErrorCode(e);
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return true;
  return !code && /payload size/i.test(errorMessage(e));
}

/** One clear line for the planner; unknown errors keep Excel's own code and message for support. */
export function describeOfficeError(e: unknown, lang: Lang): string {
  const kind = classify(e);
  const text = MESSAGES[kind][lang];
  if (kind !== 'unknown') return text;
  const detail = [officeErrorCode(e), errorMessage(e)].filter((s) => s && s.length > 0).join(': ');
  const oneLine = detail.replace(/\s+/g, ' ').trim();
  return oneLine ? `${text} (${oneLine}).` : `${text}.`;
}
