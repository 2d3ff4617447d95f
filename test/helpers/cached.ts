/**
 * Formulas as a viewer that never recalculates sees them: exceljs reads each formula cell's
 * cached result from the file, and LibreOffice's recalculation gives what it should be.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { recalcXlsx, valueOf } from "./libreoffice";

export interface FormulaCell {
  sheet: string;
  cell: string;
  formula: string;
  cached: unknown;
}

/**
 * Cells whose cached result is the empty string (`<v></v>`, as Excel writes it): exceljs reads
 * those back as no result, so they are found in the sheet's XML.
 */
async function emptyResults(xlsx: Uint8Array, wb: ExcelJS.Workbook): Promise<Set<string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new Set<string>();
  for (let i = 0; i < wb.worksheets.length; i++) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async("string");
    for (const m of (xml ?? "").matchAll(/<c r="([A-Z]+\d+)"[^>]*t="str"[^>]*><f>[^<]*<\/f><v><\/v><\/c>/g))
      out.add(`${wb.worksheets[i].name}!${m[1]}`);
  }
  return out;
}

/** Every formula cell of the file with its cached result (undefined where none is stored). */
export async function formulaCells(xlsx: Uint8Array): Promise<FormulaCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const empty = await emptyResults(xlsx, wb);
  const out: FormulaCell[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const cached = cell.result ?? (empty.has(`${ws.name}!${cell.address}`) ? "" : undefined);
        out.push({ sheet: ws.name, cell: cell.address, formula: cell.formula, cached });
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
