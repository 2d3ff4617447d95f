/**
 * Recalculating an .xlsx with a real spreadsheet engine: LibreOffice headless, with a
 * fresh profile whose OOXMLRecalcMode is 0 (always recalculate on load), converted to
 * .xlsx and read back with exceljs, so formula cells carry the values LibreOffice computed.
 *
 * Fails loudly when soffice is missing: CI installs libreoffice-calc-nogui.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string {
  const candidates = [process.env.SOFFICE, "soffice", "libreoffice"].filter(
    (c): c is string => !!c
  );
  for (const c of candidates) {
    const r = spawnSync(c, ["--version"], { encoding: "utf8", timeout: 60_000 });
    if (r.status === 0) return c;
  }
  throw new Error(
    "LibreOffice (soffice) 未安装或不在 PATH 中：工作簿公式的重算测试需要它。" +
      "请安装 libreoffice-calc-nogui（CI 的 .ci/run 会安装），或用 SOFFICE=路径 指定。"
  );
}

/** Converts the workbook with LibreOffice (recalculating every formula) and returns the result's bytes. */
export function recalcBytes(xlsx: Uint8Array): Buffer {
  const soffice = sofficePath();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-lo-"));
  try {
    const profile = path.join(dir, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_XCU);
    const inDir = path.join(dir, "in");
    const outDir = path.join(dir, "out");
    fs.mkdirSync(inDir);
    fs.mkdirSync(outDir);
    const input = path.join(inDir, "book.xlsx");
    fs.writeFileSync(input, xlsx);
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        input,
      ],
      { encoding: "utf8", timeout: 180_000 }
    );
    const output = path.join(outDir, "book.xlsx");
    if (r.status !== 0 || !fs.existsSync(output)) {
      throw new Error(
        `LibreOffice 转换失败（退出码 ${r.status}）：${r.stderr || r.stdout || r.error?.message}`
      );
    }
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A cell's value after recalculation: the formula's result, or the plain value. (exceljs's
 * cell.value drops a formula result of 0, so the result is read from cell.result.)
 */
export function valueOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r = cell.result as unknown;
    if (r === undefined) return null;
    if (r && typeof r === "object" && "error" in (r as object))
      return (r as { error: string }).error;
    return r;
  }
  const v = cell.value as unknown;
  if (v && typeof v === "object" && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as { text: string }[]).map((t) => t.text).join("");
  }
  return v ?? null;
}

export interface Recalculated {
  workbook: ExcelJS.Workbook;
  /** The computed value of a cell, e.g. value("申报汇总", "H40"). */
  value(sheet: string, a1: string): unknown;
  /** Whether the cell holds a formula (LibreOffice keeps them). */
  isFormula(sheet: string, a1: string): boolean;
}

export async function recalcXlsx(xlsx: Uint8Array): Promise<Recalculated> {
  const bytes = recalcBytes(xlsx);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(name);
    if (!ws)
      throw new Error(
        `重算后的工作簿中没有工作表“${name}”：${wb.worksheets.map((w) => w.name).join("、")}`
      );
    return ws;
  };
  return {
    workbook: wb,
    value: (name, a1) => valueOf(sheet(name).getCell(a1)),
    isFormula: (name, a1) => sheet(name).getCell(a1).type === ExcelJS.ValueType.Formula,
  };
}
