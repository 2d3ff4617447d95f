/** Node-only file access for the CLI and scripts. */
import { promises as fs } from "fs";
import { createInflateRaw } from "zlib";
import type { SheetData } from "../core/sheet/address";
import { clip } from "../core/text";
import { checkFileSize } from "./limits";
import { FileReadError, readWorkbookBytes } from "./workbook";
import { WRITER_APPLICATION } from "./xlsxBookWriter";
import { readZip, type InflateChunks } from "./zipRead";

export async function readWorkbookFile(path: string): Promise<SheetData[]> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new FileReadError(`${clip(path, 80)} 是文件夹，不是文件`);
    checkFileSize(stat.size, path);
    bytes = await fs.readFile(path);
  } catch (e) {
    if (e instanceof Error && /[\u3400-\u9fff]/.test(e.message)) throw e;
    throw new FileReadError(`找不到文件或无法读取：${clip(path, 80)}`, (e as Error).message);
  }
  return readWorkbookBytes(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    path,
    zlibInflate
  );
}

/** Picks a sheet by name, or the first one; the error lists the sheets there are. */
export function pickSheet(sheets: SheetData[], name?: string): SheetData {
  if (!name) {
    if (sheets.length === 0) throw new Error("文件中没有工作表");
    return sheets[0];
  }
  const found = sheets.find((s) => s.name === name || s.name.trim() === name.trim());
  if (!found)
    throw new Error(
      `文件中没有名为“${name}”的工作表。现有：${sheets.map((s) => s.name).join("、")}`
    );
  return found;
}

/** The most of a file read to see who wrote it: more is no workbook yibao would have written over. */
const MAX_OWN_CHECK = 512 * 1024 * 1024;

/**
 * Whether the workbook at `path` is as yibao wrote it: its docProps/app.xml names yibao as
 * the application (WRITER_APPLICATION), which any spreadsheet program replaces on saving.
 * A file that is no such workbook (another program's, a CSV, damaged) is not yibao's.
 */
export async function writtenByYibao(path: string): Promise<boolean> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile() || stat.size > MAX_OWN_CHECK) return false;
    const bytes = await fs.readFile(path);
    const parts = readZip(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      zlibInflate
    );
    const app = await parts?.get("docProps/app.xml")?.text();
    return app !== undefined && app.includes(`<Application>${WRITER_APPLICATION}</Application>`);
  } catch {
    return false;
  }
}

/**
 * Node's zlib read straight, in large chunks: the same inflate DecompressionStream wraps in
 * Node, without the web stream's per-chunk promises (about a sixth of a 100,000-row read).
 */
export const zlibInflate: InflateChunks = (deflated) => {
  const stream = createInflateRaw({ chunkSize: 1 << 18 });
  stream.end(deflated);
  return stream;
};
