/**
 * Writing a SheetSpec (template, check report) into the open workbook as a NEW worksheet.
 * It never writes into an existing sheet: the name is made unique first.
 *
 * Round trips: 1 to learn the sheet names, then per sheet one per block of cells (blocks
 * under 2 MB / 10,000 rows, values and formulas together, each preceded in the same request
 * by the "@" format of its rows in the text columns, so ID numbers stay text), then one for
 * the formats, widths, merges and lists (more if there are over FORMAT_OPS_PER_SYNC format
 * ranges or their number formats weigh over the block budget; a format range taller than a
 * block is cut into blocks), and a last one that activates the first new sheet. The format
 * round trip also carries how the sheet prints (print.ts: borders on its table and, from
 * ExcelApi 1.9, A4, fit to one page wide, repeated header rows, title and page numbers),
 * the same plan as the .xlsx writers'. Cell notes
 * (the findings in an annotated copy) are written where Excel has notes (ExcelApi 1.18) and
 * left out elsewhere. Progress is reported in rows written (each sheet counts one more row
 * for its formats), after every round trip that wrote a block.
 */
import { cellAddress, columnName } from "../core/sheet/address";
import { SheetSpec, safeSheetName } from "../core/sheet/spec";
import type { OnProgress } from "../ui/host";
import { BLOCK_BYTE_BUDGET, splitRows } from "../core/sheet/blocks";
import { blockRects, Entry, formatRects, formulaEntry, widthToPoints } from "../core/sheet/grid";
import { LISTS_SHEET, listFitsInline, nameClash } from "../core/sheet/newSheets";
import { supportsExcelApi } from "./requirements";
import { queuePrintSetup } from "./print";

export const FORMAT_OPS_PER_SYNC = 1_000;

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

interface Written {
  done: number;
  total: number;
  onProgress?: OnProgress;
}

async function writeOne(
  context: Excel.RequestContext,
  spec: SheetSpec,
  name: string,
  lists: { sheet: Excel.Worksheet | null; next: number },
  progress: Written
): Promise<number> {
  let syncs = 0;
  const worksheet = context.workbook.worksheets.add(name);
  // A loop, not Math.max(...rows): spreading 200,000 rows overflows the call stack.
  const columns = spec.cells.reduce((n, r) => Math.max(n, r.length), 1);
  const grid = spec.cells.map((row) => {
    const out: Entry[] = new Array(columns).fill("");
    row.forEach((cell, c) => (out[c] = formulaEntry(cell)));
    return out;
  });
  for (const block of splitRows(grid)) {
    const n = block.rows.length;
    // Text columns get their "@" format before the values, or ID numbers would turn into doubles.
    for (const c of spec.textColumns ?? []) {
      worksheet.getRangeByIndexes(block.start, c, n, 1).numberFormat = Array.from(
        { length: n },
        () => ["@"]
      );
    }
    worksheet.getRangeByIndexes(block.start, 0, n, columns).formulas = block.rows;
    // One round trip per block on purpose: each request stays under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    progress.done += n;
    progress.onProgress?.(progress.done, progress.total);
  }
  // Formats after values, batched by count and by the weight of their number formats.
  let ops = 0;
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (ops >= FORMAT_OPS_PER_SYNC || bytes >= BLOCK_BYTE_BUDGET) {
      await context.sync();
      syncs++;
      ops = 0;
      bytes = 0;
    }
  };
  for (const rect of blockRects(formatRects(spec.cells))) {
    const h = rect.r1 - rect.r0 + 1;
    const w = rect.c1 - rect.c0 + 1;
    const range = worksheet.getRangeByIndexes(rect.r0, rect.c0, h, w);
    if (rect.cell.bold) range.format.font.bold = true;
    if (rect.cell.fill) range.format.fill.color = `#${rect.cell.fill}`;
    if (rect.cell.align) range.format.horizontalAlignment = ALIGN[rect.cell.align];
    if (rect.cell.numFmt) {
      range.numberFormat = Array.from({ length: h }, () => new Array(w).fill(rect.cell.numFmt));
      bytes += h * (w * (rect.cell.numFmt.length + 3) + 2); // as JSON: ["fmt","fmt"],
    }
    ops++;
    await flush();
  }
  (spec.columnWidths ?? []).forEach((width, c) => {
    worksheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth =
      widthToPoints(width);
  });
  for (const m of spec.merges ?? []) worksheet.getRange(m).merge(false);
  for (const v of spec.validations ?? []) {
    // A list with nothing to choose from is no list (an empty inline list is not valid).
    if (v.values.length === 0) continue;
    let source = v.values.join(",");
    if (!listFitsInline(v.values)) {
      if (!lists.sheet) {
        lists.sheet = context.workbook.worksheets.add(LISTS_SHEET);
        lists.sheet.visibility = "VeryHidden";
      }
      const col = columnName(lists.next++);
      lists.sheet.getRange(`${col}1:${col}${v.values.length}`).values = v.values.map((x) => [x]);
      source = `='${LISTS_SHEET}'!$${col}$1:$${col}$${v.values.length}`;
    }
    const dv = worksheet.getRange(v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "输入有误", message: v.error };
  }
  if (spec.frozenRows) worksheet.freezePanes.freezeRows(spec.frozenRows);
  queuePrintSetup(worksheet, spec);
  if (supportsExcelApi("1.18")) {
    spec.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.note) worksheet.notes.add(cellAddress(r, c), cell.note);
      })
    );
  }
  await context.sync();
  syncs++;
  progress.done++;
  progress.onProgress?.(progress.done, progress.total);
  return syncs;
}

export interface InsertOptions {
  onProgress?: OnProgress;
  /** Refuse, before writing anything, if a spec's name is taken (formulas refer to the names). */
  exactNames?: boolean;
}

/** Adds each spec as a new sheet under a name not yet taken; returns the names used. */
export async function insertSheets(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  options: InsertOptions = {}
): Promise<{ names: string[]; syncs: number }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  let syncs = 1;
  const taken = sheets.items.map((s) => s.name);
  const clash = options.exactNames ? nameClash(taken, specs, "生成") : null;
  if (clash) throw new Error(clash);
  const progress: Written = {
    done: 0,
    total: specs.reduce((n, s) => n + s.cells.length + 1, 0),
    onProgress: options.onProgress,
  };
  progress.onProgress?.(0, progress.total);
  const lists = { sheet: null as Excel.Worksheet | null, next: 0 };
  if (taken.includes(LISTS_SHEET)) lists.sheet = sheets.getItem(`${LISTS_SHEET}`);
  if (lists.sheet) {
    // An earlier insert's lists sheet: append to the right of its used columns.
    const used = lists.sheet.getUsedRangeOrNullObject(true);
    // isNullObject is a scalar, not a navigation property (the rule's false positive).
    // eslint-disable-next-line office-addins/no-navigational-load
    used.load("isNullObject,columnIndex,columnCount");
    await context.sync();
    syncs++;
    lists.next = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  }
  const names: string[] = [];
  for (const spec of specs) {
    const name = safeSheetName(spec.name, taken);
    taken.push(name);
    names.push(name);
    syncs += await writeOne(context, spec, name, lists, progress);
  }
  if (names.length > 0) {
    const first = sheets.getItem(names[0]);
    first.activate();
    first.getRange(cellAddress(0, 0)).select();
    await context.sync();
    syncs++;
  }
  return { names, syncs };
}
