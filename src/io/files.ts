/** Node-only file access for the CLI and scripts. */
import { promises as fs } from "fs";
import type { SheetData } from "../core/sheet/address";
import { readWorkbookBytes } from "./workbook";

export async function readWorkbookFile(path: string): Promise<SheetData[]> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch {
    throw new Error(`找不到文件或无法读取：${path}`);
  }
  return readWorkbookBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
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
