/**
 * 计算保费 as a WPS JS macro and as an AirScript file, run on the strict ET fake: on the
 * notices' own premium cases (src/core/policy/data/*.cases.json) laid out as a clerk's sheet,
 * on bad rows, on names a spreadsheet would take for a formula, on a name cell holding a live
 * =HYPERLINK(...) and on a 100,000-row roster. The written sheet is the core's (premiumSheet,
 * premiumSpec: what `yibao premium` computes per person) cell by cell, each computed person's
 * 个人缴费 is `yibao premium --json`'s, the summary adds up the core's rows, and the input sheet
 * is unchanged cell by cell.
 */
import { iso, toExcelSerial } from "../../src/core/dates";
import { Decimal } from "../../src/core/decimal";
import { getPolicy } from "../../src/core/policy/registry";
import { premiumSheet, premiumSpec, type PremiumRow } from "../../src/core/rules/premiumSheet";
import type { SheetData } from "../../src/core/sheet/address";
import { yibao } from "../cli/run";
import { caseTables } from "../core/policyCases";
import type { EtBook, Scalar } from "./etWorkbook";
import {
  bookOf,
  buildJob,
  expectSheet,
  FORMULA_LIKE_NAMES,
  KINDS,
  runJob,
  snapshot,
  type BuiltJob,
} from "./runJobs";

jest.setTimeout(600_000);

let built: BuiltJob;
beforeAll(() => {
  built = buildJob("计算保费");
}, 300_000);

const HEADER = ["序号", "姓名", "人员类别", "缴费档次", "缴费日期", "事件日期"];
const TONGNAN = "cq-tongnan-2025";

/** The core's answer for the sheet, summed as the job sums it, and the sheet it writes. */
function coreOf(rows: Scalar[][], policy: string, taken: string[]) {
  const model = getPolicy(policy);
  const data: SheetData = { name: "名单", rows };
  const result = premiumSheet(data, model, {});
  const done = result.rows.filter((r) => r.ok);
  const total = (f: (r: PremiumRow) => number | null): number =>
    done.reduce((s, r) => s.plus(f(r) ?? 0), new Decimal(0)).toNumber();
  return {
    spec: premiumSpec(result, model.label, taken),
    summary: {
      sheet: "名单",
      written: "名单-保费",
      rows: result.rows.length,
      computed: done.length,
      rejected: result.rows.filter((r) => !r.ok).map((r) => ({ row: r.row, reason: r.note })),
      totalPersonal: total((r) => r.personal),
      totalSubsidy: total((r) => r.subsidy),
      totalFiscalSurcharge: total((r) => r.fiscalSurcharge),
    },
    rows: result.rows,
  };
}

/** Runs the job on 名单 and checks it against the core; returns the book. */
function expectCore(kind: (typeof KINDS)[number], rows: Scalar[][], policy: string): EtBook {
  const book = bookOf({ 名单: rows, 说明: [["本工作簿的说明"]] });
  const before = snapshot(book);
  const answer = runJob(built, kind, book, { policy, sheet: "名单" });
  const core = coreOf(rows, policy, ["名单", "说明"]);
  expect(answer).toEqual(core.summary);
  expect(book.names()).toEqual(["名单", "名单-保费", "说明"]);
  expectSheet(book, "名单-保费", core.spec);
  const after = snapshot(book);
  for (const name of Object.keys(before)) expect([name, after[name]]).toEqual([name, before[name]]);
  return book;
}

const TABLES = caseTables().map(([file, t]) => [file, t] as const);

describe.each(KINDS)("%s", (kind) => {
  it.each(TABLES)(
    "%s: every premium case as a row, as the core and `yibao premium` answer",
    async (_f, table) => {
      const cases = table.cases.filter((c) => c.rule === "premium" && c.input.tier !== undefined);
      const rows: Scalar[][] = [
        HEADER,
        ...cases.map((c, i) => [
          i + 1,
          `居民${i + 1}`,
          c.input.category,
          c.input.tier!,
          toExcelSerial(iso(c.date)),
          c.input.eventDate ? toExcelSerial(iso(c.input.eventDate)) : "",
        ]),
      ];
      expectCore(kind, rows, table.policy);
      const core = coreOf(rows, table.policy, []);
      expect(core.summary.computed).toBeGreaterThan(0);
      for (const [i, c] of cases.entries()) {
        const row = core.rows[i];
        if (!row.ok || c.input.eventDate) continue;
        const cli = await yibao(
          "premium",
          "--policy",
          table.policy,
          "--tier",
          c.input.tier!,
          "--category",
          c.input.category,
          "--date",
          c.date,
          "--json"
        );
        expect([c.what, cli.json<{ personal: number }>().personal]).toEqual([c.what, row.personal]);
      }
    }
  );

  it("bad rows get their reason; names starting with = + - @ stay text", () => {
    const paid = toExcelSerial(iso("2025-03-01"));
    const rows: Scalar[][] = [
      HEADER,
      [1, "张三", "普通居民", "一档", paid],
      [2, FORMULA_LIKE_NAMES[0], "普通居民", "二档", paid],
      [3, FORMULA_LIKE_NAMES[1], "外星人", "一档", paid],
      [4, FORMULA_LIKE_NAMES[2], "普通居民", "一档", "2024-13-01"],
      [5, FORMULA_LIKE_NAMES[3], "普通居民", "九档", paid],
      [6, "李四", "普通居民", "", "2025-03-01"],
    ];
    const book = expectCore(kind, rows, TONGNAN);
    expect(book.formulas("名单-保费").size).toBe(0);
    const names = book.values("名单-保费").map((r) => r[1]);
    for (const n of FORMULA_LIKE_NAMES) expect(names).toContain(n);
  });

  it("a name cell holding a live =HYPERLINK(...) is read as the name it shows; the formula stays", () => {
    const paid = toExcelSerial(iso("2025-03-01"));
    const rows: Scalar[][] = [HEADER, [1, "张三", "普通居民", "一档", paid]];
    const book = bookOf({ 名单: rows });
    book.sheet("名单")._cell(1, 1, true)!.formula = '=HYPERLINK("http://x.invalid","张三")';
    const before = snapshot(book);
    const answer = runJob(built, kind, book, { policy: TONGNAN, sheet: "名单" });
    expect(answer).toEqual(coreOf(rows, TONGNAN, ["名单"]).summary);
    expect(snapshot(book)["名单"]).toEqual(before["名单"]);
    expect(book.formulas("名单-保费").size).toBe(0);
    expect(book.values("名单-保费")[2][1]).toBe("张三");
  });

  it("a 100,000-row roster, in blocks, gives the core's answer and sheet", () => {
    const paid = toExcelSerial(iso("2025-03-01"));
    const rows: Scalar[][] = [HEADER];
    for (let i = 1; i <= 100_000; i++)
      rows.push([i, `居民${i}`, i % 5 ? "普通居民" : "外星人", i % 7 ? "一档" : "二档", paid]);
    const book = bookOf({ 名单: rows });
    const started = Date.now();
    const answer = runJob(built, kind, book, { policy: TONGNAN, sheet: "名单" });
    // Recorded, not asserted: the time depends on the machine.
    console.log(`计算保费（${kind}）100,000 行：${Date.now() - started} ms`);
    const core = coreOf(rows, TONGNAN, ["名单"]);
    expect(answer).toEqual(core.summary);
    expect(book.log.largestCells).toBeLessThanOrEqual(10_000 * 16);
    expectSheet(book, "名单-保费", core.spec);
    expect(book.values("名单")).toEqual(rows);
  });
});
