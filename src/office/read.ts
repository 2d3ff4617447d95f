/**
 * Reading worksheets into the core's 2-D arrays, in blocks.
 *
 * Round trips (context.sync) for reading the active sheet and the workbook's other sheets:
 *   1  the sheet list and the active sheet's name;
 *   1  every sheet's used-range extent (row/column index and count only, no values);
 *   then one per batch of `values`: a batch fills up to BLOCK_BYTE_BUDGET (2 MB) with row
 *   blocks of at most MAX_BLOCK_ROWS rows, small sheets sharing a batch.
 * A 20,000-row × 8-column sheet of numbers and names therefore takes 2 + 2 = 4 round trips,
 * each response about 1 MB; the unit test in test/office/read.test.ts counts them. If Excel
 * still answers "payload too large" (very long texts), the batch is halved and retried.
 *
 * The claim (生成资助申报表) lists the sheets with their first rows (readSheetHeads: 3 round
 * trips) and then reads the chosen rosters whole (readSheets: 1 for the extents, then one
 * per batch as above, reporting rows read after each): a 200,000-row roster of 6 columns
 * is 1 + 20 round trips. Values, not texts: an ID typed as text arrives as a string; one
 * Excel stored as a number arrives as a number, and the core says it was damaged.
 */
import type { CellValue, SheetData } from "../core/sheet/address";
import type { OnProgress, SheetHead } from "../ui/host";
import {
  ASSUMED_BYTES_PER_CELL,
  BLOCK_BYTE_BUDGET,
  MAX_BLOCK_ROWS,
  isPayloadTooLarge,
  jsonBytes,
} from "../core/sheet/blocks";

/** Other sheets taller than this are not read: unit sheets are short; big rosters are skipped. */
export const OTHER_SHEET_MAX_ROWS = 5_000;

export interface ReadResult {
  active: SheetData;
  others: SheetData[];
  skipped: { name: string; rows: number }[];
  /** Round trips this read took. */
  syncs: number;
}

interface Extent {
  worksheet: Excel.Worksheet;
  name: string;
  rows: number;
  columns: number;
  data: CellValue[][];
  next: number;
}

function plain(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/** Excel answers "" for empty cells; the core wants null and rows without trailing blanks. */
function toRow(values: unknown[]): CellValue[] {
  let end = values.length;
  while (end > 0 && (values[end - 1] === "" || values[end - 1] === null)) end--;
  const row: CellValue[] = new Array(end);
  for (let i = 0; i < end; i++) row[i] = plain(values[i]);
  return row;
}

/**
 * Reads every pending extent's values in batches under the byte budget. Blocks start at
 * row 1 / column A so that [0][0] of the result is A1, as the core expects.
 */
async function readValues(
  context: Excel.RequestContext,
  extents: Extent[],
  onProgress?: OnProgress
): Promise<number> {
  let syncs = 0;
  const total = extents.reduce((n, e) => n + e.rows, 0);
  let done = 0;
  onProgress?.(0, total);
  let bytesPerCell = ASSUMED_BYTES_PER_CELL;
  /** After a "payload too large" answer: at most half the cells of the refused batch. */
  let cellCap = Infinity;
  for (;;) {
    const pending = extents.filter((e) => e.next < e.rows);
    if (pending.length === 0) return syncs;
    let cellBudget = Math.max(1, Math.min(cellCap, Math.floor(BLOCK_BYTE_BUDGET / bytesPerCell)));
    const batch: { extent: Extent; start: number; count: number; range: Excel.Range }[] = [];
    for (const e of pending) {
      if (cellBudget <= 0 && batch.length > 0) break;
      const maxRows = Math.max(1, Math.floor(cellBudget / e.columns));
      const count = Math.min(e.rows - e.next, MAX_BLOCK_ROWS, maxRows);
      const range = e.worksheet.getRangeByIndexes(e.next, 0, count, e.columns);
      range.load("values");
      batch.push({ extent: e, start: e.next, count, range });
      cellBudget -= count * e.columns;
      if (e.next + count < e.rows) break; // this sheet continues in the next batch
    }
    try {
      syncs++;
      // One round trip per block on purpose: a single sync for a whole county would exceed Excel on the web's 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const cells = batch.reduce((n, b) => n + b.count * b.extent.columns, 0);
      const single = batch.length === 1 && batch[0].count === 1;
      if (isPayloadTooLarge(error) && !single) {
        cellCap = Math.max(1, Math.floor(cells / 2));
        continue;
      }
      throw error;
    }
    let bytes = 0;
    let cells = 0;
    for (const b of batch) {
      const values = b.range.values as unknown[][];
      bytes += jsonBytes(values);
      cells += b.count * b.extent.columns;
      for (let i = 0; i < values.length; i++) b.extent.data[b.start + i] = toRow(values[i]);
      b.extent.next = b.start + b.count;
      done += b.count;
    }
    onProgress?.(done, total);
    // The next batch is sized on what this one really weighed (never assume under 4 bytes a cell).
    bytesPerCell = Math.max(4, bytes / Math.max(1, cells));
    cellCap = Infinity;
  }
}

/** Reads the active sheet and the workbook's other (visible, not too big) sheets. */
export async function readWorkbook(context: Excel.RequestContext): Promise<ReadResult> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const activeSheet = context.workbook.worksheets.getActiveWorksheet();
  activeSheet.load("name");
  await context.sync();
  let syncs = 1;

  const all = await loadExtents(
    context,
    sheets.items.map((ws) => ({ ws, name: ws.name }))
  );
  syncs++;

  const extents: Extent[] = [];
  const skipped: { name: string; rows: number }[] = [];
  let active: Extent | null = null;
  for (let i = 0; i < all.length; i++) {
    const ws = sheets.items[i];
    const extent = all[i];
    if (ws.name === activeSheet.name) active = extent;
    else if (ws.visibility !== "Visible") continue;
    else if (extent.rows > OTHER_SHEET_MAX_ROWS) {
      skipped.push({ name: ws.name, rows: extent.rows });
      continue;
    }
    extents.push(extent);
  }
  if (!active) throw new Error("找不到当前工作表");
  // The active sheet first, so that it is read even if the others then fail.
  extents.sort((a, b) => Number(b === active) - Number(a === active));
  for (const e of extents) e.data = new Array(e.rows);
  syncs += await readValues(context, extents);
  const toSheet = (e: Extent): SheetData => ({ name: e.name, rows: e.data });
  return {
    active: toSheet(active),
    others: extents.filter((e) => e !== active).map(toSheet),
    skipped,
    syncs,
  };
}

