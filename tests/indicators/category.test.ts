import { absorptionCategory, categorize } from '../../src/domain/indicators/category';
import { DEFAULT_CATEGORY_BANDS, type CategoryBand } from '../../src/domain/settings';

describe('categorize with the Permendagri 86/2017 bands', () => {
  const cases: [number | null, string | null][] = [
    [104.44, 'Sangat Tinggi'],
    [100, 'Sangat Tinggi'],
    [91, 'Sangat Tinggi'],
    [90.99, 'Tinggi'],
    [87.5, 'Tinggi'], // negative polarity T 8, R 9
    [76, 'Tinggi'],
    [75.99, 'Sedang'],
    [66, 'Sedang'],
    [65.99, 'Rendah'],
    [51, 'Rendah'],
    [50.99, 'Sangat Rendah'],
    [37.35, 'Sangat Rendah'], // Hasil Evaluasi Kelembagaan PD Provinsi
    [0, 'Sangat Rendah'], // Budaya Kerja 0 % / 0 %
    [-50, 'Sangat Rendah'], // negative polarity T 10, R 25
    [null, null],
    [Number.NaN, null],
  ];
  test.each(cases)('%p → %p', (capaian, label) => {
    expect(categorize(capaian, DEFAULT_CATEGORY_BANDS)).toBe(label);
  });
});

describe('categorize with bands from settings', () => {
  // A planner's bands, listed out of order and without a catch-all bottom band.
  const bands: CategoryBand[] = [
    { min: 50, label: 'Cukup' },
    { min: 100, label: 'Tercapai' },
  ];
  test.each([
    [120, 'Tercapai'],
    [100, 'Tercapai'],
    [99.9, 'Cukup'],
    [50, 'Cukup'],
    [49.9, null],
  ] as [number, string | null][])('%p → %p', (capaian, label) => {
    expect(categorize(capaian, bands)).toBe(label);
  });
});

describe('absorptionCategory per quarter (SIMONEV lower bounds)', () => {
  const cases: [number | null, 1 | 2 | 3 | 4, string | null][] = [
    [25, 1, 'Sangat Tinggi'], // Biro Organisasi TW I: 375.000.000 of 1.500.000.000
    [25.49, 1, 'Sangat Tinggi'],
    [23, 1, 'Sangat Tinggi'],
    [22.01, 1, 'Tinggi'],
    [20, 1, 'Tinggi'],
    [18.68, 1, 'Sedang'],
    [13, 1, 'Rendah'],
    [0, 1, 'Sangat Rendah'],
    [25, 2, 'Sangat Rendah'],
    [26, 2, 'Rendah'],
    [44.99, 2, 'Tinggi'],
    [45, 2, 'Sangat Tinggi'],
    [61, 3, 'Sedang'],
    [50.99, 3, 'Sangat Rendah'],
    [97.5, 4, 'Tinggi'],
    [98, 4, 'Sangat Tinggi'],
    [91, 4, 'Rendah'],
    [87.99, 4, 'Sangat Rendah'],
    [null, 1, null],
  ];
  test.each(cases)('%p in TW %p → %p', (capaian, quarter, label) => {
    expect(absorptionCategory(capaian, quarter)).toBe(label);
  });
});
