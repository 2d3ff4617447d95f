/**
 * The same workbook as writeXlsx (./xlsxWriter), written with exceljs's streaming writer: each
 * row is committed as soon as it is filled and the writer pauses every few thousand rows so
 * the zip can take what is written, so neither a cell model of the whole workbook nor its XML
 * is held. For big claim workbooks in Node (`yibao claim --out`), straight into the output
 * file; the page keeps the in-memory writer.
 *
 * A sheet's rows may also come one at a time (RowSource): the big sheets of a claim workbook
 * then never exist as a whole array of cells.
 */
import ExcelJS from "exceljs";
import { createWriteStream } from "fs";
import { PassThrough, Writable } from "stream";
import { printPlan } from "../core/sheet/print";
import type { SheetRows } from "../core/sheet/rowSource";
import { CellSpec, SheetSpec } from "../core/sheet/spec";
import { RISKY } from "./quotePrefix";
import { mergeRects, wrappedLines } from "../core/sheet/wrap";
import { addListValidation, printSetup, THIN } from "./xlsxWriter";

type StreamSheet = ExcelJS.Worksheet & { commit(): void };
type StreamRow = ExcelJS.Row & { commit(): void };
type Row = (CellSpec | null)[];

/** Rows written between pauses that let the zip compress what is written. */
const ROWS_PER_PAUSE = 2000;
/** Written XML the zip may be behind by before the writer waits for it. */
const MAX_BEHIND = 2 * 1024 * 1024;
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/** The sheet's part as exceljs holds it: a buffer piped into the zip entry once that begins. */
interface SheetStream {
  buffers?: unknown[];
  bufSize?: number;
  /** The zip entry's input (a readable-stream PassThrough without writableLength). */
  pipes?: { _writableState?: { length: number } }[];
}

/**
 * Waits until the zip has taken what the sheet wrote: exceljs's sheet stream ignores the zip's
 * back-pressure, so without this the whole sheet's XML would pile up in memory before it is
 * compressed.
 */
async function pause(ws: unknown): Promise<void> {
  const stream = (ws as { stream?: SheetStream }).stream;
  for (let k = 0; k < 10_000; k++) {
    const held =
      (stream?.buffers?.length ?? 0) * (stream?.bufSize ?? 65_536) +
      (stream?.pipes ?? []).reduce((n, p) => n + (p._writableState?.length ?? 0), 0);
    if (held <= MAX_BEHIND) return;
    await tick();
  }
}

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

/**
 * Text that a spreadsheet could take for a formula gets the cell's quote prefix, as
 * withQuotePrefix (./quotePrefix) gives the in-memory writer's files; exceljs has no such
 * style property, so its style registry is asked for a copy of the cell's style with it.
 */
function quotePrefixStyles(wb: ExcelJS.stream.xlsx.WorkbookWriter): WeakSet<object> {
  const quoted = new WeakSet<object>();
  const styles = (wb as unknown as { styles: StyleRegistry }).styles;
  const add = styles.addStyleModel.bind(styles);
  styles.addStyleModel = (model: object, cellType?: number): number => {
    const id = add(model, cellType);
    if (!model || !quoted.has(model)) return id;
    const xml = styles.model.styles[id].replace(/^<xf\b/, '<xf quotePrefix="1"');
    let q = styles.index.style[xml];
    if (q === undefined) {
      q = styles.index.style[xml] = styles.model.styles.length;
      styles.model.styles.push(xml);
    }
    return q;
  };
  return quoted;
}

interface StyleRegistry {
  addStyleModel(model: object, cellType?: number): number;
  model: { styles: string[] };
  index: { style: Record<string, number> };
}

/**
 * One style object for all the cells that look alike: exceljs then looks each up once in its
 * style registry instead of once a cell. The style is what writeCell (./xlsxWriter) gives a
 * cell, on top of its column's text format.
 */