/** Loads the used-range extents of some worksheets (one round trip). */
async function loadExtents(
  context: Excel.RequestContext,
  worksheets: { ws: Excel.Worksheet; name: string }[]
): Promise<Extent[]> {
  const used = worksheets.map(({ ws, name }) => {
    const range = ws.getUsedRangeOrNullObject(true);
    // isNullObject is a scalar, not a navigation property (the rule's false positive); loading it keeps office-addin-mock honest.
    // eslint-disable-next-line office-addins/no-navigational-load
    range.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    return { ws, name, range };
  });
  await context.sync();
  return used.map(({ ws, name, range }) => {
    const empty = range.isNullObject;
    return {
      worksheet: ws,
      name,
      rows: empty ? 0 : range.rowIndex + range.rowCount,
      columns: empty ? 0 : range.columnIndex + range.columnCount,
      data: [],
      next: 0,
    };
  });
}

/**
 * The visible sheets with their row counts and first `headRows` rows, for choosing rosters:
 * 3 round trips (names, extents, the first rows of every sheet together).
 */
export async function readSheetHeads(
  context: Excel.RequestContext,
  headRows: number
): Promise<{ sheets: SheetHead[]; syncs: number }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const visible = sheets.items
    .filter((ws) => ws.visibility === "Visible")
    .map((ws) => ({ ws, name: ws.name }));
  const extents = await loadExtents(context, visible);
  const heads = extents.map((e) => {
    const rows = Math.min(e.rows, headRows);
    if (rows === 0 || e.columns === 0) return null;
    const range = e.worksheet.getRangeByIndexes(0, 0, rows, e.columns);
    range.load("values");
    return range;
  });
  let syncs = 2;
  if (heads.some((r) => r !== null)) {
    await context.sync();
    syncs++;
  }
  return {
    sheets: extents.map((e, i) => ({
      name: e.name,
      rows: e.rows,
      head: { name: e.name, rows: heads[i] ? (heads[i]!.values as unknown[][]).map(toRow) : [] },
    })),
    syncs,
  };
}

/** Reads whole sheets by name, in blocks under the byte budget, reporting rows read. */
export async function readSheets(
  context: Excel.RequestContext,
  names: string[],
  onProgress?: OnProgress
): Promise<{ sheets: SheetData[]; syncs: number }> {
  const worksheets = names.map((name) => ({ ws: context.workbook.worksheets.getItem(name), name }));
  const extents = await loadExtents(context, worksheets);
  for (const e of extents) e.data = new Array(e.rows);
  const syncs = 1 + (await readValues(context, extents, onProgress));
  return { sheets: extents.map((e) => ({ name: e.name, rows: e.data })), syncs };
}
