/**
 * The annotated copy's package (see annotateWorkbook.ts): its parts as text, read once with
 * the one zip reader (./zipRead) and written back only when changed; every other part is
 * copied as it was compressed.
 */
import { attr, escapeXml, type Rel, relativeTarget, relsPathOf, rootPrefix } from "./xlsxPatchXml";
import { type DeflateFactory, memorySink, platformDeflate, ZipWriter } from "./zip";
import { readZip, type ZipPart } from "./zipRead";

export class Package {
  private readonly texts = new Map<string, string>();
  private readonly binary = new Map<string, Uint8Array>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();

  private constructor(private readonly parts: Map<string, ZipPart>) {}

  static async open(bytes: Uint8Array): Promise<Package> {
    const parts = readZip(bytes);
    if (!parts) throw new Error("not a zip this reader can take apart");
    return new Package(parts);
  }

  private original(path: string): ZipPart | undefined {
    return this.removed.has(path) ? undefined : this.parts.get(path);
  }

  has(path: string): boolean {
    return this.texts.has(path) || this.binary.has(path) || this.original(path) !== undefined;
  }

  async text(path: string): Promise<string | null> {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const part = this.original(path);
    if (!part || this.binary.has(path)) return null;
    const t = await part.text();
    this.texts.set(path, t);
    return t;
  }

  set(path: string, text: string): void {
    this.texts.set(path, text);
    this.binary.delete(path);
    this.changed.add(path);
  }

  /** A part's new content as UTF-8 bytes (a big sheet); it is not read back as text. */
  setBytes(path: string, bytes: Uint8Array): void {
    this.texts.delete(path);
    this.changed.delete(path);
    this.binary.set(path, bytes);
  }

  /** Forgets a part's text once it is no longer needed (the original of a rewritten sheet). */
  forget(path: string): void {
    if (!this.changed.has(path)) this.texts.delete(path);
  }

  remove(path: string): void {
    this.texts.delete(path);
    this.binary.delete(path);
    this.changed.delete(path);
    this.removed.add(path);
  }

  /** A part name not taken: `${stem}${n}${ext}` with the smallest n from 1. */
  freeName(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const p = `${stem}${n}${ext}`;
      if (!this.has(p)) return p;
    }
  }

  /** The parts, the original ones in their order, then the new ones. */
  names(): string[] {
    const out = [...this.parts.keys()].filter((n) => !this.removed.has(n));
    for (const n of [...this.changed, ...this.binary.keys()])
      if (!this.parts.has(n) || this.removed.has(n)) if (!out.includes(n)) out.push(n);
    return out;
  }

  async rels(part: string): Promise<Rel[]> {
    const xml = await this.text(relsPathOf(part));
    if (!xml) return [];
    return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => ({
      id: attr(m[0], "Id") ?? "",
      type: attr(m[0], "Type") ?? "",
      target: attr(m[0], "Target") ?? "",
      external: attr(m[0], "TargetMode") === "External",
    }));
  }

  /** Adds a relationship from `part` to `path`; returns its new id. */
  async addRel(part: string, type: string, path: string): Promise<string> {
    const relsPath = relsPathOf(part);
    const xml =
      (await this.text(relsPath)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const taken = new Set((await this.rels(part)).map((r) => r.id));
    let n = 1;
    while (taken.has(`rIdYb${n}`)) n++;
    const id = `rIdYb${n}`;
    const at = xml.lastIndexOf("</");
    const p = rootPrefix(xml);
    this.set(
      relsPath,
      xml.slice(0, at) +
        `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, path))}"/>` +
        xml.slice(at)
    );
    return id;
  }

  /** Removes the relationships of `part` of a type. */
  async removeRels(part: string, type: string): Promise<void> {
    const relsPath = relsPathOf(part);
    const xml = await this.text(relsPath);
    if (!xml) return;
    this.set(
      relsPath,
      xml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g, (m) => (attr(m, "Type") === type ? "" : m))
    );
  }

  /** Declares a part's content type ([Content_Types].xml), or a default for its extension. */
  async contentType(path: string, type: string, byExtension = false): Promise<void> {
    const ctPath = "[Content_Types].xml";
    const xml = (await this.text(ctPath))!;
    const p = rootPrefix(xml);
    let entry: string;
    if (byExtension) {
      const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
      const has = [...xml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)].some(
        (m) => attr(m[0], "Extension")?.toLowerCase() === ext
      );
      if (has) return;
      entry = `<${p}Default Extension="${ext}" ContentType="${type}"/>`;
    } else {
      entry = `<${p}Override PartName="/${escapeXml(path)}" ContentType="${type}"/>`;
    }
    const at = xml.lastIndexOf("</");
    this.set(ctPath, xml.slice(0, at) + entry + xml.slice(at));
  }

  async removeContentType(path: string): Promise<void> {
    const ctPath = "[Content_Types].xml";
    const xml = (await this.text(ctPath))!;
    this.set(
      ctPath,
      xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*>/g, (m) =>
        attr(m, "PartName") === `/${path}` ? "" : m
      )
    );
  }

  /** The package's bytes: changed parts compressed again, the rest copied as they were. */
  async bytes(deflate: DeflateFactory = platformDeflate()): Promise<Uint8Array> {
    const sink = memorySink();
    const zip = new ZipWriter(sink, deflate);
    for (const name of this.names()) {
      const bytes = this.binary.get(name);
      const text = this.changed.has(name) ? this.texts.get(name) : undefined;
      if (bytes) await zip.file(name, bytes);
      else if (text !== undefined) await zip.file(name, text);
      else await zip.copy(name, this.parts.get(name)!);
    }
    await zip.finish();
    this.binary.clear();
    this.texts.clear();
    return sink.bytes();
  }
}
