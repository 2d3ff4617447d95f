/**
 * 检查任务分解表 as built by scripts/office-scripts/build.js: type-checked under the platform's
 * rules, run against the in-memory workbook on the notices' own target tables (彭水 大同府发
 * 〔2024〕31号 附件1, 石柱 下路街道发〔2024〕78号 附件1) and bad variants of them, and compared
 * with `yibao targets --json` on the same sheet saved as .xlsx. Every value of the clerk's
 * sheet stays as it was; only the findings' cells gain a fill and a comment, and a second
 * run replaces the first run's marks and 检查结果 sheet.
 */
import fs from "fs";
import { withoutNulls } from "../../src/scripts/answer";
import os from "os";
import path from "path";
import { yibao } from "../cli/run";
import { pengshui, set, shizhu, type Rows } from "../targets/fixtures";
import { buildOne, type BuiltScript } from "./buildOne";
import { MemoryWorkbook } from "./memoryWorkbook";
import { runScript } from "./run";

const { checkScript } = require("../../scripts/office-scripts/check.js") as {
  checkScript: (s: string) => string[];
};

jest.setTimeout(180_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-targets-script-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let built: BuiltScript;
beforeAll(() => {
  built = buildOne("检查任务分解表");
}, 180_000);

type Value = string | number | boolean;
const values = (rows: Rows): Value[][] => rows.map((r) => r.map((v) => (v ?? "") as Value));

/** 彭水 附件1 with 已缴费人数 in D (大同府发〔2024〕31号: 20% by 10-31, 65% by 11-30). */
function pengshuiPaid(): Rows {
  const rows = pengshui();
  rows[3].push("已缴费人数");
  [1700, 700, 1100, 1153].forEach((p, i) => rows[4 + i].push(p));
  rows[8].push(4653);
  return rows;
}

async function cliJson(wb: MemoryWorkbook, sheet: string, args: string[]): Promise<unknown> {
  const file = path.join(dir, `任务表-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(file, await wb.toXlsx());
  const r = await yibao("targets", file, "--sheet", sheet, "--json", ...args);
  expect(r.stderr).toBe("");
  // A script's answer leaves out the CLI's nulls (Power Automate documents no null).
  return withoutNulls(r.json());
}

it("keeps the platform's rules, and offers the policies as a dropdown", () => {
  expect(checkScript(built.source)).toEqual([]);
  const info = JSON.parse(built.osts.parameterInfo);
  expect(info.parameterSchema.properties.policy.enum).toContain("cq-pengshui-2025");
  expect(info.parameterSchema.required ?? []).toEqual([]);
  expect(Object.keys(info.returnSchema.properties.result.properties)).toEqual([
    "ok",
    "findings",
    "summary",
  ]);
});

const CASES: [string, string, Rows, [string?, number?, string?]][] = [
  ["彭水 附件1 as issued", "任务表", pengshui(), []],
  ["彭水 with the total typed wrong", "任务表", set(pengshui(), "C9", 7000), []],
  ["彭水 with a target stored as text", "任务表", set(pengshui(), "C6", "1273"), []],
  [
    "彭水 with a village twice and a blank target",
    "任务表",
    set(set(pengshui(), "B7", "大河村"), "C8", null),
    [],
  ],
  ["石柱 附件1 against the 33828 assigned", "分解表", shizhu(), ["cq-shizhu-2025", 33828]],
  ["石柱 against a wrong figure assigned", "分解表", shizhu(), ["cq-shizhu-2025", 34000]],
  [
    "彭水 with 已缴费 on 2024-11-29",
    "进度",
    pengshuiPaid(),
    ["cq-pengshui-2025", undefined, "2024-11-29"],
  ],
  [
    "彭水 with 已缴费 on 2024-12-31",
    "进度",
    pengshuiPaid(),
    ["cq-pengshui-2025", undefined, "2024-12-31"],
  ],
];

describe.each(CASES)("%s", (_what, name, rows, [policy, assigned, asOf]) => {
  it("answers as yibao targets --json; values unchanged, only fills and comments added", async () => {
    const wb = MemoryWorkbook.from({ 说明: [["本表是别的内容"]], [name]: values(rows) });
    const before = wb.snapshot();
    const args = [
      ...(policy ? ["--policy", policy] : []),
      ...(assigned !== undefined ? ["--assigned", String(assigned)] : []),
      ...(asOf ? ["--as-of", asOf] : []),
    ];
    const expected = (await cliJson(wb, name, args)) as {
      findings: { cell: string; severity: string; message: string }[];
    };
    const got = runScript(built.source, wb, policy, name, assigned, asOf);
    expect(got).toEqual(expected);

    const after = wb.snapshot();
    expect(after[name]).toEqual(before[name]);
    expect(after["说明"]).toEqual(before["说明"]);
    const ws = wb.getWorksheet(name)!;
    for (const [r, row] of ws.cells)
      for (const [c, cell] of row) {
        const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
        const here = expected.findings.filter((f) => f.cell === a1);
        if (here.length === 0) {
          expect([a1, cell.fill, cell.comment]).toEqual([a1, undefined, undefined]);
          continue;
        }
        expect(cell.fill).toBe(here.some((f) => f.severity === "error") ? "#FFC7CE" : "#FFEB9C");
        for (const f of here) expect(cell.comment).toContain(f.message);
        expect(cell.comment).not.toMatch(/[A-Z_]{5,}/); // no codes in the clerk's note
      }
    const list = wb.getWorksheet("检查结果")!;
    expect(String(list.dump().values[0][0])).toMatch(new RegExp(`^任务分解表检查结果：${name}`));
    const listed = list.dump().values.map((r) => r[3]);
    for (const f of expected.findings) expect(listed).toContain(f.message);
  });
});

it("a second run replaces its marks and its 检查结果; the clerk's own comment stays", () => {
  const name = "任务表";
  const wb = MemoryWorkbook.from({
    [name]: values(set(set(pengshui(), "C9", 7000), "C6", "1273")),
  });
  const ws = wb.getWorksheet(name)!;
  ws.addComment("B5", "村里自己写的批注");
  wb.getWorksheet(name)!.activate();
  const first = runScript(built.source, wb) as { findings: { cell: string }[] };
  expect(first.findings.map((f) => f.cell)).toEqual(expect.arrayContaining(["C6", "C9"]));
  expect(ws.cellAt(5, 2, false).comment).toMatch(/^【/);
  // The clerk fixes C6 (a number now) and C9, then runs the script again from the sheet.
  ws.cellAt(5, 2, true).value = 1273;
  ws.cellAt(8, 2, true).value = 7182;
  ws.activate();
  const second = runScript(built.source, wb) as { ok: boolean; findings: unknown[] };
  expect(second).toMatchObject({ ok: true, findings: [] });
  for (const a of [
    [5, 2],
    [8, 2],
  ])
    expect([ws.cellAt(a[0], a[1], false).fill, ws.cellAt(a[0], a[1], false).comment]).toEqual([
      undefined,
      undefined,
    ]);
  expect(ws.cellAt(4, 1, false).comment).toBe("村里自己写的批注");
  expect(wb.sheets.map((s) => s.name).filter((n) => n.startsWith("检查结果"))).toEqual([
    "检查结果",
  ]);
  expect(
    wb
      .getWorksheet("检查结果")!
      .dump()
      .values.map((r) => r[3])
  ).toContain("未发现问题");
});

it("a sheet that is not there is named, with the sheets that are", () => {
  const wb = MemoryWorkbook.from({ 任务表: values(pengshui()) });
  expect(() => runScript(built.source, wb, undefined, "任务分解")).toThrow(
    "没有名为“任务分解”的工作表。现有：任务表"
  );
  expect(() => runScript(built.source, wb, undefined, "任务表", 1.5)).toThrow(
    /上级下达的任务数应为/
  );
  expect(wb.sheets.map((s) => s.name)).toEqual(["任务表"]);
});
