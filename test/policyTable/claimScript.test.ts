/**
 * The claim Office Script on an in-memory workbook holding the clerk's 2027 政策表: the
 * edited amounts, as `yibao claim --policy-file` gives them; a table with a problem stops the
 * script before it writes.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { readWorkbookFile } from "../../src/io/files";
import { useUserPolicy } from "../../src/core/policy/registry";
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import { withCheck } from "../claim/fixtures";
import { yibao } from "../cli/run";
import { buildOne } from "../officeScripts/buildOne";
import { MemoryWorkbook } from "../officeScripts/memoryWorkbook";
import { runScript } from "../officeScripts/run";
import { clerkEdit } from "./clerk";

jest.setTimeout(180_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-table-script-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => useUserPolicy(null));

const roster: SheetData = {
  name: "花名册",
  rows: [
    ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
    [1, "大同村", "居民1", withCheck("50024319600101100"), "城乡最低生活保障人员", "一档"],
    [2, "大同村", "居民2", withCheck("50024319610101200"), "城乡最低生活保障人员", "二档"],
    [3, "大同村", "居民3", withCheck("50024319620101300"), "低保边缘户", "一档"],
  ],
};

function workbookOf(sheets: SheetData[]): MemoryWorkbook {
  const data: Record<string, (string | number | boolean)[][]> = {};
  for (const s of sheets)
    data[s.name] = s.rows.map((r) => r.map((v: CellValue) => (v ?? "") as string | number));
  return MemoryWorkbook.from(data);
}

let sheets: SheetData[];
let script: string;
beforeAll(async () => {
  const out = path.join(dir, "政策表.xlsx");
  expect((await yibao("policy", "cq-pengshui-2025", "--out", out)).stderr).toBe("");
  sheets = clerkEdit(await readWorkbookFile(out)).sheets;
  script = buildOne("生成资助申报表").source;
}, 180_000);

test("a 政策表 sheet gives the edited subsidies, as the CLI with --policy-file", async () => {
  const wb = workbookOf([roster, ...sheets]);
  const got = runScript(script, wb, "", "花名册", "2026-11-15") as {
    totalSubsidy: number;
    totalStandard: number;
  };
  // 低保 一档 380 (2025: 360), 二档 400, 低保边缘户 一档 280; standards 420 + 800 + 420.
  expect(got).toMatchObject({ totalSubsidy: 1060, totalStandard: 1640 });
  const file = path.join(dir, "book.xlsx");
  fs.writeFileSync(file, await wb.toXlsx());
  const cli = await yibao(
    "claim",
    file,
    "--sheet",
    "花名册",
    "--policy-file",
    file,
    "--date",
    "2026-11-15",
    "--json"
  );
  expect(cli.stderr).toBe("");
  expect(cli.json()).toMatchObject({ totalSubsidy: 1060, totalStandard: 1640 });
});

test("a 政策表 with a problem stops the script before it writes, naming the cell", () => {
  const bad = sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
  const row = bad[0].rows.findIndex((r) => r[0] === "城乡最低生活保障人员 一档资助");
  bad[0].rows[row][1] = 390;
  const wb = workbookOf([roster, ...bad]);
  const before = wb.getWorksheets().length;
  expect(() => runScript(script, wb, "", "花名册", "2026-11-15")).toThrow(
    new RegExp(`政策表!B${row + 1}：“城乡最低生活保障人员 一档资助”：金额 390 不在它引用的原文中`)
  );
  expect(wb.getWorksheets().length).toBe(before);
});
