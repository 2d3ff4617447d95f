/**
 * What exceljs' streaming WorkbookWriter needs of `archiver` (a Node zip library), for the
 * standalone page's worker: entries appended as text, bytes or exceljs' own streams, each
 * deflated as it arrives by the browser's CompressionStream("deflate-raw"), so that only the
 * compressed workbook is held, never a sheet's whole XML; the zip's headers are written on
 * finalize (PKWARE APPNOTE: local headers, central directory, end record; UTF-8 names).
 */
import { EventEmitter } from "events";

interface Sink {
  /** Bytes written and not yet compressed (the field a Node Writable keeps them in). */
  _writableState?: { length: number };
  write(chunk: Uint8Array, callback?: () => void): boolean;
  end(chunk?: Uint8Array): void;
}

interface Source {
  pipe(destination: Sink): unknown;
}

interface Entry {
  name: Uint8Array;
  crc: number;
  size: number;
  compressed: Uint8Array[];
  compressedSize: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Deflates what `feed` writes, keeping the running CRC and sizes of the raw bytes. */
function deflated(
  name: string,
  feed: (write: (chunk: Uint8Array) => Promise<void>, close: () => Promise<void>) => void
): Promise<Entry> {
  const stream = new CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const entry: Entry = {
    name: new TextEncoder().encode(name),
    crc: 0,
    size: 0,
    compressed: [],
    compressedSize: 0,
  };
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return entry;
      entry.compressed.push(value);
      entry.compressedSize += value.length;
    }
  })();
  feed(
    (chunk) => {
      entry.crc = crc32(entry.crc, chunk);
      entry.size += chunk.length;
      return writer.write(chunk as BufferSource);
    },
    () => writer.close()
  );
  return reading;
}

class ZipArchive extends EventEmitter {
  private entries: Promise<Entry>[] = [];
  private out: Sink | null = null;

  pipe<T extends Sink>(destination: T): T {
    this.out = destination;
    return destination;
  }

  append(source: string | Uint8Array | Source, options: { name: string }): this {
    const name = options.name.replace(/^\//, "");
    if (typeof source === "string" || source instanceof Uint8Array) {
      const bytes = typeof source === "string" ? new TextEncoder().encode(source) : source;
      this.entries.push(deflated(name, (write, close) => void write(bytes).then(close)));
      return this;
    }
    this.entries.push(
      deflated(name, (write, close) => {
        // What was written but not yet taken by the compressor, where a Node stream keeps it:
        // src/io/xlsxStream.ts waits on it, so a sheet's XML never piles up here.
        const backlog = { length: 0 };
        source.pipe({
          _writableState: backlog,
          write(chunk, callback) {
            // exceljs hands over each buffer for good (a new one is made for the next bytes).
            backlog.length += chunk.length;
            void write(chunk).then(() => {
              backlog.length -= chunk.length;
              callback?.();
            });
            return true;
          },
          end() {
            void close();
          },
        });
      })
    );
    return this;
  }

  finalize(): void {
    Promise.all(this.entries)
      .then((entries) => this.out?.end(zipFile(entries)))
      .catch((error: unknown) => this.emit("error", error));
  }
}

function zipFile(entries: Entry[]): Uint8Array {
  const local = entries.reduce((n, e) => n + 30 + e.name.length + e.compressedSize, 0);
  const central = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const common = (p: number, e: Entry): void => {
    view.setUint16(p, 20, true); // version needed
    view.setUint16(p + 2, 0x0800, true); // UTF-8 names
    view.setUint16(p + 4, 8, true); // deflate
    view.setUint16(p + 6, 0, true); // time
    view.setUint16(p + 8, 0x21, true); // 1980-01-01
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.compressedSize, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
    view.setUint16(p + 24, 0, true);
  };
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e);
    out.set(e.name, at + 30);
    at += 30 + e.name.length;
    for (const c of e.compressed) {
      out.set(c, at);
      at += c.length;
    }
    e.compressed = [];
  }
  const cd = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by
    common(at + 6, e);
    // comment length, disk, internal and external attributes: 0
    view.setUint32(at + 42, offsets[i], true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - cd, true);
  view.setUint32(at + 16, cd, true);
  return out;
}

export default function archiver(): ZipArchive {
  return new ZipArchive();
}
