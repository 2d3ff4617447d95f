/**
 * The parts of an .xlsx (a zip) as text, unpacked and decoded a chunk at a time: a part is
 * handed on as it comes, so neither its bytes nor its text are ever whole in memory.
 */
import type { InflateChunks } from "./inflate";
import { zipEntries } from "./limits";

export interface Part {
  /** Calls `onText` with each piece of the part's text, in order; `last` on the final one. */
  scan(onText: (text: string, last: boolean) => void): Promise<void>;
  /** The whole text (for the small parts: workbook, relationships, styles). */
  text(): Promise<string>;
}

/** The parts of the zip by name; null when it is not a zip this reader can take apart. */
export function zipParts(bytes: Uint8Array, inflate: InflateChunks): Map<string, Part> | null {
  const entries = zipEntries(bytes);
  if (!entries || entries === "zip64") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, Part>();
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) return null;
    const scan = async (onText: (text: string, last: boolean) => void): Promise<void> => {
      const p = e.localOffset;
      if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50)
        throw new Error(`bad local header: ${e.name}`);
      const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
      const data = bytes.subarray(start, start + e.compressed);
      const decoder = new TextDecoder();
      let size = 0;
      const chunks = e.method === 0 ? [data] : inflate(data);
      for await (const chunk of chunks) {
        size += chunk.length;
        if (size > e.unpacked) throw new Error(`bad size: ${e.name}`);
        const text = decoder.decode(chunk, { stream: true });
        if (text.length > 0) onText(text, false);
      }
      if (size !== e.unpacked) throw new Error(`bad size: ${e.name}`);
      onText(decoder.decode(), true);
    };
    parts.set(e.name, {
      scan,
      async text(): Promise<string> {
        const pieces: string[] = [];
        await scan((t) => pieces.push(t));
        return pieces.join("");
      },
    });
  }
  return parts;
}
