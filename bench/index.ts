/**
 * `npm run bench`: speed targets live here, not in timed tests. Prints each workload's
 * throughput against its target and exits 1 if one is missed.
 */
import { benchClaim } from "./claim";
import { benchPremiumColumn } from "./functions";
import { benchIdNumbers } from "./idNumber";
import { benchWholeFile } from "./wholeFile";
import { benchMatch } from "./match";
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
  rows.push({
    name,
    measured: `${fmt(r.perSecond)} 行/秒（${fmt(r.rows)} 行）`,
    target: target > 0 ? `≥ ${fmt(target)} 行/秒` : "（无目标，仅记录）",
    ok: r.perSecond >= target,
  });
}

function elapsed(name: string, r: { rows: number; ms: number }, maxMs: number): void {
  rows.push({ name, measured: `${fmt(r.ms)} 毫秒（${fmt(r.rows)} 行）`, target: `≤ ${fmt(maxMs)} 毫秒`, ok: r.ms <= maxMs });
}

async function main(): Promise<void> {
  // Warm-up runs, so the numbers describe the steady state a clerk's long run sees.
  benchPremiums(50_000);
  benchIdNumbers(50_000);
  benchPremiumColumn(10_000);
  benchClaim(20_000);
  benchMatch(20_000, 15_000);

  perSecond("保费计算 premium()", benchPremiums(1_000_000), 1_000_000);
  perSecond("待遇开始日 benefit()", benchBenefits(1_000_000), 0);
  perSecond("身份证校验 checkId()", benchIdNumbers(1_000_000), 2_000_000);
  elapsed("YB.PREMIUM 十万行一列", benchPremiumColumn(100_000), 200);
  elapsed("资助申报表 二十万行", benchClaim(200_000), 2_000);
  const m = benchMatch(200_000, 150_000);
  elapsed("参保比对 二十万人对十五万笔", m, 3_000);
  rows.push({
    name: "参保比对 ÷ 校验加查表基准",
    measured: `${(m.ms / m.referenceMs).toFixed(2)} 倍（基准 ${fmt(m.referenceMs)} 毫秒）`,
    target: "≤ 4 倍",
    ok: m.ms <= 4 * m.referenceMs,
  });

  // Whole processes, file → result → file, against LibreOffice in the same run (minutes; YIBAO_BENCH_CORE_ONLY=1 skips).
  if (!process.env.YIBAO_BENCH_CORE_ONLY) rows.push(...(await benchWholeFile((line) => console.log(line))));

  for (const r of rows) console.log(`${r.ok ? "✓" : "✗"} ${r.name.padEnd(22)} ${r.measured.padEnd(28)} 目标 ${r.target}`);
  const met = rows.filter((r) => r.ok).map((r) => r.name);
  const missed = rows.filter((r) => !r.ok).map((r) => r.name);
  console.log(`达到的目标（${met.length}）：${met.join("、") || "无"}`);
  console.log(`未达到的目标（${missed.length}）：${missed.join("、") || "无"}`);
  if (missed.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
});
