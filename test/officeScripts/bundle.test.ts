/**
 * The Office Scripts tool chain on a test entry: the bundler brings in exactly the core code the
 * entry reaches, as one file with no import or export; the checker holds it to the platform's
 * rules with TypeScript 4.0; and the result runs against the in-memory ExcelScript workbook.
 */
import path from "path";
import { checkId, maskId } from "../../src/core/idNumber";
import { MemoryWorkbook } from "./memoryWorkbook";
import { runScript } from "./run";

const { bundle, BundleError } = require("../../scripts/office-scripts/bundle.js") as {
  bundle: (entry: string, o?: { prelude?: string }) => string;
  BundleError: new (m: string) => Error;
};
const { checkScript } = require("../../scripts/office-scripts/check.js") as {
  checkScript: (s: string) => string[];
};

const ENTRY = path.join(__dirname, "fixtures/idColumn.ts");

describe("bundling a script from the core", () => {
  let script: string;
  beforeAll(() => {
    script = bundle(ENTRY);
  }, 60_000);

  it("is one file with no import or export, and keeps the platform's rules under TypeScript 4.0", () => {
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(checkScript(script)).toEqual([]);
  }, 60_000);

  it("takes only what the entry reaches", () => {
    expect(script).toContain("function checkClean"); // checkId uses it
    expect(script).toContain("function foldWidth"); // from text.ts, through idNumber
    expect(script).not.toContain("function ageOnDate"); // in idNumber.ts, never called
    expect(script).not.toContain("function parseDate"); // in dates.ts, never called
  });

  it("renames a core name the entry also declares, and resolves an aliased import", () => {
    expect(script).toMatch(/function toIso_core_dates\(/);
    expect(script).toMatch(/function toIso\(n: number\)/);
    expect(script).toContain("checkId(row[0])");
  });

  it("runs against a workbook and answers as the core does, in blocks", () => {
    const ids = [
      "11010519491231002X",
      "11010519491231002x",
      "110105194912310021",
      "500240196503121000",
    ];
    const wb = MemoryWorkbook.from({ 名单: [["身份证号码"], ...ids.map((id) => [id])] });
    const result = runScript(script, wb, 0) as { rows: number; valid: number; share: string };
    const expected = ids.filter((id) => checkId(id).valid).length;
    expect(result).toEqual({ rows: 4, valid: expected, share: ((expected / 4) * 100).toFixed(1) });
    const out = wb.snapshot()["校验结果"].values;
    expect(out[1]).toEqual(["第2行", maskId("11010519491231002X"), "正确"]);
    expect(out[3][2]).toBe(checkId(ids[2]).message);
    // Two rows a block: a header write, then a read and a write per block.
    expect(wb.requests.count).toBe(1 + 2 * 2);
  });
});

describe("what the platform refuses, the checker names", () => {
  it.each([
    ["function main(workbook: ExcelScript.Workbook) { const x: any = 1; }", "不能用 any 类型"],
    ["function main(workbook: ExcelScript.Workbook, n) { }", "TS7006"],
    ["function main(workbook: ExcelScript.Workbook) { eval('1'); }", "不能调用 eval"],
    [
      "function main(workbook: ExcelScript.Workbook) { [1].map(function (x: number) { return x; }); }",
      "回调只能用箭头函数",
    ],
    ["function* g() { yield 1; }\nfunction main(workbook: ExcelScript.Workbook) { }", "生成器"],
    [
      "function main(workbook: ExcelScript.Workbook) { const s = workbook.getWorksheets(); s.sort((a, b) => a.getName().localeCompare(b.getName())); }",
      "排序回调里不能调用 Office 脚本 API",
    ],
    ["const console = 1;\nfunction main(workbook: ExcelScript.Workbook) { }", "保留"],
    ["function run(workbook: ExcelScript.Workbook) { }", "恰有一个 main"],
    ["export function main(workbook: ExcelScript.Workbook) { }", "不能 export"],
    // A TypeScript 4.1 feature: template literal types.
    ["type T = `a${string}`;\nfunction main(workbook: ExcelScript.Workbook) { }", "TypeScript 4.0"],
  ])(
    "%s",
    (source, problem) => {
      expect(checkScript(source).join("\n")).toContain(problem);
    },
    60_000
  );

  it("the bundler refuses a third-party library by name", () => {
    const entry = path.join(__dirname, "fixtures/thirdParty.ts");
    expect(() => bundle(entry)).toThrow(BundleError);
    expect(() => bundle(entry)).toThrow(/第三方库.*exceljs/);
  }, 60_000);
});
