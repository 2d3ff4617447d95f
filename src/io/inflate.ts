/**
 * Unpacking a zip part's deflated bytes. The reader takes a part a chunk at a time, so a
 * county's sheet (65 MB of XML at 200,000 rows) is never whole in memory. Node passes zlib
 * (./files, native and about twice as fast); elsewhere (the standalone page's Web Worker)
 * fflate does it in plain JavaScript.
 */
import { Inflate } from "fflate";
import type { PartialInflate } from "./limits";

/** The unpacked bytes of a whole deflated stream, in the order they come. */
export type InflateChunks = (
  deflated: Uint8Array
) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export interface Inflater {
  /** For the limits: a sheet's first block, where its declared row count is. */
  start: PartialInflate;
  chunks: InflateChunks;
}

/** Compressed bytes given to fflate at a time (each gives about half a megabyte of XML). */
const INPUT = 1 << 16;

function* fflateChunks(deflated: Uint8Array): Iterable<Uint8Array> {
  const out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    if (chunk.length > 0) out.push(chunk);
  });
  for (let p = 0; ; p += INPUT) {
    const end = Math.min(deflated.length, p + INPUT);
    inflater.push(deflated.subarray(p, end), end >= deflated.length);
    yield* out;
    out.length = 0;
    if (end >= deflated.length) return;
  }
}

function fflateStart(deflated: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [];
  new Inflate((chunk) => out.push(chunk)).push(deflated, false);
  if (out.length === 1) return out[0];
  const all = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** fflate's inflater, for where there is no zlib. */
export const fflateInflater: Inflater = { start: fflateStart, chunks: fflateChunks };
