/**
 * What exceljs' streaming WorkbookWriter needs of `archiver` (a Node zip library), for the
 * standalone page's worker: entries appended as text, bytes or exceljs' own streams, zipped
 * with jszip (already a dependency) when the workbook is finalised. Each sheet arrives as
 * its XML text, so no cell model of the workbook is held, only the text being zipped.
 */
import { EventEmitter } from "events";
import JSZip from "jszip";

interface Sink {
  write(chunk: Uint8Array, callback?: () => void): boolean;
  end(chunk?: Uint8Array): void;
}

interface Source {
  pipe(destination: Sink): unknown;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  chunks.length = 0;
  return out;
}

class ZipArchive extends EventEmitter {
  private zip = new JSZip();
  private pending: Promise<void>[] = [];
  private out: Sink | null = null;

  pipe<T extends Sink>(destination: T): T {
    this.out = destination;
    return destination;
  }

  append(source: string | Uint8Array | Source, options: { name: string }): this {
    const name = options.name.replace(/^\//, "");
    if (typeof source === "string" || source instanceof Uint8Array) {
      this.zip.file(name, source);
      return this;
    }
    this.pending.push(
      new Promise<void>((resolve) => {
        const chunks: Uint8Array[] = [];
        source.pipe({
          write(chunk, callback) {
            chunks.push(chunk);
            callback?.();
            return true;
          },
          end: () => {
            this.zip.file(name, concat(chunks));
            resolve();
          },
        });
      })
    );
    return this;
  }

  finalize(): void {
    Promise.all(this.pending)
      .then(() => this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }))
      .then((bytes) => this.out?.end(bytes))
      .catch((error: unknown) => this.emit("error", error));
  }
}

export default function archiver(): ZipArchive {
  return new ZipArchive();
}
