// Figures in plain terms: 3e12 → "3 × 10¹²", 1e11 → "1 × 10¹¹", 12000000 → "1.2 × 10⁷".
import type { Figure } from '../analysis/types.ts';
import { t } from './messages.ts';

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/** A number in scientific form once it reaches ten thousand; plainly below that. */
export function scientific(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs < 1e4) return String(Number.parseFloat(value.toPrecision(12)));
  const exponent = Math.floor(Math.log10(abs));
  const mantissa = Number.parseFloat((value / 10 ** exponent).toPrecision(6));
  const sup = String(exponent).split('').map((c) => SUPERSCRIPT[c]).join('');
  return `${mantissa} × 10${sup}`;
}

/** The value with its unit: "3 × 10¹² tokens", "99.99%", "×1.1". */
export function valueWithUnit(f: Pick<Figure, 'value' | 'unit' | 'range'>): string {
  const show = (v: number) => (f.unit === '%' || f.unit === 'pp' ? String(v) : scientific(v));
  const number = f.range ? `${show(f.range[0])}–${show(f.range[1])}` : show(f.value);
  if (f.unit === '%') return `${number}%`;
  if (f.unit === 'x') return `×${number}`;
  if (f.unit === 'pp') return `${number} pp`;
  return f.unit ? `${number} ${f.unit}` : number;
}

/** "more than 3 × 10¹² tokens" / "超过 3 × 10¹² tokens". */
export function describeFigure(locale: string, f: Pick<Figure, 'value' | 'unit' | 'range' | 'qualifier'>): string {
  const base = valueWithUnit(f);
  return f.qualifier === 'eq' || f.range ? base : `${t(locale, `qualifier.${f.qualifier}`)} ${base}`;
}
