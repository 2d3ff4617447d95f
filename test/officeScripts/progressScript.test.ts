/**
 * 记录参保进度 as built by scripts/office-scripts/build.js: type-checked under the platform's
 * rules and run against the in-memory workbook on 彭水's target table (大同府发〔2024〕31号
 * 附件1, milestones 20% by 2024-10-31, 65% by 2024-11-30, 100% by 2024-12-31) with 已缴费
 * figures. Each village's rate, the share due, who is behind and by how many people are what
 * `yibao targets --json` says for the same sheet and day; 进度记录 is created the first time,
 * a second run on one day replaces that day's rows, and the target sheet is never touched.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { PROGRESS_HEADER } from "../../src/core/progress/history";
import { yibao } from "../cli/run";
import { pengshui, type Rows } from "../targets/fixtures";
import { buildOne, type BuiltScript } from "./buildOne";
import { MemoryWorkbook } from "./memoryWorkbook";
import { runScript } from "./run";

const { checkScript } = require("../../scripts/office-scripts/check.js") as {
  checkScript: (s: string) => string[];
};

jest.setTimeout(180_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-progress-script-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let built: BuiltScript;
beforeAll(() => {
  built = buildOne("记录参保进度");
}, 180_000);

type Value = string | number | boolean;
const POLICY = "cq-pengshui-2025";

/** 彭水 附件1 with 已缴费人数 in D. */
function withPaid(paid: number[]): Value[][] {
  const rows: Rows = pengshui();
  rows[3].push("已缴费人数");
  paid.forEach((p, i) => rows[4 + i].push(p));
  rows[8].push(paid.reduce((a, b) => a + b, 0));
  return rows.map((r) => r.map((v) => (v ?? "") as Value));
}

interface Village {
  village: string;
  target: number;
  paid: number;
  rate: number;
  due: number | null;
  shortfall: number | null;
  rank: number;
}
interface Summary {
  date: string;
  previous: string | null;
  due: number | null;
  villages: number;
  behind: Village[];
}
interface CliProgress {
  unit: string;
  target: number;
  paid: number;
  rate: number;
  due: number | null;
  behind: boolean;
  shortfall: number | null;
}

async function cliProgress(wb: MemoryWorkbook, date: string): Promise<CliProgress[]> {
  const file = path.join(dir, `进度-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(file, await wb.toXlsx());
  const r = await yibao(
    "targets",
    file,
    "--sheet",
    "任务表",
    "--policy",
    POLICY,
    "--as-of",
    date,
    "--json"
  );
  return r.json<{ summary: { progress: CliProgress[] } }>().summary.progress;
}

it("keeps the platform's rules", () => {
  expect(checkScript(built.source)).toEqual([]);
  const info = JSON.parse(built.osts.parameterInfo);
  expect(info.parameterSchema.properties.policy.enum).toContain(POLICY);
  expect(info.returnSchema.properties.result.properties.behind.type).toBe("array");
});

it("records each village's day, as the target check reckons it; a rerun replaces the day; the target sheet untouched", async () => {
  const wb = MemoryWorkbook.from({ 任务表: withPaid([600, 200, 400, 300]) });
  const target = wb.snapshot()["任务表"];

  const first = runScript(built.source, wb, POLICY, "任务表", "2024-11-01") as Summary;
  const cli1 = await cliProgress(wb, "2024-11-01");
  expect(first).toMatchObject({ date: "2024-11-01", due: 0.2, villages: 4 });
  // No null in an answer (Power Automate documents none): the first day has no previous one.
  expect("previous" in first).toBe(false);
  expect(first.behind.map((v) => [v.village, v.paid, v.rate, v.due, v.shortfall])).toEqual(
    cli1
      .filter((p) => p.behind)
      .sort((a, b) => b.rate - a.rate) // in rank order
      .map((p) => [p.unit, p.paid, p.rate, p.due, p.shortfall])
  );
  // 20% of 1273 is 254.6: 大河村 has 200, 55 short; 马驴村 300 of 1774 (354.8), 55 short.
  expect(first.behind.map((v) => [v.village, v.shortfall])).toEqual([
    ["马驴村", 55],
    ["大河村", 55],
  ]);
  let log = wb.getWorksheet("进度记录")!.dump().values;
  expect(log[0]).toEqual(PROGRESS_HEADER);
  expect(log.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[5], r[6], r[10]])).toEqual(
    cli1.map((p, i) => [
      "2024-11-01",
      p.unit,
      p.target,
      p.paid,
      p.due,
      [2, 4, 1, 3][i],
      p.shortfall,
    ])
  );

  // The same day again, later figures: the day's rows are replaced, not doubled.
  wb.getWorksheet("任务表")!.cellAt(5, 3, true).value = 300;
  const again = runScript(built.source, wb, POLICY, "任务表", "2024-11-01") as Summary;
  log = wb.getWorksheet("进度记录")!.dump().values;
  expect(log).toHaveLength(5);
  expect(log[2].slice(1, 4)).toEqual(["大河村", 1273, 300]);
  expect(again.behind.map((v) => v.village)).toEqual(["马驴村"]);

  // A later day: four more rows, the change since the last report, the 65% milestone.
  const ws = wb.getWorksheet("任务表")!;
  [1700, 700, 1100, 1153].forEach((p, i) => (ws.cellAt(4 + i, 3, true).value = p));
  const snapshot = wb.snapshot()["任务表"];
  const later = runScript(built.source, wb, POLICY, "任务表", "2024-12-01") as Summary;
  const cli2 = await cliProgress(wb, "2024-12-01");
  expect(later).toMatchObject({ previous: "2024-11-01", due: 0.65 });
  expect(later.behind.map((v) => [v.village, v.shortfall])).toEqual(
    cli2
      .filter((p) => p.behind)
      .sort((a, b) => b.rate - a.rate)
      .map((p) => [p.unit, p.shortfall])
  );
  log = wb.getWorksheet("进度记录")!.dump().values;
  expect(log).toHaveLength(9);
  expect(log.slice(5).map((r) => r[7])).toEqual([1100, 400, 700, 853]);
  expect(wb.snapshot()["任务表"]).toEqual(snapshot);
  expect(target.values[5][3]).toBe(200); // the first snapshot was the clerk's, untouched by the script
});

it("a 进度记录 the clerk made is never overwritten, and a sheet without 已缴费 is refused", () => {
  const wb = MemoryWorkbook.from({
    任务表: withPaid([600, 200, 400, 300]),
    进度记录: [["日期", "备注"]],
  });
  expect(() => runScript(built.source, wb, POLICY, "任务表", "2024-11-01")).toThrow(
    /已有名为“进度记录”的工作表，但不是本助手生成的进度记录/
  );
  expect(wb.getWorksheet("进度记录")!.dump().values).toEqual([["日期", "备注"]]);
  const plain = MemoryWorkbook.from({
    任务表: pengshui().map((r) => r.map((v) => (v ?? "") as Value)),
  });
  expect(() => runScript(built.source, plain, POLICY, "任务表", "2024-11-01")).toThrow(
    /没有已缴费人数/
  );
  expect(plain.sheets.map((s) => s.name)).toEqual(["任务表"]);
});
