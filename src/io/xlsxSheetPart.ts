/**
 * One worksheet part (ECMA-376 Part 1, 18.3) written straight from a SheetSpec and its row
 * source, row by row, as XML text: no cell objects are made, so a county's 资助明细 costs
 * only the text of the rows being compressed. Text is written inline (t="inlineStr"): a
 * shared-strings table would hold every name and ID of the roster until the end.
 *
 * What the sheet gets is what SheetSpec promises: values, formulas with cached results,
 * formats, merges, lists, notes, frozen header, and the print setup of printPlan.
 */
import { quotedSheetName } from "../core/sheet/address";
import { printPlan } from "../core/sheet/print";
import type { SheetRows } from "../core/sheet/rowSource";
import type { CellSpec, SheetSpec } from "../core/sheet/spec";
import { mergeRects, wrappedLines } from "../core/sheet/wrap";
import type { CellLook } from "./xlsxCellStyles";
import type { Note } from "./xlsxPatchComments";
import { columnName, escapeXml, xmlAttr, xmlText } from "./xlsxPatchXml";
import { RISKY } from "./quotePrefix";

/** Where the part's text goes (a zip entry); a returned promise is waited on. */
export interface TextSink {
  write(text: string): Promise<void> | void;
}

/** The cell format number for a look, in the workbook the part is written for. */
export interface StyleIndex {
  index(look: CellLook): number;
}

export interface WrittenSheet {
  notes: Note[];
  /** 0-based header rows repeated on each printed page (the workbook's Print_Titles). */
  repeatRows: { first: number; last: number } | null;
}

/** A list validation, with its list as a formula (inline, or a hidden sheet's range). */
export interface ListRef {
  range: string;
  formula: string;
  error: string;
}

function inline(s: string): string {
  const space = /^\s|\s$|[\n\t]/.test(s) ? ' xml:space="preserve"' : "";
  return `t="inlineStr"><is><t${space}>${xmlText(s)}</t></is></c>`;
}

const MAX_ROW_HEIGHT = 409;
/** Excel's widest column, in characters. */
const MAX_COLUMN_WIDTH = 255;

/** The cell's XML after `<c r=".." s=".."`. */
function content(cell: CellSpec): string {
  if (cell.formula !== undefined) {
    // A formula is not text: Excel's _xHHHH_ escapes would be read into it by LibreOffice.
    const f = `<f>${escapeXml(cell.formula)}</f>`;
    const r = cell.result;
    if (r === undefined) return `>${f}</c>`;
    // A result that is no number is left for the spreadsheet to compute (it recalculates on open).
    if (typeof r === "number") return Number.isFinite(r) ? `>${f}<v>${r}</v></c>` : `>${f}</c>`;
    if (typeof r === "boolean") return ` t="b">${f}<v>${r ? 1 : 0}</v></c>`;
    return ` t="str">${f}<v>${xmlText(r)}</v></c>`;
  }
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`internal: a cell's value is ${v}`);
    return `><v>${v}</v></c>`;
  }
  if (typeof v === "boolean") return ` t="b"><v>${v ? 1 : 0}</v></c>`;
  // An empty text is written as a blank cell with its look (a 小计 row's empty columns).
  if (typeof v === "string" && v !== "") return ` ${inline(v)}`;
  return "/>";
}

/** The table's extent when the rows come from a source: the print plan reads it from cells. */
function shapeOf({ spec, rest }: SheetRows, total: number): SheetSpec {
  const t = spec.table ?? (spec.frozenRows ? { headerRow: spec.frozenRows - 1 } : undefined);
  return rest && t ? { ...spec, table: { ...t, lastRow: t.lastRow ?? total - 1 } } : spec;
}

