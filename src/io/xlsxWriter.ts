/**
 * Writes SheetSpecs to an .xlsx file's bytes, in Node or the browser, with ./xlsxBookWriter:
 * values, formulas with their cached results, formats, merges, lists, notes, and the print
 * setup every sheet gets (see SheetSpec): A4, one page wide, landscape where wide, borders on
 * the table, its header repeated on each page, the title and 第 N 页 共 M 页 on every page.
 * A sheet's rows may come one at a time (RowSource), so a county's 资助明细 never exists as a
 * whole array of cells; each row's XML is compressed as it is made.
 */
import type { SheetRows } from "../core/sheet/rowSource";
import type { SheetSpec } from "../core/sheet/spec";
import { writeBook } from "./xlsxBookWriter";
import { type DeflateFactory, memorySink, platformDeflate } from "./zip";

export const sheetRows = (sheets: (SheetSpec | SheetRows)[]): SheetRows[] =>
  sheets.map((s) => ("spec" in s ? s : { spec: s }));

/** The workbook's bytes; Node passes zlib's compressor (./xlsxFile). */
export async function writeXlsx(
  sheets: (SheetSpec | SheetRows)[],
  deflate: DeflateFactory = platformDeflate()
): Promise<Uint8Array> {
  const sink = memorySink();
  await writeBook(sheetRows(sheets), { sink, deflate });
  return sink.bytes();
}
