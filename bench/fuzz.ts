/**
 * A seeded, bounded fuzz of the YB.* custom functions, called as Excel calls them (every
 * argument a 2-D array, missing ones null): valid calls, valid calls with one argument
 * replaced by an invalid one, and random values and small ranges. Every answer must keep
 *   - no throw, and the shape Excel needs (a non-empty array of equal-length rows);
 *   - no NaN or Infinity, dates only inside Excel's range, no text that starts a formula;
 *   - error cells with a Chinese message of bounded length, without "NaN" or library text;
 *   - no number at all when an argument was invalid.
 * `npm test` runs it small (test/fuzz); `npm run fuzz` runs 1,000,000 calls.
 */
import { checkDigit } from "../src/core/idNumber";
import { LAST_EXCEL_SERIAL } from "../src/core/dates";
import { listPolicies } from "../src/core/policy/registry";
import { callable, Kind } from "../src/functions/spec";
import { FUNCTIONS } from "../src/functions/table";

type Fn = (...args: unknown[][][]) => unknown;

interface Spec {
  name: string;
  fn: Fn;
  params: Kind[];
  /** How many leading parameters are required. */
  required: number;
  /** Whether a valid answer is a number (so an invalid argument must give none). */
  numeric: boolean;
}

/** Every function of the table, with the kinds of its parameters as it declares them. */
const SPECS: Spec[] = FUNCTIONS.map((f) => ({
  name: f.id,
  fn: callable(f) as Fn,
  params: f.params.map((p) => p.kind),
  required: f.params.filter((p) => !p.optional).length,
  numeric: f.result === "number" || f.result === "date",
}));

/** Every policy of the registry, by id (sorted, so a seed gives the same run). */
const POLICIES = listPolicies().map((p) => p.id);

/** mulberry32: small, fast, well spread; the same seed gives the same run. */
function rng(seed: number): (k: number) => number {
  let s = seed | 0;
  return (k: number): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
}

const serialOf = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

function validIds(): string[] {
  const out: string[] = ["11010519491231002X", "440524188001010014", "500243660303103"];
  for (let i = 0; i < 40; i++) {
    const first17 = `5002${40 + (i % 4)}${1940 + i}0${1 + (i % 9)}1${i % 10}${String(100 + i).slice(-3)}`;
    out.push(first17 + checkDigit(first17));
  }
  return out;
}

const VALID: Record<Kind, unknown[]> = {
  tier: ["一档", "二档", "2", "一", "单档", "１档"],
  category: [
    "普通居民",
    "低保",
    "特困",
    "新生儿",
    "大学生",
    "城乡低保对象",
    "稳定脱贫人口",
    "计生优抚（奖扶）对象",
    "重度残疾",
    "低保边缘户",
  ],
  date: [
    serialOf(2024, 9, 1),
    serialOf(2024, 11, 15),
    serialOf(2024, 12, 31),
    serialOf(2025, 1, 10),
    serialOf(2025, 3, 1),
    serialOf(2025, 7, 15),
    serialOf(2025, 12, 31),
    serialOf(2023, 5, 1),
    "2025-03-01",
    "2025/7/15",
    "2024年11月1日",
    "2025.8.1",
    "20250301",
    "2024-11-15T08:30:00Z",
  ],
  year: [null, 2023, 2025, "2025", "2025年", "2025年度"],
  policy: POLICIES,
  count: [0, 1, 2, 5, 96, 100, "3", "１００", "1,000", 2614],
  rate: [0, 0.5, 0.96, 1, "96%", "９６％", 96, "0.95", 1.05],
  id: validIds(),
};

/** Values that are not a value of the kind: each must be refused, never read as a number. */
const INVALID: Record<Kind, unknown[]> = {
  tier: ["档".repeat(1000)],
  category: ["类".repeat(1000), "x".repeat(100_000)],
  date: [
    "0x64",
    "1e5",
    "2024-11-15T99:99:99",
    "2025-02-30",
    1e9,
    1e7,
    2958466,
    -1,
    30,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e300,
    "明天",
    "9".repeat(1000),
    "2025-13-01",
    true,
  ],
  year: ["0x7E9", 1e9, 2025.5, 1899, "二〇二五", "1e3", Number.NaN, Number.POSITIVE_INFINITY],
  policy: ["no-such-policy", "p".repeat(5000)],
  count: [
    "0x2",
    "0o7",
    "0b1",
    "1e3",
    -1,
    1.5,
    "Infinity",
    1e15,
    "%",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "１e２",
    "--1",
    true,
  ],
  rate: [
    "0x1",
    "%",
    -0.1,
    9600,
    "1e2",
    "Infinity",
    Number.NaN,
    Number.NEGATIVE_INFINITY,
    "9600%",
    "--",
    true,
  ],
  id: [
    "12345",
    "0x1234567890abcdef",
    5.00243e17,
    Number("500243198001011012"), // as Excel stores it: the last digits already lost
    "50024319800230006X",
    "11010519491231002Y",
    "x".repeat(2000),
  ],
};

/** Parameters where a value is checked even when the rule would not need it. */
function mustRefuse(spec: Spec, param: number): boolean {
  const kind = spec.params[param];
  // A category is looked up only with a policy; an unknown long one is refused by length.
  return kind !== "year" || spec.numeric;
}

