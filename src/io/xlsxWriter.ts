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
import { type DeflateFactory, storedDeflate, webDeflate } from "./zip";

export const sheetRows = (sheets: (SheetSpec | SheetRows)[]): SheetRows[] =>
  sheets.map((s) => ("spec" in s ? s : { spec: s }));

/** The browser's (and Node's) compressor; a WebView without one gets the entries stored. */
function platformDeflate(): DeflateFactory {
  return typeof CompressionStream === "function" ? webDeflate : storedDeflate;
}

/** The workbook's bytes; Node passes zlib's compressor (./xlsxFile). */
export async function writeXlsx(
  sheets: (SheetSpec | SheetRows)[],
  deflate: DeflateFactory = platformDeflate()
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  await writeBook(sheetRows(sheets), {
    sink: {
      write(chunk) {
        chunks.push(chunk);
        size += chunk.length;
      },
    },
    deflate,
  });
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
