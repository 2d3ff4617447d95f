/**
 * The same workbook as writeXlsx (./xlsxWriter), written with exceljs's streaming writer: each
 * row is committed as soon as it is filled, so no cell model of the whole workbook is held.
 * For big claim workbooks in Node (`yibao claim --out`); the page keeps the in-memory writer.
 */
import ExcelJS from "exceljs";
import { PassThrough } from "stream";
import { printPlan } from "../core/sheet/print";
import { CellSpec, SheetSpec } from "../core/sheet/spec";
import { withQuotePrefix } from "./quotePrefix";
import { mergeRects, printSetup, THIN, wrappedLines, writeCell } from "./xlsxWriter";

type StreamSheet = ExcelJS.Worksheet & { commit(): void };
type StreamRow = ExcelJS.Row & { commit(): void };

function listFormula(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  values: string[],
  count: () => number
): string {
  const inline = `"${values.join(",")}"`;
  if (inline.length <= 255) return inline;
  // Excel caps an inline list at 255 characters; longer lists go to a hidden sheet.
  const listName = `_lists${count()}`;
  const lists = wb.addWorksheet(listName, { state: "veryHidden" }) as unknown as StreamSheet;
  values.forEach((val, i) => {
    const row = lists.getRow(i + 1) as StreamRow;
    row.getCell(1).value = val;
    row.commit();
  });
  lists.commit();
  return `'${listName}'!$A$1:$A$${values.length}`;
}

function streamSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec,
  count: () => number
): void {
  // The streaming writer writes the sheet's opening (fit to page) when the sheet is added.
  const setup = printSetup(spec);
  const ws = wb.addWorksheet(spec.name, {
    ...(spec.frozenRows ? { views: [{ state: "frozen", ySplit: spec.frozenRows }] } : {}),
    pageSetup: setup.pageSetup,
    headerFooter: setup.headerFooter,
  }) as unknown as StreamSheet;
  // Nor does it write <printOptions>: the page is centred as writeXlsx centres it.
  const inner = ws as unknown as { _writePageMargins(): void; stream: { write(s: string): void } };
  const margins = inner._writePageMargins.bind(inner);
  inner._writePageMargins = () => {
    inner.stream.write('<printOptions horizontalCentered="1"/>');
    margins();
  };
  spec.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of spec.textColumns ?? []) ws.getColumn(c + 1).numFmt = "@";
  // Lists that go to a hidden sheet are written before this sheet's rows begin.
  const validations = (spec.validations ?? []).map((v) => ({
    v,
    formula: listFormula(wb, v.values, count),
  }));
  // Merging touches every cell of the range, so it comes before those rows are committed.
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  const box = printPlan(spec).borders;
  const merges = mergeRects(spec);
  spec.cells.forEach((cells: (CellSpec | null)[] | undefined, r) => {
    const inTable = box !== null && r >= box.r0 && r <= box.r1;
    if (!inTable && !cells?.some((c) => c)) return;
    const row = ws.getRow(r + 1) as StreamRow;
    cells?.forEach((cell, c) => {
      if (cell) writeCell(row.getCell(c + 1), cell);
    });
    if (inTable) for (let c = box.c0; c <= box.c1; c++) row.getCell(c + 1).border = THIN;
    const lines = wrappedLines(spec, cells, r, merges);
    if (lines > 1) row.height = 15 * lines;
    row.commit();
  });
  for (const { v, formula } of validations) {
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
  ws.commit();
}

/** The workbook's bytes, as writeXlsx gives them, without holding its cell model. */
export async function writeXlsxStreamed(specs: SheetSpec[]): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (b: Buffer) => chunks.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = "yibao";
  // The streaming writer has no calcProperties; as in writeXlsx, viewers get the cached results
  // and Excel, WPS and LibreOffice recalculate every formula on open.
  const writer = wb as unknown as { addWorkbook(): Promise<void>; _worksheets: unknown[] };
  writer.addWorkbook = function addWorkbook(this: {
    zip: { append(xml: string, o: { name: string }): void };
    _worksheets: unknown[];
    _definedNames: { model: unknown };
    views: unknown;
  }): Promise<void> {
    const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform");
    const model = {
      worksheets: this._worksheets.filter(Boolean),
      definedNames: this._definedNames.model,
      views: this.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    this.zip.append(xform.toXml(model), { name: "/xl/workbook.xml" });
    return Promise.resolve();
  };
  const count = (): number => writer._worksheets.filter(Boolean).length;
  for (const spec of specs) streamSheet(wb, spec, count);
  await wb.commit();
  const buffer = Buffer.concat(chunks);
  return withQuotePrefix(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
