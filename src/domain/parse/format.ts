/** Numbers written the Indonesian way, for messages and findings. */

/** 375000000 → "375.000.000"; negative → "-1.500"; non-integers keep two decimals: 1500.5 → "1.500,50". */
export function formatRupiah(n: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  const whole = Math.floor(Math.round(abs * 100) / 100);
  const cents = Math.round((abs - whole) * 100);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const body = cents > 0 ? `${grouped},${String(cents).padStart(2, '0')}` : grouped;
  return neg ? `-${body}` : body;
}

/** 25.4912 → "25,49" (rounded to `decimals`, default 2). */
export function formatPercent(n: number, decimals = 2): string {
  const fixed = n.toFixed(decimals);
  const [intPart, frac] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}
