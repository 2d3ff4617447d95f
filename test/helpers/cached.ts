/**
 * Formulas as a viewer that never recalculates sees them: exceljs reads each formula cell's
 * cached result from the file, and LibreOffice's recalculation gives what it should be.
 */
import ExcelJS from "exceljs";
import { recalcXlsx, valueOf } from "./libreoffice";

export interface FormulaCell {
  sheet: string;
  cell: string;
  formula: string;
  cached: unknown;
}

/** Every formula cell of the file with its cached result (undefined where none is stored). */
export async function formulaCells(xlsx: Uint8Array): Promise<FormulaCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const out: FormulaCell[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        out.push({ sheet: ws.name, cell: cell.address, formula: cell.formula, cached: cell.result });
      })
    );
  }
  return out;
}

/** Formula cells whose cached result differs from LibreOffice's recalculated value. */
export async function cachedMismatches(xlsx: Uint8Array): Promise<string[]> {
  const cells = await formulaCells(xlsx);
  const rc = await recalcXlsx(xlsx);
  const bad: string[] = [];
  for (const c of cells) {
    const want = rc.value(c.sheet, c.cell);
    const same =
      typeof want === "number" && typeof c.cached === "number"
        ? Math.abs(want - c.cached) < 1e-9
        : (want ?? "") === (c.cached ?? "");
    if (!same) bad.push(`${c.sheet}!${c.cell} =${c.formula}: cached ${String(c.cached)}, LibreOffice ${String(want)}`);
  }
  return bad;
}

export { valueOf };
