/**
 * The annotated copy of a workbook saved by other programs (openpyxl, so pandas; exceljs;
 * SheetJS) is a file real readers open: every part valid against the ISO/IEC 29500 schemas
 * where its input's part was, and openpyxl loads it. openpyxl declares the r: prefix on its
 * first <sheet> and on a <hyperlink>, not at the top of the part: yibao's added <sheet r:id>
 * and <legacyDrawing r:id> must declare it themselves.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import * as XLSX from "@e965/xlsx";
import { getPolicy } from "../../src/core/policy/registry";
import { checkTargets } from "../../src/core/targets/check";
import { annotatedWorkbook } from "../../src/io/annotateWorkbook";
import { readWorkbookBytes } from "../../src/io/workbook";
import { set, shizhu, tmpDir, type Rows } from "../targets/fixtures";
import { problemLines, schemaProblems } from "../helpers/ooxmlSchemas";
import { openpyxlRead } from "../helpers/openpyxl";

jest.setTimeout(120_000);

/** A 石柱 附件1 with a duplicate village (a finding, so a note), and a hyperlink in A1. */
function rows(): Rows {
  return set(shizhu(), "B7", shizhu()[5][1]);
}

function openpyxlInput(file: string): void {
  const script = `
import json, sys, openpyxl
rows = json.load(sys.stdin)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "附件1"
for r in rows:
    ws.append(r)
ws["A1"].hyperlink = "https://example.invalid/notice"
wb.save(sys.argv[1])
`;
  const r = spawnSync("/usr/bin/python3", ["-c", script, file], {
    input: JSON.stringify(rows()),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
}

async function exceljsInput(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("附件1");
  for (const r of rows()) ws.addRow(r);
  ws.getCell("A1").value = { text: "附件1", hyperlink: "https://example.invalid/notice" };
  await wb.xlsx.writeFile(file);
}

function sheetjsInput(file: string): void {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows()), "附件1");
  XLSX.writeFile(wb, file);
}

async function annotate(file: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const sheets = await readWorkbookBytes(bytes, path.basename(file));
  const report = checkTargets(sheets[0], {
    policy: getPolicy("cq-shizhu-2025"),
    source: "xlsx",
    otherSheets: sheets.slice(1),
  });
  expect(report.findings.length).toBeGreaterThan(0);
  return annotatedWorkbook({ bytes, fileName: path.basename(file), sheet: sheets[0], report });
}

describe.each([
  ["openpyxl", openpyxlInput],
  ["exceljs", exceljsInput],
  ["SheetJS", sheetjsInput],
])("the annotated copy of a workbook saved by %s", (_, make) => {
  it("is valid where its input was, and openpyxl opens it", async () => {
    const dir = tmpDir();
    const input = path.join(dir, "附件1.xlsx");
    await make(input);
    const out = await annotate(input);
    const before = new Set(
      problemLines(await schemaProblems(new Uint8Array(fs.readFileSync(input))))
    );
    const added = problemLines(await schemaProblems(out)).filter((p) => !before.has(p));
    expect(added).toEqual([]);
    const copy = path.join(dir, "附件1-检查结果.xlsx");
    fs.writeFileSync(copy, out);
    const read = openpyxlRead(copy);
    expect(read.sheets).toEqual(expect.arrayContaining(["附件1", "检查结果"]));
    expect(read.cells["附件1"]).toContain("下路街道2025年度城乡居民基本医疗保险");
  });
});
