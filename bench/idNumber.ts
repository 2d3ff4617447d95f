/**
 * Throughput of checkId on a realistic mix: 80% valid 18-digit ids, 10% with a wrong
 * check digit, 10% old 15-digit numbers. Target: 2,000,000 checks a second on one core.
 */
import { dayFromParts } from "../src/core/dates";
import { checkDigit, checkId } from "../src/core/idNumber";

const REGIONS = ["110105", "310104", "440524", "500243", "510107", "130102", "370202", "650102"];

/** Deterministic inputs, so runs are comparable (a small LCG instead of Math.random). */
function makeIds(n: number): string[] {
  let seed = 12345;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const pad = (v: number, w: number): string => String(v).padStart(w, "0");
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const region = REGIONS[next(REGIONS.length)];
    const year = 1930 + next(90);
    const date = `${pad(next(12) + 1, 2)}${pad(next(28) + 1, 2)}`;
    const seq = pad(next(1000), 3);
    const kind = next(10);
    if (kind === 0) {
      ids[i] = `${region}${pad(year % 100, 2)}${date}${seq}`;
    } else {
      const first17 = `${region}${year}${date}${seq}`;
      const check = checkDigit(first17);
      // A wrong digit that is never the right one: shift it by one within 0..9.
      const wrong = check === "X" ? "0" : String((Number(check) + 1) % 10);
      ids[i] = first17 + (kind === 1 ? wrong : check);
    }
  }
  // Concatenation leaves V8 rope strings that the first charCodeAt would flatten inside the
  // timed loop; a JSON round trip gives flat strings, as a workbook reader would.
  return JSON.parse(JSON.stringify(ids)) as string[];
}

export function benchIdNumbers(n: number): { rows: number; seconds: number; perSecond: number } {
  const ids = makeIds(n);
  const asOf = dayFromParts(2025, 1, 1)!;
  let valid = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    if (checkId(ids[i], asOf).valid) valid++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // Using the count keeps the loop from being optimised away; ~90% should be valid.
  if (n > 0 && valid === 0) throw new Error("benchIdNumbers: no valid ids generated");
  return { rows: n, seconds, perSecond: n / seconds };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 2_000_000);
  benchIdNumbers(Math.min(n, 100_000)); // warm-up, so the JIT has settled before timing
  const r = benchIdNumbers(n);
  console.log(
    `idNumber: ${r.rows} ids in ${r.seconds.toFixed(3)} s = ${Math.round(r.perSecond)} /s`
  );
}
