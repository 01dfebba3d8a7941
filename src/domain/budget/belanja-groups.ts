/**
 * A kode rekening group row typed without its code: "Belanja Operasi", "BELANJA BARANG DAN JASA", "Jenis Belanja
 * Pegawai", "5.1.02 Belanja Barang dan Jasa" (the code in the uraian), "Belanja Modal (5.2)". Its account is known by
 * what it says — the group names of Permendagri 90/2019's akun, kelompok and jenis of belanja, or the code written
 * beside the name — not by its amount agreeing with its lines (item-nesting.ts): a group stating a wrong sum is
 * still a group, and its fault is said on it.
 */

/**
 * Normalized name → the group's kode rekening: akun, kelompok and jenis only. An objek's name ("Belanja Perjalanan
 * Dinas") is also what planners call a line of their own beside "Belanja Barang dan Jasa", so it is not listed (it
 * is a group when its code is written with it, or when its amount adds up its lines).
 */
const GROUP_CODES: ReadonlyMap<string, string> = new Map([
  ['belanja', '5'],
  ['belanja daerah', '5'],
  ['belanja operasi', '5.1'],
  ['belanja modal', '5.2'],
  ['belanja tidak terduga', '5.3'],
  ['belanja tak terduga', '5.3'],
  ['belanja transfer', '5.4'],
  ['belanja pegawai', '5.1.01'],
  ['belanja barang dan jasa', '5.1.02'],
  ['belanja barang jasa', '5.1.02'],
  ['belanja bunga', '5.1.03'],
  ['belanja subsidi', '5.1.04'],
  ['belanja hibah', '5.1.05'],
  ['belanja bantuan sosial', '5.1.06'],
  ['belanja modal tanah', '5.2.01'],
  ['belanja modal peralatan dan mesin', '5.2.02'],
  ['belanja modal gedung dan bangunan', '5.2.03'],
  ['belanja modal jalan irigasi dan jaringan', '5.2.04'],
  ['belanja modal jalan jaringan dan irigasi', '5.2.04'],
  ['belanja modal aset tetap lainnya', '5.2.05'],
  ['belanja modal aset lainnya', '5.2.06'],
  ['belanja bagi hasil', '5.4.01'],
  ['belanja bantuan keuangan', '5.4.02'],
]);

/** The longest listed name with the longest level word before it ("kelompok "), and room for doubled spaces. */
const LONGEST_NAME = Math.max(...[...GROUP_CODES.keys()].map((k) => k.length)) + 'kelompok '.length + 4;

/** A belanja kode rekening of a group: 5, kelompok (one digit), jenis, objek, rincian objek (two digits each). */
const BELANJA_CODE = /^5(\.\d(\.\d\d(\.\d\d(\.\d\d)?)?)?)?$/;
/** The code written before the name ("5.1.02 Belanja …", "5.1.02. - Belanja …") or after it in brackets ("… (5.1.02)"). */
const CODE_BEFORE = /^(5(?:\s*\.\s*\d+)*)\s*\.?\s*[-–:]?\s+(?=\D)/;
const CODE_AFTER = /\s*[([]\s*(5(?:\s*\.\s*\d+)*)\s*\.?\s*[)\]]\s*$/;
/** The level's own word before a group name: "Kelompok Belanja Operasi", "Jenis Belanja Pegawai". */
const LEVEL_WORD = /^(akun|kelompok|jenis|objek|obyek)\s+/;

const LEVEL_WORDS = ['akun', 'kelompok', 'jenis', 'objek', 'obyek'];

function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(LEVEL_WORD, '');
}

/** The listed names by length: a plainly typed name is compared with those of its length, in place. */
const NAMES_BY_LENGTH = new Map<number, string[]>();
for (const name of GROUP_CODES.keys()) NAMES_BY_LENGTH.set(name.length, [...(NAMES_BY_LENGTH.get(name.length) ?? []), name]);

/** Letters and single spaces only: a name as most planners type it (any case), read without a cleaned copy. */
function isPlain(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) continue;
    if (text.charCodeAt(k) !== 32 || k === 0 || text.charCodeAt(k - 1) === 32) return false;
  }
  return true;
}

/** Whether plain `text` from `from` on is lower-case `name` in any case. */
function sameFrom(text: string, from: number, name: string): boolean {
  if (text.length - from !== name.length) return false;
  for (let k = 0; k < name.length; k++) if ((text.charCodeAt(from + k) | 32) !== name.charCodeAt(k)) return false;
  return true;
}

function listedFrom(text: string, from: number): string | undefined {
  const names = NAMES_BY_LENGTH.get(text.length - from);
  const name = names?.find((n) => sameFrom(text, from, n));
  return name === undefined ? undefined : GROUP_CODES.get(name);
}

/** A plainly typed name's group, with or without its level's word before it. */
function plainGroup(text: string): string | undefined {
  const direct = listedFrom(text, 0);
  if (direct !== undefined) return direct;
  const space = text.indexOf(' ');
  return space > 0 && LEVEL_WORDS.some((w) => w.length === space && sameFrom(text.slice(0, space), 0, w)) ? listedFrom(text, space + 1) : undefined;
}

function codeOf(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The kode rekening an uncoded row's uraian names it a group of: the code written with the name, else the listed
 * name's; undefined for anything else (an item, a note). Cheap for the rows that cannot be one (first letter).
 */
export function belanjaGroupCode(uraian: string): string | undefined {
  const text = uraian.trim();
  const first = text.charCodeAt(0) | 32;
  // b(elanja), 5, a(kun), k(elompok), j(enis), o(bjek): anything else is not a group's name.
  if (first !== 98 && first !== 53 && first !== 97 && first !== 107 && first !== 106 && first !== 111) return undefined;
  const last = text.charCodeAt(text.length - 1);
  const bracketed = last === 41 || last === 93;
  // Without a code before or after it, a name longer than any listed (with its level's word) is an item's: most lines.
  if (first !== 53 && !bracketed && text.length > LONGEST_NAME) return undefined;
  // Most rows: a name typed plainly, compared in place.
  if (first !== 53 && !bracketed && isPlain(text)) return plainGroup(text);
  const before = first === 53 ? CODE_BEFORE.exec(text) : null;
  const after = before || !bracketed ? null : CODE_AFTER.exec(text);
  const written = before?.[1] ?? after?.[1];
  const name = nameKey(before ? text.slice(before[0].length) : after ? text.slice(0, after.index) : text);
  if (!name.startsWith('belanja')) return undefined;
  // A code written with the name decides: a group's kode rekening, or (a bidang's "5.01", an item's) no group.
  if (written !== undefined) {
    const code = codeOf(written);
    return BELANJA_CODE.test(code) ? code : undefined;
  }
  return GROUP_CODES.get(name);
}
