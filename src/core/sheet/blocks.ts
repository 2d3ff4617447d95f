/**
 * Block sizes for reading and writing big ranges. Excel on the web refuses a request or a
 * response over 5 MB, and a single range read over 5 million cells, so sheets are read and
 * written in row blocks whose estimated JSON size stays well under that.
 */

/** Excel on the web's limit on one request or one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one block aims at: 2 MB leaves room for the envelope and for a bad first estimate. */
export const BLOCK_BYTE_BUDGET = 2 * 1024 * 1024;
/** Rows per block at most (Microsoft advises blocks of 5k–20k rows). */
export const MAX_BLOCK_ROWS = 10_000;
/** Bytes per cell assumed before anything has been read (numbers and short names). */
export const ASSUMED_BYTES_PER_CELL = 20;

/** The UTF-8 size of text, counted without TextEncoder, which Office Scripts lack. */
export function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      n += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else if (c >= 0x800) n += 2;
    else if (c >= 0x80) n += 1;
  }
  return n;
}

/** The UTF-8 size of a value as it travels in a request or response (JSON). */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/**
 * Splits rows that are already known (a sheet to write) into blocks under the byte budget
 * and the row cap; a single row over the budget still gets a block of its own.
 */
export function splitRows<T>(
  rows: T[][],
  budget = BLOCK_BYTE_BUDGET,
  maxRows = MAX_BLOCK_ROWS
): { start: number; rows: T[][] }[] {
  const blocks: { start: number; rows: T[][] }[] = [];
  let start = 0;
  let size = 2;
  let current: T[][] = [];
  rows.forEach((row, i) => {
    const bytes = jsonBytes(row) + 1;
    if (current.length > 0 && (size + bytes > budget || current.length >= maxRows)) {
      blocks.push({ start, rows: current });
      start = i;
      current = [];
      size = 2;
    }
    current.push(row);
    size += bytes;
  });
  if (current.length > 0) blocks.push({ start, rows: current });
  return blocks;
}

/** Whether an Office.js error says a request or response was too big. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? "";
  return (
    /PayloadSizeLimitExceeded/i.test(code) ||
    /PayloadSizeLimitExceeded/i.test(String((error as Error)?.message ?? ""))
  );
}
