/**
 * `yibao cash` and `yibao template cash` end to end on files: --json carries the codes and
 * every row's accounting, the text is Chinese without codes or full IDs, exit codes, the
 * check and notice workbooks, and the ledger file never changes.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { readWorkbookFile } from "../../src/io/files";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { yibao } from "../cli/run";
import { COL, ledger, payment, personId, rowOf, twoHundred } from "./fixtures";
import type { SheetSpec } from "../../src/core/sheet/spec";
import type { SheetData } from "../../src/core/sheet/address";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-cash-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function specs(sheets: SheetData[]): SheetSpec[] {
  return sheets.map((s) => ({ name: s.name, cells: s.rows.map((r) => r.map((v) => (v === null ? null : { value: v as string | number }))), textColumns: [5] }));
}

async function file(name: string, sheets: SheetData[]): Promise<string> {
  const p = path.join(dir, name);
  fs.writeFileSync(p, await writeXlsx(specs(sheets)));
  return p;
}

test("a ledger with faults: codes and cells in --json, Chinese text, exit 1, the file untouched", async () => {
  const dup = personId(77);
  const f = await file("台账.xlsx", [
    ledger([
      payment({ id: dup }),
      payment({ date: "2024-11-01", remitDate: "2024-11-07" }),
      null,
      payment({ amount: "四百" }),
      payment({ id: dup }),
      payment({ date: "2025-07-03", remitDate: "2025-07-03", amount: 1070 }),
      payment({ date: "2025-08-01", remitDate: "2025-08-01", category: "城乡低保对象", amount: 40 }),
    ]),
  ]);
  const before = fs.readFileSync(f);
  const json = await yibao("cash", f, "--policy", "cq-shizhu-2025", "--as-of", "2025-12-31", "--json");
  expect(json.code).toBe(1);
  const j = json.json<{ ok: boolean; findings: { code: string; cell: string }[]; accounting: { inputRows: number; ok: number; withFindings: number; unreadable: number; blank: number } }>();
  expect(j.ok).toBe(false);
  expect(j.findings.map((x) => [x.code, x.cell])).toEqual([
    ["LATE_REMITTANCE", `${COL.remitDate}${rowOf(1)}`],
    ["UNREADABLE_AMOUNT", `${COL.amount}${rowOf(3)}`],
    ["DUPLICATE_PERSON", `${COL.id}${rowOf(4)}`],
  ]);
  expect(j.accounting).toMatchObject({ inputRows: 6, ok: 3, withFindings: 2, unreadable: 1, blank: 1 });

  const text = await yibao("cash", f, "--policy", "cq-shizhu-2025", "--as-of", "2025-12-31");
  expect(text.code).toBe(1);
  expect(text.stdout).toContain("台账6行 = 无误3行 + 有问题2行 + 无法读取1行（空行1行不计）");
  expect(text.stdout).toContain(`${COL.remitDate}${rowOf(1)}：2024年11月1日收取的现金2024年11月7日才解缴`);
  expect(text.stdout).toContain("结论：未通过（3个错误，0个提示）");
  expect(text.stdout).not.toMatch(/[A-Z]{2,}_[A-Z]/);
  expect(text.stdout).not.toContain(dup);
  expect(fs.readFileSync(f).equals(before)).toBe(true);
});

test("a clean ledger exits 0; --out writes the check and the daily reconciliation; --notice writes the notice", async () => {
  const f = await file("台账200.xlsx", [ledger(twoHundred())]);
  const out = path.join(dir, "检查结果.xlsx");
  const notice = path.join(dir, "公示.xlsx");
  const r = await yibao("cash", f, "--policy", "cq-shizhu-2025", "--as-of", "2024-12-31", "--out", out, "--notice", "full", "--notice-out", notice);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("现金缴费公示（集中征收期全面公示）：12个村社，200人");
  expect(r.stdout).toContain("应于2025-01-31前张贴");
  const checked = await readWorkbookFile(out);
  expect(checked.map((s) => s.name)).toEqual(["台账检查结果", "每日对账"]);
  expect(checked[1].rows[3].slice(0, 2)).toEqual(["张会计", "2024-11-01"]);
  const posted = await readWorkbookFile(notice);
  expect(posted).toHaveLength(12);
  expect(JSON.stringify(posted)).not.toMatch(/\d{15}/);
});

test("bad input exits 2 with a Chinese message", async () => {
  const f = await file("台账.xlsx", [ledger([payment()])]);
  for (const [args, message] of [
    [[f], "缺少 --policy"],
    [[f, "--policy", "cq-shizhu-2025", "--notice", "2024Q9"], "--notice 应为季度"],
    [[f, "--policy", "cq-shizhu-2025", "--as-of", "明天"], "不是有效日期"],
    [[f, "--policy", "cq-shizhu-2025", "--out", f], "不能与台账是同一个文件"],
    [[path.join(dir, "没有.xlsx"), "--policy", "cq-shizhu-2025"], "找不到文件"],
  ] as [string[], string][]) {
    const r = await yibao("cash", ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  }
  const none = await file("别的表.xlsx", [{ name: "表", rows: [["姓名", "金额"]] }]);
  const r = await yibao("cash", none, "--policy", "cq-shizhu-2025");
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("没有找到现金征缴台账的表头");
});

test("yibao template cash: the blank ledger, which the check reads back", async () => {
  const out = path.join(dir, "模板.xlsx");
  const r = await yibao("template", "cash", "--policy", "cq-shizhu-2025", "--out", out, "--json");
  expect(r.code).toBe(0);
  expect(r.json()).toEqual({ file: out, policy: "cq-shizhu-2025", sheets: ["现金征缴台账", "台账填表说明"], rows: 500 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("现金征缴台账")!;
  expect(ws.getCell("A1").value).toBe("重庆市石柱县下路街道2025年度城乡居民医保现金征缴台账");
  expect(ws.getColumn(6).numFmt).toBe("@");
  const check = await yibao("cash", out, "--policy", "cq-shizhu-2025", "--as-of", "2024-12-31", "--json");
  expect(check.code).toBe(0);
  expect(check.json<{ accounting: { inputRows: number } }>().accounting.inputRows).toBe(0);
  // The other template kinds still work.
  const targets = await yibao("template", "targets", "--out", path.join(dir, "t.xlsx"));
  expect(targets.code).toBe(0);
});
