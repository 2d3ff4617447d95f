/**
 * Exact decimal arithmetic for money, counts and rates, in plain TypeScript.
 *
 * Why not decimal.js: the Office Scripts platform runs one self-contained file with no
 * third-party code, and those scripts are generated from this core, so the core's arithmetic
 * must be its own to keep one implementation behind every front door. The API is the subset
 * of decimal.js the core used, with the same results (a differential test holds it to that).
 *
 * A value is an integer mantissa scaled by a power of ten, at most 12 decimals, within
 * ±2^53. A county's money (200,000 people × 1,070 yuan, in fen) and its rates are far inside
 * that; anything outside throws a RangeError rather than lose a digit silently.
 */
export type DecimalValue = Decimal | number | string;

const MAX_SCALE = 12;
const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);
const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const NUMBER_FORM = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

function safe(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`数值超出可精确计算的范围（${what}）`);
  return n;
}

/** Rounds an integer quotient's last digit away: used when a scale has to shrink. */
function shrink(m: number, by: number, halfUp: boolean): number {
  if (by <= 0) return m;
  if (by > 15) return 0;
  const p = POW10[by];
  const q = Math.trunc(m / p);
  const rest = Math.abs(m - q * p);
  return halfUp && rest * 2 >= p ? q + Math.sign(m) : q;
}

export class Decimal {
  static readonly ROUND_DOWN = 1;
  static readonly ROUND_HALF_UP = 4;

  /** value = m / 10^s, with s in 0..12 and no trailing zeros in m when s > 0. */
  private readonly m: number;
  private readonly s: number;
  /**
   * For an inexact quotient, the quotient as the nearest double: IEEE division of two exact
   * integers is correctly rounded, which is what a clerk's rate in --json should be.
   */
  private readonly q?: number;

  constructor(value: DecimalValue) {
    if (value instanceof Decimal) {
      this.m = value.m;
      this.s = value.s;
      return;
    }
    const [m, s] = typeof value === "number" ? Decimal.fromNumber(value) : Decimal.fromText(value);
    [this.m, this.s] = Decimal.normal(m, s);
  }

  private static of(m: number, s: number, q?: number): Decimal {
    const d = Object.create(Decimal.prototype) as { m: number; s: number; q?: number };
    [d.m, d.s] = Decimal.normal(m, s);
    if (q !== undefined) d.q = q;
    return d as unknown as Decimal;
  }

  private static normal(m: number, s: number): [number, number] {
    let mm = m;
    let ss = s;
    if (ss > MAX_SCALE) {
      mm = shrink(mm, ss - MAX_SCALE, true);
      ss = MAX_SCALE;
    }
    while (ss > 0 && mm % 10 === 0) {
      mm /= 10;
      ss--;
    }
    return [mm === 0 ? 0 : safe(mm, "规范化"), mm === 0 ? 0 : ss];
  }

  /** Plain decimal notation only: no exponent, hex, octal, binary or infinity. */
  private static fromText(text: string): [number, number] {
    const t = PLAIN.exec(text.trim());
    if (!t) throw new RangeError(`不是数字：${text.length > 40 ? text.slice(0, 40) + "…" : text}`);
    const frac = t[3] ?? "";
    const digits = (t[2] + frac).replace(/^0+(?=\d)/, "");
    const keep = Math.min(frac.length, MAX_SCALE);
    // Digits past the 12th decimal are rounded half up, as a 12-decimal value must be.
    const cut = frac.length - keep;
    const head = cut > 0 ? digits.slice(0, digits.length - cut) : digits;
    let m = safe(Number(head || "0"), text);
    if (cut > 0 && Number(digits[digits.length - cut]) >= 5) m += 1;
    return [t[1] === "-" ? -m : m, keep];
  }

  /**
   * A JavaScript number, by its shortest round-trip form (0.1 is 0.1, not 0.1000000000000000055…),
   * kept to the 15 significant digits a spreadsheet holds: a cell's =SUM of decimals cached as
   * 31392.539999999997 is the 31392.54 Excel shows, not a number too precise to compute with.
   */
  private static fromNumber(n: number): [number, number] {
    if (!Number.isFinite(n)) throw new RangeError(`不是有限的数：${n}`);
    if (Number.isInteger(n)) return [safe(n, String(n)), 0];
    const shortest = String(n);
    const significant = shortest.replace(/e.*$/, "").replace(/[-.]/g, "").replace(/^0+/, "").length;
    const t = NUMBER_FORM.exec(significant > 15 ? String(Number(n.toPrecision(15))) : shortest);
    if (!t) throw new RangeError(`不是数字：${n}`);
    const exp = Number(t[4] ?? 0);
    const frac = t[3] ?? "";
    let digits = t[2] + frac;
    let scale = frac.length - exp;
    if (scale < 0) {
      digits += "0".repeat(-scale);
      scale = 0;
    }
    const [m, s] = Decimal.fromText(
      (t[1] ?? "") +
        (scale === 0
          ? digits
          : digits.slice(0, -scale).padStart(1, "0") +
            "." +
            digits.slice(-scale).padStart(scale, "0"))
    );
    return [m, s];
  }

