/**
 * `npm run bench`: speed targets live here, not in timed tests. Prints rows per second
 * for each workload and whether it meets its target.
 */
import { benchIdNumbers } from "./idNumber";
import { benchBenefits, benchPremiums } from "./rules";

interface Row {
  name: string;
  measured: string;
  target: string;
  ok: boolean;
}

const rows: Row[] = [];
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

function perSecond(name: string, r: { rows: number; perSecond: number }, target: number): void {
  rows.push({ name, measured: `${fmt(r.perSecond)} 行/秒（${fmt(r.rows)} 行）`, target: `≥ ${fmt(target)} 行/秒`, ok: r.perSecond >= target });
}

function main(): void {
  // Warm up the JIT so the numbers describe steady state, as a clerk's long run would see.
  benchPremiums(50_000);
  benchIdNumbers(50_000);
  perSecond("保费计算 premium()", benchPremiums(1_000_000), 1_000_000);
  perSecond("待遇开始日 benefit()", benchBenefits(1_000_000), 0);
  perSecond("身份证校验 checkId()", benchIdNumbers(1_000_000), 2_000_000);
  for (const r of rows) {
    console.log(`${r.ok ? "✓" : "✗"} ${r.name.padEnd(24)} ${r.measured.padEnd(30)} 目标 ${r.target}`);
  }
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

main();
