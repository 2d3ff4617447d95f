/**
 * Throughput of the rules engine over generated residents: premiums and benefit start
 * dates. Target: 1,000,000 premium evaluations a second on one core.
 */
import { dayFromParts, Day } from "../src/core/dates";
import { benefit } from "../src/core/rules/benefit";
import { premium } from "../src/core/rules/premium";

interface Resident {
  policy: string;
  tier: string;
  category: string;
  paid: Day;
}

const CASES: { policy: string; categories: string[] }[] = [
  { policy: "cq-pengshui-2025", categories: ["普通居民", "低保", "特困", "计生优抚（奖扶）对象", "稳定脱贫人口", "低保边缘户"] },
  { policy: "cq-shizhu-2025", categories: ["普通居民", "城乡低保对象", "特困人员", "城乡孤儿", "脱贫人口", "计生残抚（特扶）对象"] },
];

/** Deterministic residents: a small LCG, so runs compare. Payment days span the collection period and the year. */
export function makeResidents(n: number, accept: (category: string) => boolean = () => true): Resident[] {
  let seed = 2025;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const start = dayFromParts(2024, 10, 20)!;
  const out: Resident[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = CASES[next(CASES.length)];
    const categories = c.categories.filter(accept);
    out[i] = {
      policy: c.policy,
      tier: next(2) ? "一档" : "二档",
      category: categories[next(categories.length)],
      paid: start + next(160),
    };
  }
  return out;
}

export interface Throughput {
  rows: number;
  seconds: number;
  perSecond: number;
}

function time(rows: number, body: () => void): Throughput {
  const t0 = process.hrtime.bigint();
  body();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { rows, seconds, perSecond: rows / seconds };
}

export function benchPremiums(n: number): Throughput {
  const residents = makeResidents(n);
  let sink = 0;
  const result = time(n, () => {
    for (const r of residents) sink += premium(r).year;
  });
  if (sink === 0) throw new Error("no premiums computed");
  return result;
}

export function benchBenefits(n: number): Throughput {
  // Groups whose wait the notices defer (OPEN_VALUE) are left out: the bench measures answers, not refusals.
  const residents = makeResidents(n, (c) => c === "普通居民" || c.startsWith("计生"));
  let sink = 0;
  const result = time(residents.length, () => {
    for (const r of residents) sink += benefit(r).waitDays;
  });
  if (sink < 0) throw new Error("impossible");
  return result;
}
