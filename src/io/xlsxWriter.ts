/** Writes SheetSpecs to an .xlsx file's bytes with exceljs, in Node or the browser. */
import ExcelJS from "exceljs";
import type { SheetSpec } from "../core/sheet/spec";

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(
    spec.name,
    spec.frozenRows ? { views: [{ state: "frozen", ySplit: spec.frozenRows }] } : {}
  );
  spec.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of spec.textColumns ?? []) ws.getColumn(c + 1).numFmt = "@";
  spec.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      if (cell.formula !== undefined) {
        target.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      } else if (cell.value !== undefined && cell.value !== null) {
        target.value = cell.value;
      }
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.bold) target.font = { bold: true };
      if (cell.fill)
        target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill}` } };
      if (cell.align) target.alignment = { horizontal: cell.align, vertical: "middle" };
      if (cell.note) target.note = cell.note;
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  for (const v of spec.validations ?? []) {
    // Excel caps an inline list at 255 characters; longer lists go to a hidden sheet.
    const inline = `"${v.values.join(",")}"`;
    let formula = inline;
    if (inline.length > 255) {
      const listName = `_lists${wb.worksheets.length}`;
      const lists = wb.addWorksheet(listName, { state: "veryHidden" });
      v.values.forEach((val, i) => (lists.getCell(i + 1, 1).value = val));
      formula = `'${listName}'!$A$1:$A$${v.values.length}`;
    }
    (
      ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }
    ).dataValidations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: "输入有误",
      error: v.error,
    });
  }
  return ws;
}

export async function writeXlsx(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "yibao";
  // Formulas are written without cached results: ask every spreadsheet program to compute them on open.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const spec of specs) addSheet(wb, spec);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
