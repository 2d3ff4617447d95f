/**
 * One =YB.PREMIUM(A2:A100001, B2:B100001, C2:C100001, , "cq-pengshui-2025") as Excel
 * calls it: three 100,000 × 1 columns (tiers, categories as clerks write them, payment
 * dates as serial numbers), a missing year (null) and the policy as a 1 × 1 range, through
 * the exported custom function, argument reading, broadcasting and error mapping included.
 * Target: 200 ms or less.
 */
import { dayFromParts, toExcelSerial } from "../src/core/dates";
import { excelFunctions } from "../src/functions/functions";

const premium = excelFunctions().get("PREMIUM")!;

const CATEGORIES = [
  "普通居民",
  "低保",
  "特困",
  "计生优抚（奖扶）对象",
  "稳定脱贫人口",
  "低保边缘户",
  "脱贫不稳定户",
  "新生儿",
];

/** Deterministic columns (a small LCG), payment days over the collection period and after. */
function makeColumns(rows: number): {
  tiers: string[][];
  categories: string[][];
  dates: number[][];
} {
  let seed = 2025;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const first = toExcelSerial(dayFromParts(2024, 10, 20)!);
  const tiers: string[][] = new Array(rows);
  const categories: string[][] = new Array(rows);
  const dates: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    tiers[i] = [next(2) ? "一档" : "二档"];
    categories[i] = [CATEGORIES[next(CATEGORIES.length)]];
    dates[i] = [first + next(240)];
  }
  return { tiers, categories, dates };
}

function run(rows: number): number {
  const { tiers, categories, dates } = makeColumns(rows);
  const t0 = process.hrtime.bigint();
  const out = premium(tiers, categories, dates, null as never, [["cq-pengshui-2025"]]);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!Array.isArray(out) || out.length !== rows || typeof out[0][0] !== "number") {
    throw new Error("benchPremiumColumn: the range path did not return one number per row");
  }
  return ms;
}

/**
 * Milliseconds for one PREMIUM call over `rows` rows: the median of five calls after a
 * small warm-up one, so that a garbage collection or a busy machine does not decide it.
 */
export function benchPremiumColumn(rows: number): { rows: number; ms: number } {
  run(Math.min(rows, 2_000));
  const times = [run(rows), run(rows), run(rows), run(rows), run(rows)].sort((a, b) => a - b);
  return { rows, ms: times[2] };
}
