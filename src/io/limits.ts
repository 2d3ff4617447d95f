/**
 * What a file may hold before it is read: a county's roster (bench: 200,000 rows) fits with
 * room to spare; a file past these limits is refused at once with a Chinese message, rather
 * than read until the process runs out of memory (a zip bomb of 28 MB unpacks to 500 MB).
 *
 * An .xlsx is a zip: its central directory lists every part's unpacked size, so the total is
 * known without unpacking anything; each sheet's <dimension ref="A1:G250001"/> near its
 * start gives its rows after unpacking only its first block (where an inflater is given).
 */
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

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  unpacked: number;
  localOffset: number;
}

/** The central directory of a zip, or null when the bytes are not a readable zip. */
export function zipEntries(b: Uint8Array): ZipEntry[] | "zip64" | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return "zip64";
  const entries: ZipEntry[] = [];
  let p = offset;
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(p + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      unpacked: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(b.subarray(p + 46, p + 46 + nameLength)),
    };
    if (entry.unpacked === 0xffffffff || entry.compressed === 0xffffffff) return "zip64";
    entries.push(entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** Unpacks the start of a deflated stream (at most what one block of input gives). */
export type PartialInflate = (deflated: Uint8Array) => Uint8Array;

/** The fewest bytes one row takes in a sheet's XML: <row r="250001"/>. */
const MIN_ROW_BYTES = 16;

/**
 * Refuses an .xlsx whose parts unpack past the limit, or one of whose sheets declares more
 * rows than the limit. A file that is not a zip at all is left to the reader's own message.
 */
export function checkXlsxBytes(
  bytes: Uint8Array,
  fileName: string,
  inflate?: PartialInflate
): void {
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
  if (!inflate) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
    const p = e.localOffset;
    if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) continue;
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const head = bytes.subarray(
      start,
      Math.min(bytes.length, start + Math.min(e.compressed, 65_536))
    );
    let xml: string;
    try {
      xml = new TextDecoder().decode(
        e.method === 0 ? head.subarray(0, 8192) : inflate(head).subarray(0, 8192)
      );
    } catch {
      continue;
    }
    const m = /<(?:\w+:)?dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(xml);
    // The dimension is a claim: believed only when the part is big enough to hold that many
    // rows (at least MIN_ROW_BYTES each), so an 11-row sheet that claims A1:I1048576 is read
    // and counted by its rows.
    const claimed = m && m[1] !== undefined ? Number(m[1]) : 0;
    if (claimed > LIMITS.rows && e.unpacked >= claimed * MIN_ROW_BYTES)
      checkRowCount(claimed, `文件 ${name} 的一个工作表`);
  }
}
