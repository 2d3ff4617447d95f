/**
 * The ledger against a POS or tax export (src/core/cash/reconcile.ts), where the two cannot be
 * matched on a valid ID or where the ledger's dates are out of order: a payment with a bad ID
 * is reported once, as a bad ID, not as missing from both sides; a payment remitted before it
 * was received is still compared (and counted), not dropped. The CLI and the page print the
 * same summary line (comparisonSummary).
 */
import { checkCash } from "../../src/core/cash/check";
import { compareExport, comparisonSummary } from "../../src/core/cash/reconcile";
import { reportSheets } from "../../src/core/cash/sheets";
import { iso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { COL, ledger, payment, personId, rowOf } from "./fixtures";

const SHIZHU = getPolicy("cq-shizhu-2025");
const HEAD = ["缴费人姓名", "证件号码", "缴费金额（元）", "入库日期", "缴费渠道"];

/** A valid ID with its check digit changed: 17 digits as written, a bad 18th. */
function badId(n: number): string {
  const id = personId(n);
  const last = id.slice(-1) === "1" ? "2" : "1";
  return id.slice(0, 17) + last;
}

const check = (payments: ReturnType<typeof payment>[]) =>
  checkCash(ledger(payments), SHIZHU, { asOf: iso("2024-11-30") });

test.each([
  ["the same bad ID on both sides", badId(601), badId(601), "both"],
  ["a bad ID in the ledger, the valid one in the export", badId(602), personId(602), "ledger"],
  ["a valid ID in the ledger, a bad one in the export", personId(603), badId(603), "export"],
])("%s: reported once, as a bad ID", (_what, ledgerId, exportId, badIn) => {
  const report = check([
    payment({ id: personId(600), name: "居民甲", remitDate: "2024-11-02" }),
    payment({ id: ledgerId, name: "居民乙", remitDate: "2024-11-02" }),
  ]);
  const cmp = compareExport(report, {
    name: "税务缴费明细",
    rows: [
      HEAD,
      ["居民甲", personId(600), 400, "2024-11-02", "POS"],
      ["居民乙", exportId, 400, "2024-11-02", "POS"],
    ],
  });
  expect(cmp.matched).toHaveLength(1);
  expect(cmp.notInExport).toEqual([]);
  expect(cmp.notInLedger).toEqual([]);
  expect(cmp.badId.map((b) => [b.entry.row.index + 1, b.exportRow, b.badIn])).toEqual([
    [rowOf(1), 3, badIn],
  ]);
  const codes = cmp.findings.map((f) => f.code);
  expect(codes).toEqual(["EXPORT_BAD_ID"]);
  expect(cmp.findings[0].cell).toBe(badIn === "export" ? "B3" : `${COL.id}${rowOf(1)}`);
  expect(cmp.findings[0].message).toMatch(/身份证号码有误/);
  for (const f of cmp.findings) expect(f.message).not.toMatch(/\d{17}[\dX]/);
  expect(comparisonSummary(cmp)).toBe(
    "相符1笔；台账有、缴费数据没有0笔；缴费数据有、台账没有0笔；身份证号码有误、无法按号码比对1笔"
  );
  const sheet = reportSheets(report, cmp).find((s) => s.name === "缴费数据比对")!;
  const texts = JSON.stringify(sheet.cells);
  expect(texts).toContain("身份证号码有误");
  expect(texts).not.toContain('台账有、缴费数据没有"');
});

test("a bad ID in the ledger with nothing like it in the export: once, as a bad ID, not as missing", () => {
  const report = check([payment({ id: badId(611), name: "居民丙" })]);
  const cmp = compareExport(report, {
    name: "导出",
    rows: [HEAD, ["居民丁", personId(612), 775, "2024-11-02", "POS"]],
  });
  expect(cmp.notInExport).toEqual([]);
  expect(cmp.badId.map((b) => [b.exportRow, b.badIn])).toEqual([[null, "ledger"]]);
  expect(cmp.notInLedger.map((x) => x.row)).toEqual([2]);
  expect(cmp.findings.map((f) => f.code)).toEqual(["EXPORT_BAD_ID", "NOT_IN_LEDGER"]);
});

test("a payment remitted before it was received is compared on its 解缴日期 and flagged", () => {
  const early = payment({ id: personId(621), date: "2024-11-05", remitDate: "2024-11-03" });
  const report = check([payment({ id: personId(620), remitDate: "2024-11-03" }), early]);
  expect(report.findings.map((f) => f.code)).toContain("REMITTED_BEFORE_RECEIVED");
  const cmp = compareExport(report, {
    name: "导出",
    rows: [
      HEAD,
      ["甲", personId(620), 400, "2024-11-03", "POS"],
      ["乙", personId(621), 400, "2024-11-03", "POS"],
    ],
  });
  expect(cmp.matched.map((m) => m.entry.row.index + 1)).toEqual([rowOf(0), rowOf(1)]);
  expect(cmp.notInLedger).toEqual([]);
  expect(cmp.remittedBeforeReceived.map((e) => e.row.index + 1)).toEqual([rowOf(1)]);
  expect(cmp.byDay.map((d) => [d.ledger.toFixed(2), d.exported.toFixed(2)])).toEqual([
    ["800.00", "800.00"],
  ]);
  expect(comparisonSummary(cmp)).toContain("其中1笔解缴日期早于收款日期");
});
