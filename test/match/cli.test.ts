/**
 * `yibao match` end to end on the 彭水 fixture: the equations printed and asserted, bad input
 * refused with a Chinese message, the workbook's sheets (masked IDs in 未缴, no internal codes),
 * and three report dates passed on through --history into 进度记录 with its chart.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import path from "path";
import { pengshui, tempDir, writeSheets } from "./fixtures";
import { yibao } from "../cli/run";
import type { CellValue } from "../../src/core/sheet/address";

jest.setTimeout(120_000);

const dir = process.env.YIBAO_KEEP_MATCH ?? tempDir();
afterAll(() => {
  if (!process.env.YIBAO_KEEP_MATCH) fs.rmSync(dir, { recursive: true, force: true });
});
const fx = pengshui();
let lists = "";
let paid = "";
let targets = "";

beforeAll(async () => {
  lists = await writeSheets(dir, "名单.xlsx", [fx.household, fx.civil, fx.agri]);
  paid = await writeSheets(dir, "缴费.xlsx", [fx.paid]);
  targets = await writeSheets(dir, "附件1.xlsx", [fx.targets]);
});

/** The paid list as of a date: only payments up to that day (earlier reports see fewer). */
async function paidUntil(file: string, share: number): Promise<string> {
  const rows = fx.paid.rows.filter((r, i) => i === 0 || i % 100 < share * 100 || typeof r[1] !== "string");
  return writeSheets(dir, file, [{ name: "缴费明细", rows }]);
}

async function sheetRows(file: string, name: string): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name)!;
  const out: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = (row.values as CellValue[]).slice(1);
  });
  return out;
}

