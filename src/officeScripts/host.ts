/**
 * The host module of src/scripts/host.ts over ExcelScript: what a job needs of the open
 * workbook, for Office Scripts. The bundler puts this module in host.ts's place, so a built
 * script calls ExcelScript directly. The reading and writing are sheetReader.ts and
 * sheetWriter.ts; the rest is a line each.
 */
import { parseAddress } from "../core/sheet/address";
import { isFindingNote, type CellMark } from "../core/targets/annotate";

export { findSheet, readHeads, readSheet, readSheets, sheetNames } from "./sheetReader";
export { writeSheets } from "./sheetWriter";

export type Book = ExcelScript.Workbook;
export type Sheet = ExcelScript.Worksheet;

export function getSheet(book: Book, name: string): Sheet | undefined {
  return book.getWorksheet(name);
}

export function activeSheet(book: Book): Sheet {
  return book.getActiveWorksheet();
}

export function nameOf(sheet: Sheet): string {
  return sheet.getName();
}

export function positionOf(sheet: Sheet): number {
  return sheet.getPosition();
}

export function moveSheet(book: Book, name: string, position: number): void {
  book.getWorksheet(name)?.setPosition(position);
}

export function deleteSheet(book: Book, sheet: Sheet): void {
  sheet.delete();
}

function cellKey(address: string): string {
  return address.replace(/^.*!/, "").replace(/\$/g, "").toUpperCase();
}

/** Marks the findings' cells (fill and comment) and takes away this script's earlier marks. */
export function markCells(ws: Sheet, marks: readonly CellMark[]): void {
  const comments = new Map<string, ExcelScript.Comment>();
  for (const c of ws.getComments()) comments.set(cellKey(c.getLocation().getAddress()), c);
  const now = new Set(marks.map((m) => m.cell));
  comments.forEach((c, cell) => {
    if (now.has(cell) || !isFindingNote(c.getContent())) return;
    c.delete();
    const at = parseAddress(cell);
    if (at) ws.getCell(at.row, at.col).getFormat().getFill().clear();
  });
  for (const m of marks) {
    const cell = ws.getCell(m.row, m.col);
    cell.getFormat().getFill().setColor(`#${m.fill}`);
    const old = comments.get(m.cell);
    if (!old) ws.addComment(cell, m.note, ExcelScript.ContentType.plain);
    else if (isFindingNote(old.getContent())) old.setContent(m.note);
  }
}