function sharedStyles(): (
  cell: CellSpec | null,
  textColumn: boolean,
  bordered: boolean,
  quoted: boolean
) => Partial<ExcelJS.Style> {
  const made = new Map<string, Partial<ExcelJS.Style>>();
  return (cell, textColumn, bordered, quoted) => {
    const key = [
      textColumn,
      bordered,
      quoted,
      cell?.numFmt,
      cell?.bold,
      cell?.fontSize,
      cell?.fill,
      cell?.align,
      cell?.wrap,
    ].join("|");
    let style = made.get(key);
    if (!style) {
      style = {};
      if (textColumn) style.numFmt = "@";
      if (cell?.numFmt) style.numFmt = cell.numFmt;
      if (cell?.bold || cell?.fontSize) style.font = { bold: cell.bold, size: cell.fontSize };
      if (cell?.fill)
        style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill}` } };
      if (cell?.align || cell?.wrap)
        style.alignment = { horizontal: cell.align, vertical: "middle", wrapText: cell.wrap };
      if (bordered) style.border = THIN;
      made.set(key, style);
    }
    return style;
  };
}

async function streamSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  { spec, rest }: SheetRows,
  count: () => number,
  quoted: WeakSet<object>
): Promise<void> {
  const total = spec.cells.length + (rest?.count ?? 0);
  // The print plan reads the table's extent from the cells; with a row source, from the total.
  const t = spec.table ?? (spec.frozenRows ? { headerRow: spec.frozenRows - 1 } : undefined);
  const shape: SheetSpec =
    rest && t ? { ...spec, table: { ...t, lastRow: t.lastRow ?? total - 1 } } : spec;
  // The streaming writer writes the sheet's opening (fit to page) when the sheet is added.
  const setup = printSetup(shape);
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
  const box = printPlan(shape).borders;
  const merges = mergeRects(spec);
  const textColumns = new Set(spec.textColumns ?? []);
  const style = sharedStyles();
  for (let r = 0; r < total; r++) {
    const cells: Row | undefined =
      r < spec.cells.length ? spec.cells[r] : rest!.row(r - spec.cells.length);
    const inTable = box !== null && r >= box.r0 && r <= box.r1;
    if (!inTable && !cells?.some((c) => c)) continue;
    const row = ws.getRow(r + 1) as StreamRow;
    const last = Math.max(cells?.length ?? 0, inTable ? box.c1 + 1 : 0);
    for (let c = 0; c < last; c++) {
      const cell = cells?.[c] ?? null;
      const bordered = inTable && c >= box.c0 && c <= box.c1;
      if (!cell && !bordered) continue;
      const target = row.getCell(c + 1);
      if (cell) {
        if (cell.formula !== undefined) {
          const v: ExcelJS.CellFormulaValue = { formula: cell.formula, date1904: false };
          if (cell.result !== undefined) (v as { result?: unknown }).result = cell.result;
          target.value = v;
        } else if (cell.value !== undefined && cell.value !== null) target.value = cell.value;
        if (cell.note) target.note = cell.note;
      }
      const q =
        cell !== null &&
        cell.formula === undefined &&
        typeof cell.value === "string" &&
        RISKY.test(cell.value);
      const shared = style(cell, textColumns.has(c), bordered, q);
      if (q) quoted.add(shared);
      target.style = shared;
      // The cells a merge covers take its first cell's style, as exceljs's merge gives them.
      const m = merges.find((x) => x.r0 === r && x.c0 === c);
      if (m)
        for (let mr = m.r0; mr <= m.r1; mr++)
          for (let mc = m.c0; mc <= m.c1; mc++)
            if (mr !== r || mc !== c) ws.getCell(mr + 1, mc + 1).style = shared;
    }
    const lines = wrappedLines(spec, cells, r, merges);
    if (lines > 1) row.height = 15 * lines;
    row.commit();
    if (r % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await pause(ws);
  }
  for (const { v, formula } of validations) addListValidation(ws, v, formula);
  ws.commit();
}

/** Writes the workbook into `out`; resolves once the last byte is handed to it. */
export async function streamXlsx(sheets: (SheetSpec | SheetRows)[], out: Writable): Promise<void> {
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
  const quoted = quotePrefixStyles(wb);
  for (const s of sheets) await streamSheet(wb, "spec" in s ? s : { spec: s }, count, quoted);
  await wb.commit();
}

/** The workbook's bytes, as writeXlsx gives them, without holding its cell model. */
export async function writeXlsxStreamed(sheets: (SheetSpec | SheetRows)[]): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (b: Buffer) => chunks.push(b));
  await streamXlsx(sheets, out);
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Writes the workbook straight into a file (Node): only the rows being zipped are in memory. */
export async function writeXlsxStreamedFile(
  sheets: (SheetSpec | SheetRows)[],
  path: string
): Promise<void> {
  const out = createWriteStream(path, { flags: "wx" });
  // A failed write (no permission, disk full) ends the wait with its error.
  const failed = new Promise<never>((_, reject) => out.on("error", reject));
  const closed = new Promise<void>((resolve) => out.on("close", resolve));
  await Promise.race([streamXlsx(sheets, out).then(() => closed), failed]);
}
