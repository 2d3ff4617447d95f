/**
 * The annotated copy of workbooks saved by Microsoft Excel (vendored, test/fixtures/excel-saved)
 * and by LibreOffice (made here with soffice from a CSV): every part the input had is still
 * there, every original sheet reads the same in openpyxl, no part gains a schema error, and
 * LibreOffice converts the copies (issue 23 §2). The LibreOffice input goes through
 * `yibao targets --out`; an Excel-saved file holds no 任务分解表, so the marks of a 石柱 check
 * are laid on its first sheet, which exercises the same patcher on Excel's own XML.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { getPolicy } from "../../src/core/policy/registry";
import { checkTargets } from "../../src/core/targets/check";
import { annotatedWorkbook } from "../../src/io/annotateWorkbook";
import { readWorkbookBytes } from "../../src/io/workbook";
import { set, shizhu, tmpDir, writeCsvFile, yibao } from "../targets/fixtures";
import { problemLines, schemaProblems } from "../helpers/ooxmlSchemas";
import { openpyxlRead } from "../helpers/openpyxl";
import { sofficePath } from "../helpers/libreoffice";
import { unconvertedToPdf } from "../helpers/pdf";

jest.setTimeout(600_000);

const EXCEL = path.join(__dirname, "..", "fixtures", "excel-saved");
const dir = tmpDir();
const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;

/** A 石柱 附件1 with a duplicate village: a finding, so a note and a fill. */
const rows = (): ReturnType<typeof shizhu> => set(shizhu(), "B7", shizhu()[5][1]);

/** Input file → its annotated copy. */
const copies = new Map<string, string>();

async function annotateExcelSaved(file: string): Promise<string> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const sheets = await readWorkbookBytes(bytes, path.basename(file));
  const report = checkTargets(
    { name: sheets[0].name, rows: rows() },
    { policy: getPolicy("cq-shizhu-2025"), source: "xlsx", otherSheets: [] }
  );
  expect(report.findings.length).toBeGreaterThan(0);
  const out = path.join(dir, path.basename(file).replace(/\.xlsx$/, "-检查结果.xlsx"));
  const fileName = path.basename(file);
  fs.writeFileSync(out, await annotatedWorkbook({ bytes, fileName, sheet: sheets[0], report }));
  return out;
}

beforeAll(async () => {
  for (const f of fs.readdirSync(EXCEL).filter((f) => f.endsWith(".xlsx"))) {
    const input = path.join(EXCEL, f);
    copies.set(input, await annotateExcelSaved(input));
  }
  // LibreOffice saves the 附件1 as .xlsx from a UTF-8 CSV.
  const csv = path.join(dir, "附件1-LibreOffice.csv");
  writeCsvFile(csv, rows());
  const r = spawnSync(
    sofficePath(),
    [
      profile,
      "--headless",
      "--norestore",
      "--infilter=CSV:44,34,76",
      "--convert-to",
      "xlsx",
      "--outdir",
      dir,
      csv,
    ],
    { encoding: "utf8", timeout: 300_000 }
  );
  const input = csv.replace(/\.csv$/, ".xlsx");
  if (!fs.existsSync(input)) throw new Error(`soffice: ${r.stderr}`);
  const out = path.join(dir, "附件1-LibreOffice-检查结果.xlsx");
  const run = await yibao("targets", input, "--out", out);
  expect(run.stderr).toBe("");
  copies.set(input, out);
});

const inputs = (): [string][] => [
  ...fs
    .readdirSync(EXCEL)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f): [string] => [`Excel: ${f}`]),
  ["LibreOffice: 附件1-LibreOffice.xlsx"],
];

function inputOf(label: string): string {
  const name = label.replace(/^[^:]*: /, "");
  return label.startsWith("Excel") ? path.join(EXCEL, name) : path.join(dir, name);
}

describe.each(inputs())("the annotated copy of a workbook saved by %s", (label) => {
  test("keeps every part and every original sheet's text, and adds the findings", async () => {
    const input = inputOf(label);
    const copy = copies.get(input)!;
    const before = Object.keys((await JSZip.loadAsync(fs.readFileSync(input))).files);
    const after = Object.keys((await JSZip.loadAsync(fs.readFileSync(copy))).files);
    expect(after).toEqual(expect.arrayContaining(before));
    const original = openpyxlRead(input);
    const read = openpyxlRead(copy);
    expect(read.sheets.slice(0, original.sheets.length)).toEqual(original.sheets);
    expect(read.sheets).toContain("检查结果");
    for (const s of original.sheets) expect(read.cells[s]).toEqual(original.cells[s]);
  });

  test("no part gains a schema error", async () => {
    const input = inputOf(label);
    const was = new Set(problemLines(await schemaProblems(new Uint8Array(fs.readFileSync(input)))));
    const now = problemLines(
      await schemaProblems(new Uint8Array(fs.readFileSync(copies.get(input)!)))
    );
    expect(now.filter((p) => !was.has(p))).toEqual([]);
  });
});

test("LibreOffice converts every copy to PDF (one soffice run)", () => {
  expect(unconvertedToPdf([...copies.values()], path.join(dir, "pdf"))).toEqual([]);
});
