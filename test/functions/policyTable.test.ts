/**
 * =YB.PREMIUM with the clerk's 政策表 kept in the workbook's settings (office-addin-mock), the
 * store the task pane's 政策设置 saves to: the edited 2027 amounts; a table with a problem is
 * not used (its year is unknown, the shipped years unchanged); removing it goes back.
 */
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel" },
}));

import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { keptSheets, StoredPolicyTable } from "../../src/core/policy/policyTable/stored";
import { useUserPolicy } from "../../src/core/policy/registry";
import { readWorkbookFile } from "../../src/io/files";
import { POLICY_KEY, POLICY_TABLE_KEY, setPolicyTable } from "../../src/office/settings";
import { yibao } from "../cli/run";
import { installOfficeSettings, removeOfficeGlobals } from "../helpers/officeSettings";
import { clerkEdit, wrongSubsidy } from "../policyTable/clerk";
import { Excel, expectValueError, loadFromSource, serial } from "./excel";

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), "yibao-fn-table-"));
let excel: Excel;
let good: StoredPolicyTable;
let bad: StoredPolicyTable;
const PAID = serial(2026, 11, 15);

beforeAll(async () => {
  excel = await loadFromSource();
  const out = join(dir, "政策表.xlsx");
  expect((await yibao("policy", "cq-pengshui-2025", "--out", out)).stderr).toBe("");
  const sheets = await readWorkbookFile(out);
  good = { source: "file", name: "政策表.xlsx", sheets: keptSheets(clerkEdit(sheets).sheets) };
  bad = {
    source: "sheet",
    name: "政策表",
    sheets: keptSheets(wrongSubsidy(clerkEdit(sheets)).sheets),
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  removeOfficeGlobals();
  useUserPolicy(null);
});

test("the table kept in the workbook gives the edited amounts", async () => {
  installOfficeSettings({ [POLICY_KEY]: "cq-pengshui-2027", [POLICY_TABLE_KEY]: good });
  expect(await excel.one("PREMIUM", "一档", "普通居民", PAID)).toBe(420);
  expect(await excel.one("PREMIUM", "二档", "普通居民", PAID)).toBe(800);
  // A 2024 payment is still the shipped 2025 year.
  expect(await excel.one("PREMIUM", "一档", "普通居民", serial(2024, 11, 15))).toBe(400);
});

test("saved by the pane's store, used at once; removed, the shipped policy again", async () => {
  const wb = installOfficeSettings({ [POLICY_KEY]: "cq-pengshui-2027" });
  expect(await excel.one("PREMIUM", "一档", "普通居民", PAID)).toMatchObject({
    code: "#VALUE!",
  });
  await setPolicyTable(good);
  expect(wb.saves.at(-1)?.[POLICY_TABLE_KEY]).toMatchObject({ name: "政策表.xlsx" });
  expect(wb.recalculations.length).toBeGreaterThan(0);
  expect(await excel.one("PREMIUM", "一档", "普通居民", PAID)).toBe(420);
  await setPolicyTable(null);
  expectValueError(await excel.one("PREMIUM", "一档", "普通居民", PAID), "没有编号为");
});

test("a table with a problem is not used: nothing of it, the shipped years unchanged", async () => {
  installOfficeSettings({ [POLICY_KEY]: "cq-pengshui-2027", [POLICY_TABLE_KEY]: bad });
  expectValueError(await excel.one("PREMIUM", "一档", "普通居民", PAID), "没有编号为");
});
