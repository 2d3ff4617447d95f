/**
 * The core's own decimal arithmetic (src/core/decimal.ts) against decimal.js, the library it
 * replaces so that the core can be embedded in an Office Script: same answers on the values
 * a county's money, counts and rates take, and a clear error outside them.
 */
import LibDecimal from "decimal.js";
import { Decimal } from "../../src/core/decimal";

/** A seeded generator (mulberry32), so a failure names a case that can be run again. */
function generator(seed: number): (k: number) => number {
  let s = seed;
  return (k) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
}

/** Money in fen up to ten million yuan, counts, and shares with up to four decimals. */
function values(n: number, seed: number): string[] {
  const next = generator(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = next(4);
    const sign = next(8) === 0 ? "-" : "";
    if (kind === 0) out.push(`${sign}${next(1_000_000_000) / 100}`);
    else if (kind === 1) out.push(`${sign}${next(300_000)}`);
    else if (kind === 2) out.push(`${sign}0.${String(next(10_000)).padStart(4, "0")}`);
    else out.push(`${sign}${next(2000)}.${next(100)}`);
  }
  return out;
}

describe("Decimal agrees with decimal.js", () => {
  const xs = values(400, 11);
  const ys = values(400, 29);
  const pairs = xs.map((x, i) => [x, ys[i]] as const);

  // decimal.js's toFixed() without places is its plain notation, never an exponent.
  it.each([
    ["plus", (a: Decimal, b: string) => a.plus(b), (a: LibDecimal, b: string) => a.plus(b)],
    ["minus", (a: Decimal, b: string) => a.minus(b), (a: LibDecimal, b: string) => a.minus(b)],
  ] as const)("%s is exact", (_name, ours, theirs) => {
    for (const [x, y] of pairs)
      expect(ours(new Decimal(x), y).toString()).toBe(theirs(new LibDecimal(x), y).toFixed());
  });

  it("times is exact for money or counts times counts or shares", () => {
    const factors = values(400, 47).filter(
      (v) => !/\.\d{3}/.test(v) && Math.abs(Number(v)) < 300_000
    );
    for (const [x] of pairs)
      for (const f of factors.slice(0, 20)) {
        if (Math.abs(Number(x)) > 20_000 && Math.abs(Number(f)) > 20_000) continue;
        expect(new Decimal(x).times(f).toString()).toBe(new LibDecimal(x).times(f).toFixed());
      }
  });

  it("div agrees to 12 decimals, rounded half up, for quotients below 1000 (rates, shares, per-person amounts)", () => {
    let checked = 0;
    for (const [x, y] of pairs) {
      const lib = new LibDecimal(x).div(y);
      if (Number(y) === 0 || lib.abs().gte(1000)) continue;
      expect(new Decimal(x).div(y).toString()).toBe(
        lib.toDecimalPlaces(12, LibDecimal.ROUND_HALF_UP).toFixed()
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("an inexact quotient as a number is the nearest double, as decimal.js's 20 digits give", () => {
    for (const [x, y] of pairs) {
      if (Number(y) === 0) continue;
      expect(new Decimal(x).div(y).toNumber()).toBe(new LibDecimal(x).div(y).toNumber());
    }
    expect(new Decimal(700).div(1273).toNumber()).toBe(700 / 1273);
  });

  it("div keeps 15 significant digits where 12 decimals would not fit", () => {
    for (const [x, y] of pairs) {
      const lib = new LibDecimal(x).div(y);
      if (Number(y) === 0 || lib.abs().lt(1000)) continue;
      const ours = new LibDecimal(new Decimal(x).div(y).toString());
      expect(ours.minus(lib).abs().div(lib.abs()).toNumber()).toBeLessThan(1e-14);
    }
  });

  it("comparisons, rounding and conversions", () => {
    for (const [x, y] of pairs) {
      const a = new Decimal(x);
      const b = new LibDecimal(x);
      expect(a.cmp(y)).toBe(b.comparedTo(y));
      expect([a.eq(y), a.lt(y), a.lte(y), a.gt(y), a.gte(y)]).toEqual([
        b.eq(y),
        b.lt(y),
        b.lte(y),
        b.gt(y),
        b.gte(y),
      ]);
      expect(a.toFixed(1)).toBe(b.toFixed(1));
      expect(a.toFixed(2)).toBe(b.toFixed(2));
      expect(a.toDecimalPlaces(1, Decimal.ROUND_DOWN).toString()).toBe(
        b.toDecimalPlaces(1, LibDecimal.ROUND_DOWN).toFixed()
      );
      expect(a.ceil().toString()).toBe(b.ceil().toFixed());
      expect(a.floor().toString()).toBe(b.floor().toFixed());
      expect(a.abs().toString()).toBe(b.abs().toFixed());
      expect(a.toNumber()).toBe(b.toNumber());
      expect(a.isInteger()).toBe(b.isInteger());
    }
  });
});

describe("Decimal on the notices' numbers", () => {
  it.each([
    // 一档 400 − 资助 360 + 财政补助 670 (after 1 July): 710
    [() => new Decimal(400).minus(360).plus(670), "710"],
    [() => new Decimal(0.1).plus(0.2), "0.3"],
    [() => new Decimal("10000.00").lt("10000.01"), true],
    [() => new Decimal("10000.00").eq(10000), true],
    // 900 people × 65% milestone, rounded up: 585
    [() => new Decimal(900).times(0.65).ceil(), "585"],
    [() => new Decimal(1).div(3), "0.333333333333"],
    [() => new Decimal(2).div(3), "0.666666666667"],
    [() => new Decimal(949).div(1000).gte(0.95), false],
    [() => new Decimal(1.5).times(200_000), "300000"],
    [() => Decimal.max(0, new Decimal(5).minus(9)), "0"],
    [() => Decimal.min(3, "2.5", 7), "2.5"],
    [() => new Decimal(0.956).times(100).toDecimalPlaces(1, Decimal.ROUND_DOWN).toFixed(1), "95.6"],
    [() => new Decimal(1.5e-7), "0.00000015"],
    [() => new Decimal("-0.50"), "-0.5"],
  ])("case %#", (f, expected) => {
    const r = f();
    expect(r instanceof Decimal ? r.toString() : r).toBe(expected);
  });

  it.each(["0x10", "1e5", "Infinity", "NaN", "", "1,000", "１２", "0b1", "--1", "1."])(
    "refuses %p",
    (text) => {
      expect(() => new Decimal(text)).toThrow(RangeError);
    }
  );

  it.each([Infinity, NaN, 1e300, 2 ** 60])("refuses the number %p", (n) => {
    expect(() => new Decimal(n)).toThrow(RangeError);
  });

  it("throws rather than lose digits", () => {
    expect(() => new Decimal(2 ** 52).times(4)).toThrow(RangeError);
    expect(() => new Decimal(1).div(0)).toThrow(RangeError);
  });
});

test("a number is kept to the 15 significant digits a spreadsheet holds", () => {
  expect(new Decimal(31392.539999999997).toString()).toBe("31392.54");
  expect(new Decimal(0.1 + 0.2).toString()).toBe("0.3");
  expect(new Decimal(4162 * 1.02).toString()).toBe("4245.24");
  // Numbers with 15 digits or fewer are taken as they are.
  expect(new Decimal(1234567.89012345).toString()).toBe("1234567.89012345");
  expect(new Decimal(-0.000123).toString()).toBe("-0.000123");
});
