/**
 * `npm run bench`: speed targets live here, not in timed tests. Prints each workload's
 * throughput against its target and exits 1 if one is missed.
 */
import { benchClaim } from "./claim";
import { benchPremiumColumn } from "./functions";
import { benchIdNumbers } from "./idNumber";
import { benchWholeFile } from "./wholeFile";
import { benchMatch } from "./match";
import { benchOfficeClaim } from "./officeClaim";
import { benchPage } from "./page";
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
  rows.push({
    name,
    measured: `${fmt(r.ms)} 毫秒（${fmt(r.rows)} 行）`,
    target: `≤ ${fmt(maxMs)} 毫秒`,
    ok: r.ms <= maxMs,
  });
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

  // Excel through the Office.js layer (the Office fake with its 5 MB limit).
  const o = await benchOfficeClaim(200_000, 20_000);
  rows.push({
    name: "Excel 二十万行 最大请求",
    measured: `${fmt(Math.max(o.largestRequest, o.largestResponse))} 字节（请求 ${fmt(o.largestRequest)}，响应 ${fmt(o.largestResponse)}）`,
    target: `< ${fmt(o.limit)} 字节`,
    ok: o.largestRequest < o.limit && o.largestResponse < o.limit,
  });
  // Each 10,000 rows: one block read and one written on each of 资助明细 and 公示名单 (3), and
  // a formats request per 2 MB of number formats (the notice's money columns): linear, about 3.1.
  const perTenThousand = (o.roundTrips - o.referenceTrips) / ((o.rows - o.referenceRows) / 10_000);
  rows.push({
    name: "Excel 二十万行 往返次数",
    measured: `${fmt(o.roundTrips)} 次（两万行 ${fmt(o.referenceTrips)} 次，每万行多 ${perTenThousand.toFixed(2)} 次）`,
    target: "每万行 ≤ 3.5 次（线性）",
    ok: perTenThousand <= 3.5,
  });

  // The standalone page in headless Chromium (minutes; YIBAO_BENCH_CORE_ONLY=1 skips).
  if (!process.env.YIBAO_BENCH_CORE_ONLY) rows.push(...(await benchPage(200_000, (line) => console.log(line))));

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
