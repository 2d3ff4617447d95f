/**
 * What a file may hold before it is read: a county's roster (bench: 200,000 rows) fits with
 * room to spare; a file past these limits is refused at once with a Chinese message, rather
 * than read until the process runs out of memory (a zip bomb of 28 MB unpacks to 500 MB).
 *
 * An .xlsx is a zip: its central directory lists every part's unpacked size, so the total is
 * known without unpacking anything; each sheet's <dimension ref="A1:G250001"/> near its
 * start gives its rows after unpacking only its first block.
 */
import { type InflateChunks, inflateRaw, partHead, readZip, zipEntries } from "./zipRead";

export const LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** Bytes of an .xlsx's parts once unpacked. */
  unpackedBytes: 200 * 1024 * 1024,
  /** Rows of one sheet (or of a CSV). */
  rows: 250_000,
} as const;

export class FileLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileLimitError";
  }
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;
const SPLIT = "请把它按乡镇（街道）或村（社区）拆分成几个较小的文件，分别处理";

export function checkFileSize(bytes: number, fileName: string): void {
  if (bytes > LIMITS.fileBytes)
    throw new FileLimitError(
      `文件 ${shortName(fileName)} 有 ${mb(bytes)}，超过本程序能处理的 ${mb(LIMITS.fileBytes)}。${SPLIT}`
    );
}

function rowsLimit(rows: number, where: string): never {
  throw new FileLimitError(
    `${where}有 ${rows.toLocaleString("en-US")} 行，超过本程序一次能处理的 ${LIMITS.rows.toLocaleString("en-US")} 行。${SPLIT}`
  );
}

export function checkRowCount(rows: number, where: string): void {
  if (rows > LIMITS.rows) rowsLimit(rows, where);
}

function shortName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  return base.length > 60 ? base.slice(0, 60) + "…" : base;
}

/** Line breaks in a CSV's bytes: an upper bound of its rows, counted without decoding. */
export function checkCsvBytes(bytes: Uint8Array, fileName: string): void {
  checkFileSize(bytes.length, fileName);
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lines++;
  // A quoted field may hold a line break, so only refuse what is clearly past the limit.
  if (lines > LIMITS.rows * 2) rowsLimit(lines, `文件 ${shortName(fileName)} `);
}

/** The fewest bytes one row takes in a sheet's XML: <row r="250001"/>. */
const MIN_ROW_BYTES = 16;

/**
 * Refuses an .xlsx whose parts unpack past the limit, or one of whose sheets declares more
 * rows than the limit. A file that is not a zip at all is left to the reader's own message.
 */
export async function checkXlsxBytes(
  bytes: Uint8Array,
  fileName: string,
  inflate: InflateChunks | null = inflateRaw
): Promise<void> {
  checkFileSize(bytes.length, fileName);
  const entries = zipEntries(bytes);
  if (entries === null) return;
  const name = shortName(fileName);
  if (entries === "zip64")
    throw new FileLimitError(
      `文件 ${name} 解压后超过 4 GB，远超本程序能处理的 ${mb(LIMITS.unpackedBytes)}。${SPLIT}`
    );
  const total = entries.reduce((a, e) => a + e.unpacked, 0);
  if (total > LIMITS.unpackedBytes)
    throw new FileLimitError(
      `文件 ${name} 解压后有 ${mb(total)}，超过本程序能处理的 ${mb(LIMITS.unpackedBytes)}。${SPLIT}`
    );
  const parts = inflate ? readZip(bytes, inflate) : null;
  if (!parts) return;
  for (const part of parts.values()) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part.name)) continue;
    const head = await partHead(part, 8192);
    if (!head) continue;
    const xml = new TextDecoder().decode(head.subarray(0, 8192));
    const m = /<(?:\w+:)?dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(xml);
    // The dimension is a claim: believed only when the part is big enough to hold that many
    // rows (at least MIN_ROW_BYTES each), so an 11-row sheet that claims A1:I1048576 is read
    // and counted by its rows.
    const claimed = m && m[1] !== undefined ? Number(m[1]) : 0;
    if (claimed > LIMITS.rows && part.size >= claimed * MIN_ROW_BYTES)
      checkRowCount(claimed, `文件 ${name} 的一个工作表`);
  }
}
