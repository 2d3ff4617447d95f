/**
 * The 现金台账 tab's steps through the Office.js layer (OfficeHost on office-addin-mock): the
 * ledger the clerk is on is read, with dates as Excel serials and IDs as text; the tax export
 * sheet is compared; findings lead to their cells; the check, the notice and the blank ledger
 * are written as new sheets, and the ledger itself is never written to.
 */
import { iso, toExcelSerial } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { OfficeHost } from "../../src/office/host";
import type { PolicyStore } from "../../src/ui/host";
import { checkSheets, deliver, notice, runCashCheck, templateSheets } from "../../src/ui/cash/run";
import { MockExcel } from "../office/excelMock";
import { COL, ledger, payment, personId, rowOf } from "./fixtures";

const store: PolicyStore = { load: async () => ({ policyId: "cq-shizhu-2025", supplied: {} }), savePolicyId: async () => undefined };
const SHIZHU = getPolicy("cq-shizhu-2025");
type Cell = string | number | boolean;

/** The sheet as Excel hands it over: dates as serial numbers, empty cells as "". */
function asExcel(rows: (string | number | boolean | null | Date)[][]): Cell[][] {
  return rows.map((r, i) =>
    r.map((v, c) => {
      if (v === null || v === undefined) return "";
      if (i >= 3 && (c === 1 || c === 10) && typeof v === "string" && /^\d{4}-\d\d-\d\d$/.test(v)) return toExcelSerial(iso(v));
      return v as Cell;
    })
  );
}

test("check, compare, go to a cell, write the results as new sheets; the ledger untouched", async () => {
  const a = personId(801);
  const b = personId(802);
  const sheet = ledger([
    payment({ id: a }),
    payment({ id: b, remitDate: "2024-11-09" }), // late, and not in the export (nor is the next)
    payment({ village: "柏树社区", date: "2025-07-05", remitDate: "2025-07-05", amount: 1070 }),
  ]);
  const cells = asExcel(sheet.rows);
  const before = JSON.stringify(cells);
  const excel = new MockExcel(
    [
      { name: "现金征缴台账", cells },
      { name: "税务导出", cells: [["缴费人姓名", "证件号码", "缴费金额", "入库日期"], ["某", a, 400, toExcelSerial(iso("2024-11-02"))]] },
    ],
    "现金征缴台账"
  );
  const host = new OfficeHost(excel.run, store);
  const run = await runCashCheck(host, { policy: SHIZHU, asOf: iso("2025-12-31"), exportSheet: "税务导出" });
  expect(run.report.findings.map((f) => [f.code, f.cell])).toEqual([["LATE_REMITTANCE", `${COL.remitDate}${rowOf(1)}`]]);
  expect(run.report.accounting).toMatchObject({ ok: 2, withFindings: 1, unreadable: 0 });
  expect(run.comparison!.matched).toHaveLength(1);
  expect(run.comparison!.notInExport.map((e) => e.row.index + 1)).toEqual([rowOf(1), rowOf(2)]);
  expect(run.comparison!.notInLedger).toEqual([]);

  await host.selectCell(run.report.findings[0].cell, run.report.sheet);
  expect(excel.selection).toEqual({ sheet: "现金征缴台账", address: `${COL.remitDate}${rowOf(1)}` });

  const made = await deliver(host, checkSheets(run), "x.xlsx");
  expect(made).toContain("台账检查结果");
  const { specs } = notice(run, { kind: "quarter", year: 2024, quarter: 4 });
  expect(specs.map((s) => s.name)).toEqual(["红岩社区"]);
  await deliver(host, specs, "y.xlsx");
  // A second time the names are not taken over.
  await deliver(host, templateSheets(SHIZHU), "z.xlsx");
  await deliver(host, templateSheets(SHIZHU), "z.xlsx");
  expect(excel.sheet("现金征缴台账(2)").created).toBe(true);

  expect(JSON.stringify(excel.sheet("现金征缴台账").cells)).toBe(before);
  expect(excel.writes.filter((w) => w.sheet === "现金征缴台账" || w.sheet === "税务导出")).toEqual([]);
  const notice1 = excel.sheet("红岩社区");
  const text = JSON.stringify(notice1.cells);
  expect(text).toContain(a.slice(-4));
  expect(text).not.toContain(a.slice(0, 14));
  // The ID column of the notice is text, so 0007 keeps its zeros.
  expect(excel.writes.some((w) => w.sheet === "红岩社区" && w.property === "numberFormat")).toBe(true);
});

test("the ledger's findings and the export's are marked in their own sheets, as the 任务分解表's are; the cells' values stay", async () => {
  const a = personId(811);
  const b = personId(812);
  const sheet = ledger([payment({ id: a }), payment({ id: b, remitDate: "2024-11-09" })]);
  const cells = asExcel(sheet.rows);
  const before = JSON.stringify(cells);
  const exportCells: Cell[][] = [
    ["缴费人姓名", "证件号码", "缴费金额", "入库日期"],
    ["某甲", a, 400, toExcelSerial(iso("2024-11-02"))],
    ["某丙", personId(813), 400, toExcelSerial(iso("2024-11-03"))], // not in the ledger
  ];
  const excel = new MockExcel(
    [
      { name: "现金征缴台账", cells },
      { name: "税务导出", cells: exportCells },
    ],
    "现金征缴台账"
  );
  const host = new OfficeHost(excel.run, store);
  const run = await runCashCheck(host, { policy: SHIZHU, asOf: iso("2025-12-31"), exportSheet: "税务导出" });
  const all = [...run.report.findings, ...run.comparison!.findings];
  const onExport = all.filter((f) => f.sheet === "税务导出");
  expect(onExport.length).toBeGreaterThan(0);
  expect(run.report.findings.map((f) => f.cell)).toContain(`${COL.remitDate}${rowOf(1)}`);

  await host.highlight(all);
  const marked = (name: string) => excel.liveCfs(name).flatMap((cf) => cf.areas.split(","));
  const ledgerCells = all.filter((f) => f.sheet === undefined).map((f) => f.cell);
  expect(marked("现金征缴台账").sort()).toEqual([...new Set(ledgerCells)].sort());
  expect(marked("税务导出").sort()).toEqual([...new Set(onExport.map((f) => f.cell))].sort());
  expect(excel.liveCfs("现金征缴台账").map((cf) => cf.fill)).toContain("#FDE7E9");
  // Marks are conditional formats only: no value or format of either sheet was written.
  expect(excel.writes.filter((w) => !w.property.startsWith("conditionalFormat"))).toEqual([]);
  expect(JSON.stringify(excel.sheet("现金征缴台账").cells)).toBe(before);

  // A clean check takes the ledger's marks away; 清除标记 takes away the rest.
  await host.highlight([]);
  expect(excel.liveCfs("现金征缴台账")).toEqual([]);
  expect(await host.clearHighlights()).toBeGreaterThan(0);
  expect(excel.liveCfs()).toEqual([]);
});
