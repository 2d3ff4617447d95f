/**
 * 计算保费 as a WPS JS macro and as an AirScript file on a workbook holding the clerk's 2027
 * 政策表 (its 政策表, 文件 and 通知原文 sheets as the core writes them, edited to the next
 * year): the job answers by that table, as the core does with the same table; a table with a
 * planted mistake stops the job with the problem by cell, and no sheet is written.
 * The Office Scripts' counterpart is test/policyTable/claimScript.test.ts.
 */
/// <reference types="et-jsapi-declare" />
import { useUserPolicy } from "../../src/core/policy/registry";
import { policyFromTable } from "../../src/core/policy/userPolicy";
import { premiumSheet, premiumSpec } from "../../src/core/rules/premiumSheet";
import type { SheetData } from "../../src/core/sheet/address";
import { writeSheets } from "../../src/wps/et/host";
import { tableSpecs, wrongSubsidy, type ClerkTable } from "../policyTable/clerk";
import { clerkTable, EDITED } from "./clerkTable";
import type { EtBook, Scalar } from "./etWorkbook";
import { bookOf, buildJob, expectSheet, KINDS, runJob, snapshot, type BuiltJob } from "./runJobs";

jest.setTimeout(600_000);

let built: BuiltJob;
beforeAll(() => {
  built = buildJob("计算保费");
}, 300_000);
afterEach(() => useUserPolicy(null));

/** Excel's serial number of a day, computed here apart from the code under test. */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 864e5 + 25569;
const PAID = serial(2026, 11, 15);

const ROSTER: Scalar[][] = [
  ["序号", "姓名", "人员类别", "缴费档次", "缴费日期"],
  [1, "居民1", "普通居民", "一档", PAID],
  [2, "居民2", "普通居民", "二档", PAID],
  [3, "居民3", "城乡最低生活保障人员", "一档", PAID],
];

/** The roster, and the table's sheets written as the pane's “写入政策表工作表” writes them in WPS. */
function bookWith(table: ClerkTable): EtBook {
  const book = bookOf({ 名单: ROSTER });
  writeSheets(book.workbook as unknown as Et.Workbook, tableSpecs(table.sheets), {
    exactNames: true,
  });
  expect(book.names()).toEqual(["名单", "政策表", "文件", "通知原文"]);
  return book;
}

describe.each(KINDS)("%s", (kind) => {
  it.each([
    ["no policy chosen: the table's own", {}],
    ["the table's policy chosen by its id", { policy: EDITED }],
  ])("a 政策表 sheet gives the edited premiums (%s)", (_what, chosen) => {
    const table = clerkTable();
    const book = bookWith(table);
    const before = snapshot(book);
    const answer = runJob(built, kind, book, { sheet: "名单", ...chosen });
    // 一档 420 and 二档 800 (2025: 400 and 800); 低保 一档 420 less its 380 subsidy.
    expect(answer).toMatchObject({
      written: "名单-保费",
      computed: 3,
      rejected: [],
      totalPersonal: 420 + 800 + 40,
      totalSubsidy: 380,
    });
    useUserPolicy(null);
    const model = policyFromTable(table.sheets);
    const data: SheetData = { name: "名单", rows: ROSTER };
    const taken = ["名单", "政策表", "文件", "通知原文"];
    expectSheet(book, "名单-保费", premiumSpec(premiumSheet(data, model, {}), model.label, taken));
    for (const name of taken) expect([name, snapshot(book)[name]]).toEqual([name, before[name]]);
  });

  it("a 政策表 with a planted mistake stops the job, naming the cell; no sheet is written", () => {
    const table = wrongSubsidy(clerkTable());
    const row = table.rowOf("城乡最低生活保障人员 一档资助") + 1;
    const book = bookWith(table);
    const before = snapshot(book);
    expect(() => runJob(built, kind, book, { sheet: "名单" })).toThrow(
      new RegExp(`政策表!B${row}：“城乡最低生活保障人员 一档资助”：金额 390 不在它引用的原文中`)
    );
    expect(snapshot(book)).toEqual(before);
  });
});