/** Writes the sheet's part; `first` marks the sheet the workbook opens on. */
export async function writeSheetPart(
  out: TextSink,
  rows: SheetRows,
  styles: StyleIndex,
  lists: ListRef[],
  first: boolean
): Promise<WrittenSheet> {
  const { spec, rest } = rows;
  const total = spec.cells.length + (rest?.count ?? 0);
  const shape = shapeOf(rows, total);
  const plan = printPlan(shape);
  const box = plan.borders;
  const merges = mergeRects(spec);
  const textColumns = new Set(spec.textColumns ?? []);

  let lastCol = box ? box.c1 : 0;
  for (const row of spec.cells) lastCol = Math.max(lastCol, (row?.length ?? 0) - 1);
  if (rest && rest.count > 0) lastCol = Math.max(lastCol, rest.row(0).length - 1);
  const letters = Array.from({ length: lastCol + 1 }, (_, c) => columnName(c));
  const letter = (c: number): string => letters[c] ?? columnName(c);

  await out.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
      `<dimension ref="A1:${letter(lastCol)}${Math.max(1, total)}"/>` +
      sheetViews(spec, first) +
      `<sheetFormatPr defaultRowHeight="15"/>` +
      cols(spec, styles) +
      `<sheetData>`
  );

  // The cells a merge covers take its first cell's look (its border, its fill).
  const covered = new Map<number, Map<number, number>>();
  for (const m of merges) {
    const head = spec.cells[m.r0]?.[m.c0] ?? null;
    const s = styles.index({
      cell: head,
      textColumn: textColumns.has(m.c0),
      bordered:
        box !== null && m.r0 >= box.r0 && m.r0 <= box.r1 && m.c0 >= box.c0 && m.c0 <= box.c1,
      quoted: false,
    });
    for (let r = m.r0; r <= m.r1; r++)
      for (let c = m.c0; c <= m.c1; c++) {
        if (r === m.r0 && c === m.c0) continue;
        if (!covered.has(r)) covered.set(r, new Map());
        covered.get(r)!.set(c, s);
      }
  }

  const notes: Note[] = [];
  for (let r = 0; r < total; r++) {
    const cells = r < spec.cells.length ? spec.cells[r] : rest!.row(r - spec.cells.length);
    const inTable = box !== null && r >= box.r0 && r <= box.r1;
    const under = covered.get(r);
    if (!inTable && !under && !cells?.some((c) => c)) continue;
    const end = Math.max(
      cells?.length ?? 0,
      inTable ? box.c1 + 1 : 0,
      under ? Math.max(...under.keys()) + 1 : 0
    );
    const lines = wrappedLines(spec, cells, r, merges);
    let xml =
      lines > 1
        ? `<row r="${r + 1}" ht="${Math.min(MAX_ROW_HEIGHT, 15 * lines)}" customHeight="1">`
        : `<row r="${r + 1}">`;
    for (let c = 0; c < end; c++) {
      const cell = cells?.[c] ?? null;
      const bordered = inTable && c >= box.c0 && c <= box.c1;
      const coveredStyle = under?.get(c);
      if (!cell && !bordered && coveredStyle === undefined) continue;
      const ref = `${letter(c)}${r + 1}`;
      const quoted =
        cell !== null &&
        cell.formula === undefined &&
        typeof cell.value === "string" &&
        RISKY.test(cell.value);
      const s =
        coveredStyle ?? styles.index({ cell, textColumn: textColumns.has(c), bordered, quoted });
      xml += `<c r="${ref}"${s ? ` s="${s}"` : ""}${cell ? content(cell) : "/>"}`;
      if (cell?.note) notes.push({ row: r, col: c, text: cell.note });
    }
    await out.write(xml + `</row>`);
  }

  await out.write(
    `</sheetData>` +
      (spec.merges?.length
        ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
        : "") +
      validations(lists) +
      `<printOptions horizontalCentered="1"/>` +
      `<pageMargins left="${plan.margins.left}" right="${plan.margins.right}" top="${plan.margins.top}" bottom="${plan.margins.bottom}" header="${plan.margins.header}" footer="${plan.margins.footer}"/>` +
      `<pageSetup paperSize="9" orientation="${plan.orientation}" fitToWidth="${plan.pagesWide}" fitToHeight="${plan.pagesTall}"/>` +
      `<headerFooter><oddHeader>${xmlText(`&C${plan.header}`)}</oddHeader><oddFooter>${xmlText(`&C${plan.footer}`)}</oddFooter></headerFooter>` +
      (notes.length > 0 ? `<legacyDrawing r:id="rId1"/>` : "") +
      `</worksheet>`
  );
  return { notes, repeatRows: plan.repeatRows };
}

/** The workbook's defined name that repeats the header rows on each printed page. */
export function printTitlesName(
  sheet: string,
  rows: { first: number; last: number },
  localSheetId: number
): string {
  const ref = `${quotedSheetName(sheet)}!$${rows.first + 1}:$${rows.last + 1}`;
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${localSheetId}">${escapeXml(ref)}</definedName>`;
}

function sheetViews(spec: SheetSpec, first: boolean): string {
  const selected = first ? ` tabSelected="1"` : "";
  const n = spec.frozenRows ?? 0;
  if (n <= 0) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const top = `A${n + 1}`;
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane ySplit="${n}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `</sheetView></sheetViews>`
  );
}

/** Column widths, and the text format of the columns that must stay text (typing an ID there). */
function cols(spec: SheetSpec, styles: StyleIndex): string {
  const widths = spec.columnWidths ?? [];
  const text = new Set(spec.textColumns ?? []);
  const count = Math.max(widths.length, ...[...text].map((c) => c + 1));
  let xml = "";
  for (let c = 0; c < count; c++) {
    const width = widths[c];
    if (width === undefined && !text.has(c)) continue;
    const style = text.has(c)
      ? ` style="${styles.index({ cell: null, textColumn: true, bordered: false, quoted: false })}"`
      : "";
    const w =
      width !== undefined && Number.isFinite(width) && width >= 0
        ? `width="${Math.min(MAX_COLUMN_WIDTH, width)}" customWidth="1"`
        : `width="9"`;
    xml += `<col min="${c + 1}" max="${c + 1}" ${w}${style}/>`;
  }
  return xml ? `<cols>${xml}</cols>` : "";
}

function validations(lists: ListRef[]): string {
  if (lists.length === 0) return "";
  const items = lists.map(
    (v) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="输入有误" error="${xmlAttr(v.error)}" sqref="${v.range}">` +
      `<formula1>${escapeXml(v.formula)}</formula1></dataValidation>`
  );
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}