  /** Both mantissas at one scale. */
  private static align(a: Decimal, b: Decimal): [number, number, number] {
    const s = Math.max(a.s, b.s);
    return [safe(a.m * POW10[s - a.s], "对齐"), safe(b.m * POW10[s - b.s], "对齐"), s];
  }

  private static from(v: DecimalValue): Decimal {
    return v instanceof Decimal ? v : new Decimal(v);
  }

  plus(v: DecimalValue): Decimal {
    const [a, b, s] = Decimal.align(this, Decimal.from(v));
    return Decimal.of(safe(a + b, "加法"), s);
  }

  minus(v: DecimalValue): Decimal {
    const [a, b, s] = Decimal.align(this, Decimal.from(v));
    return Decimal.of(safe(a - b, "减法"), s);
  }

  times(v: DecimalValue): Decimal {
    const o = Decimal.from(v);
    return Decimal.of(safe(this.m * o.m, "乘法"), this.s + o.s);
  }

  /**
   * Division to 12 decimals, or to 15 significant digits where the quotient is too large for
   * that, the last digit rounded half up (decimal.js's default rounding). Rates, shares and
   * per-person amounts, the core's quotients, are always the first case.
   */
  div(v: DecimalValue): Decimal {
    const o = Decimal.from(v);
    if (o.m === 0) throw new RangeError("除数为零");
    const [a0, b0] = Decimal.align(this, o);
    const negative = a0 < 0 !== b0 < 0;
    const a = Math.abs(a0);
    const b = Math.abs(b0);
    if (b > 9e14) throw new RangeError("数值超出可精确计算的范围（除法）");
    let q = Math.floor(a / b);
    let r = a - q * b;
    while (r < 0) {
      q--;
      r += b;
    }
    while (r >= b) {
      q++;
      r -= b;
    }
    let m = q;
    let s = 0;
    while (r !== 0 && s < MAX_SCALE && Number.isSafeInteger(m * 10 + 9)) {
      r *= 10;
      const d = Math.floor(r / b);
      r -= d * b;
      m = m * 10 + d;
      s++;
    }
    if (r === 0) return Decimal.of(negative ? -m : m, s);
    if (Math.floor((r * 10) / b) >= 5) m += 1;
    return Decimal.of(negative ? -m : m, s, a0 / b0);
  }

  /** -1, 0 or 1. */
  cmp(v: DecimalValue): number {
    const [a, b] = Decimal.align(this, Decimal.from(v));
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(v: DecimalValue): boolean {
    return this.cmp(v) === 0;
  }
  lt(v: DecimalValue): boolean {
    return this.cmp(v) < 0;
  }
  lte(v: DecimalValue): boolean {
    return this.cmp(v) <= 0;
  }
  gt(v: DecimalValue): boolean {
    return this.cmp(v) > 0;
  }
  gte(v: DecimalValue): boolean {
    return this.cmp(v) >= 0;
  }

  isInteger(): boolean {
    return this.s === 0;
  }
  isZero(): boolean {
    return this.m === 0;
  }
  isNegative(): boolean {
    return this.m < 0;
  }

  abs(): Decimal {
    return Decimal.of(Math.abs(this.m), this.s);
  }

  /** Rounded to `places` decimals, half up (the default) or toward zero. */
  toDecimalPlaces(places: number, rounding: number = Decimal.ROUND_HALF_UP): Decimal {
    if (this.s <= places) return this;
    return Decimal.of(shrink(this.m, this.s - places, rounding === Decimal.ROUND_HALF_UP), places);
  }

  ceil(): Decimal {
    const t = shrink(this.m, this.s, false);
    return Decimal.of(this.m > 0 && !Decimal.of(t, 0).eq(this) ? t + 1 : t, 0);
  }

  floor(): Decimal {
    const t = shrink(this.m, this.s, false);
    return Decimal.of(this.m < 0 && !Decimal.of(t, 0).eq(this) ? t - 1 : t, 0);
  }

  toString(): string {
    const neg = this.m < 0 ? "-" : "";
    const digits = String(Math.abs(this.m));
    if (this.s === 0) return neg + digits;
    const padded = digits.padStart(this.s + 1, "0");
    return `${neg}${padded.slice(0, -this.s)}.${padded.slice(-this.s)}`;
  }

  /** Fixed notation with exactly `places` decimals, rounded half up. */
  toFixed(places: number): string {
    const r = this.toDecimalPlaces(places);
    const text = r.toString();
    if (places === 0) return text;
    const [int, frac = ""] = text.split(".");
    return `${int}.${frac.padEnd(places, "0")}`;
  }

  toNumber(): number {
    return this.q ?? Number(this.toString());
  }

  static max(...values: DecimalValue[]): Decimal {
    return values.map((v) => Decimal.from(v)).reduce((a, b) => (b.gt(a) ? b : a));
  }

  static min(...values: DecimalValue[]): Decimal {
    return values.map((v) => Decimal.from(v)).reduce((a, b) => (b.lt(a) ? b : a));
  }
}
