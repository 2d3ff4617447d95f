/**
 * The blank 参保任务分解表 template as printed through LibreOffice: one page, every column
 * (参保率 included) on it, title and 第 N 页 共 M 页; its formulas carry cached results equal
 * to LibreOffice's. The 检查结果 and 进度汇总 sheets of an annotated copy print one page wide.
 */
import { getPolicy } from "../../src/core/policy/registry";
import { reportSheets } from "../../src/core/targets/annotate";
import { checkTargets } from "../../src/core/targets/check";
import { TARGET_TEMPLATE, targetTemplate } from "../../src/core/targets/template";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { cachedMismatches, formulaCells } from "../helpers/cached";
import { printXlsx } from "../helpers/pdf";
import { pengshui, set } from "./fixtures";

jest.setTimeout(180_000);

test("任务分解表 template: one page with 参保率 on it, title and page number", async () => {
  const bytes = await writeXlsx([targetTemplate()]);
  const printed = printXlsx(bytes, "targets-template", { png: true });
  expect(printed.pages).toBe(1);
  const page = printed.text[0];
  for (const c of TARGET_TEMPLATE.columns) expect(page).toContain(c.header);
  expect(page).toContain(TARGET_TEMPLATE.title);
  expect(page).toMatch(/第\s*1\s*页\s*共\s*1\s*页/);
  // The two notes under the table are printed whole, not cut off.
  expect(page.replace(/\s+/g, "")).toContain("合计公式会自动包含新行");
});

test("任务分解表 template: a cached result for every formula, equal to LibreOffice's", async () => {
  const bytes = await writeXlsx([targetTemplate({ rows: 5 })]);
  const cells = await formulaCells(bytes);
  expect(cells.length).toBe(6 * 2 + 3);
  expect(cells.filter((c) => c.cached === undefined)).toEqual([]);
  expect(await cachedMismatches(bytes)).toEqual([]);
});

test("检查结果 and 进度汇总 print one page wide with their header repeated", async () => {
  const rows = set(pengshui(), "C9", 7000);
  const report = checkTargets({ name: "附件1", rows }, { source: "xlsx", policy: getPolicy("cq-pengshui-2025") });
  const printed = printXlsx(await writeXlsx(reportSheets(report, ["附件1"])), "targets-report", { png: true });
  expect(printed.pagesWith("任务分解表检查结果")).toHaveLength(1);
  expect(printed.text.join("")).toContain("建议的修改");
});