function junk(next: (k: number) => number): unknown {
  switch (next(9)) {
    case 0:
      return null;
    case 1:
      return (next(2) ? -1 : 1) * Math.random() * 10 ** next(20);
    case 2:
      return [Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53][
        next(7)
      ];
    case 3:
      return next(2) === 0;
    case 4: {
      let s = "";
      const n = next(30);
      for (let i = 0; i < n; i++)
        s += String.fromCharCode(next(2) ? 32 + next(95) : 0x4e00 + next(0x5000));
      return s;
    }
    case 5:
      return ["=1+1", "+1", "-1", "@SUM(A1)", '=HYPERLINK("http://x")', "'0123", "  ", ""][next(8)];
    case 6:
      return next(3000000);
    case 7:
      return "9".repeat(next(40));
    default:
      return String(next(100000) / 100);
  }
}

export interface FuzzReport {
  calls: number;
  cells: number;
  thrown: number;
  badShape: number;
  nonFinite: number;
  numbersForInvalid: number;
  badDates: number;
  formulaText: number;
  badMessages: number;
  /** The first few failures, for the developer. */
  examples: string[];
}

function describe(spec: Spec, args: unknown[][][]): string {
  const shown = args.map((a) =>
    JSON.stringify(a, (_k, v) =>
      typeof v === "string" && v.length > 30
        ? v.slice(0, 30) + "…"
        : typeof v === "number" && !Number.isFinite(v)
          ? String(v)
          : v
    )
  );
  return `YB.${spec.name}(${shown.join(", ")})`;
}

const HAS_CJK = /[\u3400-\u9fff]/;

export function fuzzFunctions(calls: number, seed = 14): FuzzReport {
  const next = rng(seed);
  const r: FuzzReport = {
    calls,
    cells: 0,
    thrown: 0,
    badShape: 0,
    nonFinite: 0,
    numbersForInvalid: 0,
    badDates: 0,
    formulaText: 0,
    badMessages: 0,
    examples: [],
  };
  const fail = (what: keyof FuzzReport, spec: Spec, args: unknown[][][], detail: string): void => {
    (r[what] as number)++;
    if (r.examples.length < 20) r.examples.push(`${what}: ${describe(spec, args)} → ${detail}`);
  };
  for (let c = 0; c < calls; c++) {
    const spec = SPECS[next(SPECS.length)];
    const mode = next(10); // 0-3 valid, 4-7 one invalid argument, 8-9 random
    let invalid = false;
    const values: unknown[] = spec.params.map((k, i) => {
      if (i >= spec.required && next(3) === 0) return null;
      if (k === "policy" && next(20) === 0) return null; // no workbook policy: an error
      return VALID[k][next(VALID[k].length)];
    });
    let args: unknown[][][];
    if (mode >= 4 && mode <= 7) {
      const p = next(spec.params.length);
      if (mustRefuse(spec, p)) {
        const pool = INVALID[spec.params[p]];
        values[p] = pool[next(pool.length)];
        invalid = true;
      }
    }
    if (mode >= 8) {
      args = spec.params.map(() => {
        if (next(4) > 0) return [[junk(next)]];
        const rows = 1 + next(3);
        const cols = 1 + next(2);
        return Array.from({ length: rows }, () => Array.from({ length: cols }, () => junk(next)));
      });
    } else args = values.map((v) => [[v]]);

    let out: unknown;
    try {
      out = spec.fn(...args);
    } catch (e) {
      fail("thrown", spec, args, String(e));
      continue;
    }
    if (
      !Array.isArray(out) ||
      out.length === 0 ||
      !out.every(
        (row) =>
          Array.isArray(row) && row.length === (out as unknown[][])[0].length && row.length > 0
      )
    ) {
      fail("badShape", spec, args, JSON.stringify(out));
      continue;
    }
    for (const row of out as unknown[][]) {
      for (const cell of row) {
        r.cells++;
        if (typeof cell === "number") {
          if (!Number.isFinite(cell)) fail("nonFinite", spec, args, String(cell));
          else if (invalid && spec.numeric) fail("numbersForInvalid", spec, args, String(cell));
          else if (
            (spec.name === "BENEFITSTART" || spec.name === "IDBIRTH") &&
            (cell < 1 || cell > LAST_EXCEL_SERIAL || !Number.isInteger(cell))
          )
            fail("badDates", spec, args, String(cell));
        } else if (typeof cell === "string") {
          if (/^[=+\-@]/.test(cell)) fail("formulaText", spec, args, cell);
          if (invalid && cell !== "" && spec.name === "GRADE")
            fail("numbersForInvalid", spec, args, cell);
        } else if (cell !== null && typeof cell === "object") {
          const m = (cell as { message?: unknown }).message;
          // The input itself may be echoed (in “…”, cut short); nothing else may say NaN.
          const own = typeof m === "string" ? m.replace(/“[^”]*”/g, "“”") : "";
          if (
            typeof m !== "string" ||
            !HAS_CJK.test(m) ||
            m.length > 1000 ||
            /NaN|undefined|Infinity|Invalid|\[object/.test(own)
          )
            fail("badMessages", spec, args, String(m).slice(0, 200));
        } else if (typeof cell !== "boolean") fail("badShape", spec, args, String(cell));
      }
    }
  }
  return r;
}

/** The numbers every run must show. */
export function failures(r: FuzzReport): number {
  return (
    r.thrown +
    r.badShape +
    r.nonFinite +
    r.numbersForInvalid +
    r.badDates +
    r.formulaText +
    r.badMessages
  );
}
