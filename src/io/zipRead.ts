/**
 * The one zip reader: every .xlsx yibao opens (the fast sheet reader, the annotated copy's
 * package, the chart and quote-prefix passes, the tests' schema checks) is taken apart here.
 * Parts are unpacked with the platform's own DecompressionStream("deflate-raw"), the same in
 * Node (where it is zlib) and in the page's Web Worker (the browser's native inflate), a chunk
 * at a time, so a county's sheet (65 MB of XML at 200,000 rows) is never whole in memory.
 */

import { crc32 } from "./zip";

/** A part whose bytes are not what the zip's directory says (sizes, CRC, headers, data). */
export class DamagedZip extends Error {
  constructor(part: string, what: string) {
    super(`${what}: ${part}`);
    this.name = "DamagedZip";
  }
}

/** One entry of the zip's central directory. */
export interface ZipDirEntry {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  unpacked: number;
  localOffset: number;
}

/** The central directory of a zip, or null when the bytes are not a readable zip. */
export function zipEntries(b: Uint8Array): ZipDirEntry[] | "zip64" | null {
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
  const entries: ZipDirEntry[] = [];
  let p = offset;
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(p + 28, true);
    const entry: ZipDirEntry = {
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
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

/** The unpacked bytes of a raw deflate stream, in the order they come. */
export type InflateChunks = (
  deflated: Uint8Array
) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Unpacked bytes are handed on in pieces of at least this size (fewer, larger text decodes). */
const PIECE = 1 << 18;

/** The platform's inflate (Node 18+, every browser the page supports). */
export async function* inflateRaw(deflated: Uint8Array): AsyncIterable<Uint8Array> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // A damaged stream makes the reader throw; the writer's own promises are not waited on.
  writer.write(deflated as BufferSource).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const held: Uint8Array[] = [];
  let heldSize = 0;
  const joined = (): Uint8Array => {
    const out = held.length === 1 ? held[0] : new Uint8Array(heldSize);
    if (held.length > 1) {
      let at = 0;
      for (const c of held) {
        out.set(c, at);
        at += c.length;
      }
    }
    held.length = 0;
    heldSize = 0;
    return out;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      held.push(value);
      heldSize += value.length;
      if (heldSize >= PIECE) yield joined();
    }
    if (heldSize > 0) yield joined();
  } finally {
    // Stopping early (the limits read only a sheet's first block) lets the rest go.
    reader.cancel().catch(() => undefined);
  }
}

/** The platform's inflate, or null in an old WebView without DecompressionStream. */
export function platformInflate(): InflateChunks | null {
  return typeof DecompressionStream === "function" ? inflateRaw : null;
}

/** One part of the zip. */
export interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The part's bytes as stored in the zip (compressed when method is 8). */
  stored(): Uint8Array;
  /** The unpacked bytes, a chunk at a time; their total size is checked against the directory. */
  chunks(): AsyncIterable<Uint8Array>;
  /** Calls `onText` with each piece of the part's text, in order; `last` on the final one. */
  scan(onText: (text: string, last: boolean) => void): Promise<void>;
  /** The whole text (for the small parts: workbook, relationships, styles). */
  text(): Promise<string>;
  bytes(): Promise<Uint8Array>;
}

/**
 * The parts of the zip by name; null when it is not a zip this reader can take apart (not a
 * zip, Zip64, a method other than stored or deflated).
 */
export function readZip(
  bytes: Uint8Array,
  inflate: InflateChunks = inflateRaw
): Map<string, ZipPart> | null {
  const entries = zipEntries(bytes);
  if (!entries || entries === "zip64") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, ZipPart>();
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) return null;
    if (e.name.endsWith("/")) continue;
    const stored = (): Uint8Array => {
      const p = e.localOffset;
      if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50)
        throw new DamagedZip(e.name, "bad local header");
      // Without a data descriptor (flag bit 3) the local header repeats the CRC and sizes.
      if (
        (view.getUint16(p + 6, true) & 8) === 0 &&
        (view.getUint32(p + 14, true) !== e.crc ||
          view.getUint32(p + 18, true) !== e.compressed ||
          view.getUint32(p + 22, true) !== e.unpacked)
      )
        throw new DamagedZip(e.name, "local header differs from the directory");
      const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
      if (start + e.compressed > bytes.length) throw new DamagedZip(e.name, "bad size");
      return bytes.subarray(start, start + e.compressed);
    };
    async function* chunks(): AsyncIterable<Uint8Array> {
      const data = stored();
      let size = 0;
      let crc = 0;
      try {
        for await (const chunk of e.method === 0 ? [data] : inflate(data)) {
          size += chunk.length;
          if (size > e.unpacked) throw new DamagedZip(e.name, "bad size");
          crc = crc32(chunk, crc);
          yield chunk;
        }
      } catch (err) {
        // The inflater's own error (a damaged deflate stream) says the same.
        throw err instanceof DamagedZip ? err : new DamagedZip(e.name, "bad data");
      }
      if (size !== e.unpacked) throw new DamagedZip(e.name, "bad size");
      if (crc !== e.crc) throw new DamagedZip(e.name, "bad CRC");
    }
    const scan = async (onText: (text: string, last: boolean) => void): Promise<void> => {
      const decoder = new TextDecoder();
      for await (const chunk of chunks()) {
        const text = decoder.decode(chunk, { stream: true });
        if (text.length > 0) onText(text, false);
      }
      onText(decoder.decode(), true);
    };
    parts.set(e.name, {
      name: e.name,
      method: e.method,
      crc: e.crc,
      size: e.unpacked,
      stored,
      chunks,
      scan,
      async text(): Promise<string> {
        const pieces: string[] = [];
        await scan((t) => pieces.push(t));
        return pieces.join("");
      },
      async bytes(): Promise<Uint8Array> {
        const out = new Uint8Array(e.unpacked);
        let at = 0;
        for await (const c of chunks()) {
          out.set(c, at);
          at += c.length;
        }
        return out;
      },
    });
  }
  return parts;
}

/** The first `atLeast` unpacked bytes of a part (fewer when it is shorter), or null. */
export async function partHead(part: ZipPart, atLeast: number): Promise<Uint8Array | null> {
  const got: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const c of part.chunks()) {
      got.push(c);
      size += c.length;
      if (size >= atLeast) break;
    }
  } catch {
    if (size === 0) return null;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of got) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