describe("yibao match", () => {
  test("prints the equations that account for every row, and they hold", async () => {
    const r = await yibao("match", lists, "--paid", paid, "--targets", targets, "--policy", "cq-pengshui-2025", "--date", "2024-12-31");
    expect(r.code).toBe(1); // rows were rejected (damaged IDs, conflicts)
    const m1 = /身份名单 (\d+) 行 = 已缴 (\d+) 行 \+ 未缴 (\d+) 行 \+ 未通过 (\d+) 行/.exec(r.stdout)!;
    const m2 = /缴费名单 (\d+) 行 = 已比对 (\d+) 行 \+ 不在名单内 (\d+) 行 \+ 未通过 (\d+) 行/.exec(r.stdout)!;
    const [a, b, c, d] = m1.slice(1).map(Number);
    const [e, f, g, h] = m2.slice(1).map(Number);
    expect(a).toBe(b + c + d);
    expect(e).toBe(f + g + h);
    expect([a, d, e, f, g, h]).toEqual([7364, 3, 6628, 6620, 5, 3]);
    expect(r.stdout).toMatch(/大厂社区：任务2490，已缴2490，完成100\.0%.*A档，工作经费4735元/);
    expect(r.stdout).toMatch(/马驴村.*C档/);
    expect(r.stdout).not.toMatch(/\d{17}[\dX]/); // no full ID in the output
  });

  test("JSON for automation", async () => {
    const r = await yibao("match", lists, "--paid", paid, "--policy", "cq-pengshui-2025", "--json");
    const j = r.json<{ counts: Record<string, number>; grading: null; villages: { village: string }[] }>();
    expect(j.counts.listRows).toBe(j.counts.matchedRows + j.counts.unpaidRows + j.counts.rejectedRows);
    expect(j.grading).toBeNull();
    expect(j.villages.map((v) => v.village)).toEqual(["大厂社区", "大河村", "龙门村", "马驴村"]);
  });

  test("bad input: no ID column, two candidate ID columns", async () => {
    const noId = await writeSheets(dir, "无号码.xlsx", [{ name: "缴费", rows: [["姓名", "缴费档次", "缴费日期"], ["张三", "一档", "2024-11-01"]] }]);
    let r = await yibao("match", lists, "--paid", noId, "--policy", "cq-pengshui-2025");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/没有身份证号码列.*表头有：姓名、缴费档次、缴费日期/);
    const two = await writeSheets(dir, "两列.xlsx", [{ name: "缴费", rows: [["姓名", "身份证号码", "社会保障号码"], ["张三", "x", "y"]] }]);
    r = await yibao("match", lists, "--paid", two, "--policy", "cq-pengshui-2025");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2列都可能是身份证号码：B列“身份证号码”、C列“社会保障号码”/);
    r = await yibao("match", lists, "--paid", paid, "--policy", "cq-pengshui-2025", "--out", lists);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不能与输入文件相同/);
  });

  test("three report dates: 进度记录 ranks, changes, behind; re-running a date replaces it; the chart is in the file", async () => {
    const p1 = await paidUntil("缴费1.xlsx", 0.15);
    const p2 = await paidUntil("缴费2.xlsx", 0.6);
    const out1 = path.join(dir, "比对1.xlsx");
    const out2 = path.join(dir, "比对2.xlsx");
    const out3 = path.join(dir, "比对3.xlsx");
    const base = [lists, "--targets", targets, "--policy", "cq-pengshui-2025"];
    await yibao("match", ...base, "--paid", p1, "--date", "2024-11-01", "--out", out1);
    await yibao("match", ...base, "--paid", p2, "--date", "2024-12-06", "--out", out2, "--history", out1);
    // The same date again (a corrected list) replaces that date's rows.
    await yibao("match", ...base, "--paid", p2, "--date", "2024-12-06", "--out", out2 + ".x.xlsx", "--history", out2);
    const r = await yibao("match", ...base, "--paid", paid, "--date", "2025-01-03", "--out", out3, "--history", out2 + ".x.xlsx");
    expect(r.stdout).toMatch(/进度排名（2025-01-03，较2024-12-06，应完成100\.0%）/);
    const rows = await sheetRows(out3, "进度记录");
    expect(rows[0]).toEqual(["报告日期", "村（社区）", "任务数", "已缴费人数", "完成率", "应完成进度", "排名", "较上次增加（人）", "完成率较上次", "是否落后", "还差人数"]);
    const data = rows.slice(1);
    expect(data).toHaveLength(12); // 4 villages × 3 dates, the repeated date once
    expect([...new Set(data.map((x) => x[0]))]).toEqual(["2024-11-01", "2024-12-06", "2025-01-03"]);
    const last = data.filter((x) => x[0] === "2025-01-03");
    expect(last.map((x) => [x[1], x[3], x[6], x[9] ?? ""])).toEqual([
      ["大厂社区", 2490, 1, ""],
      ["大河村", 1230, 2, "落后"],
      ["龙门村", 1500, 3, "落后"],
      ["马驴村", 1405, 4, "落后"],
    ]);
    // Change since the last report = this paid − last paid, village by village.
    const mid = new Map(data.filter((x) => x[0] === "2024-12-06").map((x) => [x[1], x[3] as number]));
    for (const x of last) expect(x[7]).toBe((x[3] as number) - mid.get(x[1] as string)!);
    // 2024-11-01: the 20% milestone (end of October) is due; 2024-12-06: 65%.
    expect(data.filter((x) => x[0] === "2024-11-01").every((x) => x[5] === 0.2)).toBe(true);
    expect(data.filter((x) => x[0] === "2024-12-06").every((x) => x[5] === 0.65)).toBe(true);
    expect(data.filter((x) => x[0] === "2024-11-01").every((x) => x[9] === "落后")).toBe(true);
    // The chart: one line per village and the milestones, over 进度图表.
    const zip = await JSZip.loadAsync(fs.readFileSync(out3));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart.match(/<c:ser>/g)).toHaveLength(5);
    expect(chart).toContain("'进度图表'!$B$2:$B$4");
    for (const v of ["应完成进度", "大厂社区", "大河村", "龙门村", "马驴村"]) expect(chart).toContain(`<c:v>${v}</c:v>`);
    const table = await sheetRows(out3, "进度图表");
    expect(table[0]).toEqual(["报告日期", "应完成进度", "大厂社区", "大河村", "龙门村", "马驴村"]);
    expect(table.slice(1, 4).map((x) => x[1])).toEqual([0.2, 0.65, 1]);
  });

  test("the workbook: 未缴 per village with masked IDs, no internal codes in any sheet", async () => {
    const out = path.join(dir, "比对.xlsx");
    await yibao("match", lists, "--paid", paid, "--targets", targets, "--policy", "cq-pengshui-2025", "--date", "2024-12-31", "--out", out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([
      "比对汇总",
      "分村统计",
      "评档与工作经费",
      "比对明细",
      "未缴-大河村",
      "未缴-龙门村",
      "未缴-马驴村",
      "不在名单内",
      "未通过",
      "合并记录",
      "进度记录",
      "进度图表",
    ]);
    const malv = await sheetRows(out, "未缴-马驴村");
    expect(malv[1]).toEqual(["序号", "姓名", "身份证号码", "人员类别", "参保档次", "备注"]);
    expect(malv.length - 2).toBe(1774 - 1400);
    for (const row of malv.slice(2)) expect(String(row[2])).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(malv.some((row) => row[5] === "缴费记录姓名不一致，待核实")).toBe(true);
    const codes = /cq-pengshui|lowIncome|povertyAlleviated|NAME_CONFLICT|DAMAGED|--[a-z]/;
    for (const ws of wb.worksheets)
      ws.eachRow((row) => row.eachCell((c) => expect(String(c.value ?? "")).not.toMatch(codes)));
    const grading = await sheetRows(out, "评档与工作经费");
    expect(grading.slice(2, 6).map((x) => [x[0], x[7], x[8]])).toEqual([
      ["大厂社区", "A档", 4735],
      ["大河村", "B档", 1845],
      ["龙门村", "B档", 1500],
      ["马驴村", "C档", 0],
    ]);
  });
});
