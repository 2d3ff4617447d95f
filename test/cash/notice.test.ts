/**
 * The rules' citations, the daily reconciliation, the export comparison and the public
 * notice. The notice of a 200-payment ledger is written to .xlsx, printed through
 * LibreOffice to PDF, its pages counted with pdfinfo and turned into PNGs in test-output/cash
 * (to look at); no full ID may appear anywhere in the file.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { checkCash } from "../../src/core/cash/check";
import { buildNotice, noticePeriods, noticeSheets, parsePeriod, periodKey } from "../../src/core/cash/notice";
import { compareExport, dailyLines } from "../../src/core/cash/reconcile";
import { CASH_RULES, cashRulesOf } from "../../src/core/cash/rules";
import { reportSheets } from "../../src/core/cash/sheets";
import { cashTemplate } from "../../src/core/cash/template";
import { iso, toIso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { sofficePath } from "../helpers/libreoffice";
import { seedText, squeeze } from "../core/helpers";
import { COL, ledger, payment, personId, rowOf, twoHundred } from "./fixtures";

jest.setTimeout(120_000);
const SHIZHU = getPolicy("cq-shizhu-2025");
const OUT = path.resolve(__dirname, "../../test-output/cash");

test("every number of the cash rules cites 附件3 (or 附件1) in words the notice really has", () => {
  const text = squeeze(seedText("002_c2448fd56b0e3f0c.txt"));
  const rules = CASH_RULES["cq-shizhu"];
  expect(rules.remitDays.value).toBe(5);
  expect(rules.holdLimit.value).toBe("10000");
  expect(rules.fullNoticeMonths.value).toBe(1);
  for (const entry of Object.values(rules)) {
    for (const c of entry.cite) {
      expect(c.doc).toBe("下路街道发〔2024〕78号");
      expect(text).toContain(squeeze(c.quote!));
    }
  }
  // The villages are policy data now (附件1, checked with the other citations); the rules carry them.
  expect(cashRulesOf(SHIZHU)!.villages).toEqual(SHIZHU.villages());
  for (const v of SHIZHU.villages()!.value) expect(text).toContain(v);
});

describe("daily reconciliation", () => {
  test("per collector and day: received, remitted, running balance", () => {
    const r = checkCash(
      ledger([
        payment({ collector: "甲", receipt: "A1", date: "2024-11-01", remitDate: "2024-11-03" }),
        payment({ collector: "甲", receipt: "A2", date: "2024-11-01", remitDate: "2024-11-01" }),
        payment({ collector: "乙", receipt: "B1", date: "2024-11-02", remitDate: "2024-11-02", tier: "二档", amount: 775 }),
        payment({ collector: "甲", receipt: "A3", date: "2024-11-02", remitDate: undefined, method: undefined }),
      ]),
      SHIZHU,
      { asOf: iso("2024-11-04") }
    );
    const lines = dailyLines(r.entries).map((l) => [l.collector, toIso(l.day), l.receivedCount, l.received.toFixed(2), l.remittedCount, l.remitted.toFixed(2), l.held.toFixed(2)]);
    expect(lines).toEqual([
      ["甲", "2024-11-01", 2, "800.00", 1, "400.00", "400.00"],
      ["甲", "2024-11-02", 1, "400.00", 0, "0.00", "800.00"],
      ["甲", "2024-11-03", 0, "0.00", 1, "400.00", "400.00"],
      ["乙", "2024-11-02", 1, "775.00", 1, "775.00", "0.00"],
    ]);
    expect(r.totals.unremitted.toFixed(2)).toBe("400.00");
  });

  test("against a tax export: every payment in one and not the other", () => {
    const a = personId(501);
    const b = personId(502);
    const c = personId(503);
    const d = personId(504);
    const report = checkCash(
      ledger([
        payment({ id: a, remitDate: "2024-11-02", receipt: "XL1" }),
        payment({ id: b, remitDate: "2024-11-02", receipt: "XL2" }), // not in the export
        payment({ id: c, remitDate: "2024-11-02", receipt: "XL3" }), // the export books it a day later
      ]),
      SHIZHU,
      { asOf: iso("2024-11-30") }
    );
    const exportSheet = {
      name: "税务缴费明细",
      rows: [
        ["缴费人姓名", "证件号码", "缴费金额（元）", "入库日期", "缴费渠道"],
        ["居民甲", a, "400.00", "2024-11-02 10:31:05", "POS"],
        ["居民丙", c, 400, "2024-11-03", "POS"],
        ["居民丁", d, 775, "2024-11-02", "POS"], // not in the ledger
        ["居民戊", personId(505), 400, "2024-12-20", "微信"], // outside the ledger's days
      ],
    };
    const cmp = compareExport(report, exportSheet);
    expect(cmp.matched.map((m) => m.entry.row.index + 1)).toEqual([rowOf(0), rowOf(2)]);
    expect(cmp.notInExport.map((e) => e.row.index + 1)).toEqual([rowOf(1)]);
    expect(cmp.notInLedger.map((x) => x.row)).toEqual([4]);
    expect(cmp.outsideDays).toBe(1);
    const byCode = cmp.findings.map((f) => [f.code, f.sheet ?? "", f.cell]);
    expect(byCode).toEqual([
      ["NOT_IN_EXPORT", "", `${COL.remitDate}${rowOf(1)}`],
      ["NOT_IN_LEDGER", "税务缴费明细", "C4"],
      ["EXPORT_MISMATCH", "", `${COL.remitDate}${rowOf(2)}`],
    ]);
    for (const f of cmp.findings) expect(f.message).not.toMatch(/\d{17}[\dX]/);
    expect(cmp.byDay.map((x) => [toIso(x.day), x.ledger.toFixed(2), x.exported.toFixed(2)])).toEqual([
      ["2024-11-02", "1200.00", "1175.00"],
      ["2024-11-03", "0.00", "400.00"],
    ]);
    const sheets = reportSheets(report, cmp);
    expect(sheets.map((s) => s.name)).toEqual(["台账检查结果", "每日对账", "缴费数据比对"]);
    const all = JSON.stringify(sheets);
    expect(all).not.toMatch(/[A-Z_]{6,}/); // no internal codes
    expect(all).not.toMatch(/\d{17}[\dX]/);
  });
});

describe("the public notice", () => {
  test("periods: quarters and the full notice within a month after the period", () => {
    expect(parsePeriod("2024Q4")).toEqual({ kind: "quarter", year: 2024, quarter: 4 });
    expect(parsePeriod("2025年第一季度")).toEqual({ kind: "quarter", year: 2025, quarter: 1 });
    expect(parsePeriod("full")).toEqual({ kind: "full" });
    expect(parsePeriod("2024Q5")).toBeNull();
    const r = checkCash(ledger([payment(), payment({ date: "2025-02-03", remitDate: "2025-02-03" })]), SHIZHU, { asOf: iso("2025-03-01") });
    expect(noticePeriods(r).map(periodKey)).toEqual(["2024Q4", "2025Q1", "full"]);
    const full = buildNotice(r, { kind: "full" });
    expect([toIso(full.range.from), toIso(full.range.to), toIso(full.range.dueBy!)]).toEqual(["2024-10-18", "2024-12-31", "2025-01-31"]);
    expect(full.count).toBe(1); // the February payment is in 2025Q1's notice, not the period's
    expect(buildNotice(r, { kind: "quarter", year: 2025, quarter: 1 }).count).toBe(1);
  });

  test("villages in 附件1's order (width and spaces aside), then the others in the ledger's order, not pinyin", () => {
    const ledgerOrder = ["白鹤村", "乙村", "高鹿 村", "高平村", "红岩社区", "甲村", "柏树社区"];
    const r = checkCash(ledger(ledgerOrder.map((village) => payment({ village }))), SHIZHU, { asOf: iso("2024-12-31") });
    const n = buildNotice(r, { kind: "full" });
    // 附件1: 1 红岩社区 2 柏树社区 … 5 高平村 6 高鹿村 … 8 白鹤村.
    expect(n.villages.map((v) => v.village)).toEqual(["红岩社区", "柏树社区", "高平村", "高鹿 村", "白鹤村", "乙村", "甲村"]);
    expect(noticeSheets(n, r).map((s) => s.name)).toEqual(["红岩社区", "柏树社区", "高平村", "高鹿 村", "白鹤村", "乙村", "甲村"]);
  });

  test("rows that cannot be published are left out with the reason", () => {
    const good = personId(9);
    const r = checkCash(ledger([payment({ id: good.slice(0, 17) + "0" === good ? good.slice(0, 17) + "1" : good.slice(0, 17) + "0" }), payment({ village: "" }), payment({ date: "坏日期" }), payment()]), SHIZHU, { asOf: iso("2024-12-31") });
    const n = buildNotice(r, { kind: "full" });
    expect(n.count).toBe(1);
    expect(n.excluded.map((x) => x.row)).toEqual([rowOf(0), rowOf(1), rowOf(2)]);
    expect(n.excluded[0].reason).toContain("身份证号码有误");
    expect(n.excluded[2].reason).toContain("无法识别");
  });

  test("a 200-payment ledger: one sheet per village, no full ID anywhere, prints one page per village", async () => {
    const payments = twoHundred();
    const r = checkCash(ledger(payments), SHIZHU, { asOf: iso("2024-12-31") });
    expect(r.findings).toEqual([]);
    const notice = buildNotice(r, { kind: "full" });
    expect(notice.count).toBe(200);
    const specs = noticeSheets(notice, r);
    expect(specs.map((s) => s.name)).toEqual(SHIZHU.villages()!.value);
    const first = specs[0];
    expect(first.cells[0][0]?.value).toBe("下路街道红岩社区2025年度城乡居民医保现金缴费公示");
    expect(first.cells[1][0]?.value).toBe("集中征收期全面公示：2024年10月18日至2024年12月31日收取的现金缴费");
    expect(first.cells[2].map((c) => c?.value)).toEqual(["序号", "村社", "姓名", "身份证后4位", "缴费档次", "缴费金额（元）"]);
    const line = first.cells[3].map((c) => c?.value);
    expect(line).toEqual([1, "红岩社区", payments[0].name, (payments[0].id as string).slice(-4), "二档", 775]);

    const bytes = await writeXlsx(specs);
    fs.mkdirSync(OUT, { recursive: true });
    const xlsx = path.join(OUT, "现金缴费公示.xlsx");
    fs.writeFileSync(xlsx, bytes);
    // No full ID, nor its first 14 digits, anywhere in the file's XML.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value)))));
    const blob = texts.join("\n");
    for (const p of payments) expect(blob).not.toContain((p.id as string).slice(0, 14));
    expect(blob).not.toMatch(/\d{15}/);

    // Print through LibreOffice and count pages: 12 villages of 16–17 payments, one page each.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-notice-"));
    const conv = spawnSync(sofficePath(), [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", OUT, xlsx], { encoding: "utf8", timeout: 120_000 });
    expect(conv.status).toBe(0);
    const pdf = path.join(OUT, "现金缴费公示.pdf");
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)![1]);
    expect(pages).toBe(notice.villages.length);
    spawnSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", pdf, path.join(OUT, "现金缴费公示")]);
    expect(fs.readdirSync(OUT).filter((f) => f.endsWith(".png")).length).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("a village too long for one page takes two, the others one each", async () => {
    const payments = twoHundred()
      .slice(0, 85)
      .map((p, i) => ({ ...p, village: i < 80 ? "红岩社区" : "柏树社区", receipt: `${p.receipt}` }));
    const r = checkCash(ledger(payments), SHIZHU, { asOf: iso("2024-12-31") });
    const specs = noticeSheets(buildNotice(r, { kind: "full" }), r);
    expect(specs.map((s) => [s.name, s.cells.length])).toEqual([
      ["红岩社区", 3 + 80 + 1 + 5],
      ["柏树社区", 3 + 5 + 1 + 5],
    ]);
    const xlsx = path.join(OUT, "现金缴费公示-两页.xlsx");
    fs.writeFileSync(xlsx, await writeXlsx(specs));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-notice-"));
    spawnSync(sofficePath(), [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", OUT, xlsx], { encoding: "utf8", timeout: 120_000 });
    const info = spawnSync("pdfinfo", [path.join(OUT, "现金缴费公示-两页.pdf")], { encoding: "utf8" });
    expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)![1])).toBe(3);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the template: the columns the check reads, dropdowns of 附件1's villages, tiers, categories, methods", async () => {
    const [sheet, info] = cashTemplate(SHIZHU, 20);
    expect(sheet.cells[2].map((c) => c?.value)).toEqual(["序号", "收款日期", "村社", "经办人", "缴费人姓名", "身份证号码", "档次", "人员类别", "金额", "收款凭证号", "解缴日期", "解缴方式", "备注"]);
    expect(sheet.validations!.map((v) => [v.range, v.values.length])).toEqual([
      ["C4:C23", 12],
      ["G4:G23", 2],
      ["H4:H23", SHIZHU.categoryNames().length],
      ["L4:L23", 3],
    ]);
    expect(sheet.textColumns).toEqual([5, 9]);
    expect(info.cells.map((r) => String(r[0]?.value).replace(/^\u3000+/, "")).join("")).toContain("收款次日起5日内必须解缴（收款当日不计，按日历日）");
    // A blank template checks clean: no rows, nothing lost.
    const rows = sheet.cells.map((r) => r.map((c) => (c?.value ?? null) as string | null));
    const r = checkCash({ name: sheet.name, rows }, SHIZHU);
    expect(r.accounting.rows).toEqual([]);
    expect(r.findings).toEqual([]);
  });
});
