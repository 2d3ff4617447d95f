/**
 * CSV as clerks save it: from Chinese Excel usually GB18030 ("ANSI"), otherwise UTF-8
 * with or without BOM; comma, tab or semicolon separated; quoted fields with line breaks.
 */
import type { CellValue } from "../core/sheet/address";

/** A CSV that cannot be read as written: its Chinese reason, with the line where it shows. */
export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvError";
  }
}

/** The 1-based line of `at` in `text`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * The text of a CSV: UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode
 * text"), else GB18030. Bytes that are none of these are a damaged file, refused with the
 * line of the first bad byte rather than read as replacement characters.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "");
  } catch {
    const text = new TextDecoder("gb18030").decode(bytes);
    const bad = text.indexOf("\ufffd");
    if (bad >= 0)
      throw new CsvError(
        `第${lineAt(text, bad)}行有无法识别的字符：文件既不是 UTF-8 也不是 GBK/GB18030 编码，可能已损坏`
      );
    return text;
  }
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0 || text.length);
  const counts = [",", "\t", ";"].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 1 ? counts[0][0] : ",";
}

/** Fields stay text: a CSV does not say which are numbers, and ID numbers must not become doubles. */
export function parseCsv(text: string): CellValue[][] {
  const delimiter = detectDelimiter(text);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let openedAt = 0;
  let i = 0;
  const endField = () => {
    row.push(field === "" ? null : field);
    field = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") {
      quoted = true;
      openedAt = i;
    } else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
    i++;
  }
  // An unclosed quote would swallow every row after it into one field.
  if (quoted)
    throw new CsvError(
      `第${lineAt(text, openedAt)}行的引号（"）没有配对，其后的内容都会被并入一格。请在 Excel/WPS 中打开检查该行后重新保存`
    );
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

export function toCsv(rows: CellValue[][]): string {
  const esc = (v: CellValue): string => {
    if (v === null || v === undefined) return "";
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(esc).join(",")).join("\r\n") + "\r\n";
}
