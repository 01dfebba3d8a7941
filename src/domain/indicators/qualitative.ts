/**
 * Capaian where target or realisasi is not a plain number (pk-value.ts): numbers with the same unit are
 * scored as usual (R / T × 100, or the negative-polarity formula); a grade or an availability is reached
 * (capaian 100 %) or not, and so is a word target met by the same word ("WTP" / "WTP"); anything else —
 * different units, other words, a grade against a number — cannot be scored, and says why (capaian-undefined,
 * info), never a number-format error.
 */
import type { Amount, IndicatorRow, Polarity } from '../model';
import type { Settings } from '../settings';
import { computeCapaian, type CapaianResult } from './capaian';
import type { PkValue } from './pk-value';

const show = (v: PkValue): string => {
  switch (v.kind) {
    case 'number': return `${v.comparator ?? ''}${v.value}${v.unit ? ` ${v.unit}` : ''}`;
    case 'grade': return v.grade;
    case 'availability': return v.present ? 'tersedia' : 'tidak tersedia';
    case 'text': return `"${v.text}"`;
  }
};

export function qualitativeCapaian(target: PkValue, realisasi: PkValue, polaritas: Polarity, settings: Settings): CapaianResult {
  if (target.kind === 'number' && realisasi.kind === 'number') {
    if (target.unit !== '' && realisasi.unit !== '' && target.unit !== realisasi.unit) {
      return {
        capaian: null,
        reason: {
          id: `capaian tidak dapat dihitung: satuan target (${target.unit}) dan realisasi (${realisasi.unit}) berbeda`,
          en: `capaian cannot be computed: the target (${target.unit}) and realisasi (${realisasi.unit}) have different units`,
        },
      };
    }
    return computeCapaian(target.value, realisasi.value, polaritas, settings);
  }
  if (target.kind === 'grade' && realisasi.kind === 'grade') {
    if (realisasi.rank >= target.rank) return { capaian: 100 };
    return notReached(show(target), show(realisasi));
  }
  // A target stated as a word ("WTP", "Terlaksana") met by the same word is reached, like a grade; any other
  // word against it cannot be scored here (an opinion's order, WTP over WDP, is not read).
  if (target.kind === 'text' && realisasi.kind === 'text' && sameWords(target.text, realisasi.text)) return { capaian: 100 };
  if (target.kind === 'availability' && realisasi.kind === 'availability') {
    if (realisasi.present || !target.present) return { capaian: 100 };
    return notReached(show(target), show(realisasi));
  }
  return {
    capaian: null,
    reason: {
      id: `capaian tidak dapat dihitung sebagai angka: target ${show(target)}, realisasi ${show(realisasi)}`,
      en: `capaian cannot be computed as a number: target ${show(target)}, realisasi ${show(realisasi)}`,
    },
  };
}

function sameWords(a: string, b: string): boolean {
  const words = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
  return words(a) === words(b);
}

function notReached(target: string, realisasi: string): CapaianResult {
  return {
    capaian: null,
    reason: {
      id: `target ${target} belum tercapai (realisasi ${realisasi}); capaian kualitatif tidak dinyatakan dalam persen`,
      en: `target ${target} not reached (realisasi ${realisasi}); a qualitative capaian has no percentage`,
    },
  };
}

function asValue(amount: Amount, stated: PkValue | undefined): PkValue | null {
  if (stated) return stated;
  return amount.value === null ? null : { kind: 'number', value: amount.value, unit: '' };
}

/** The capaian of a row whose target or realisasi was read as a PK value; blanks keep their own reasons. */
export function capaianOfValues(row: IndicatorRow, settings: Settings): CapaianResult {
  const target = asValue(row.target, row.targetValue);
  const realisasi = asValue(row.realisasi, row.realisasiValue);
  if (target === null || realisasi === null) return computeCapaian(row.target.value, row.realisasi.value, row.polaritas, settings);
  return qualitativeCapaian(target, realisasi, row.polaritas, settings);
}
