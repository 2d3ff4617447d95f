/**
 * The workbook level of a package edited in place: its sheets and their parts, sheets added
 * from another workbook (one yibao wrote), the calculation settings. Every part not named
 * here is left as it was.
 */
import { MINIMAL_STYLES, Styles } from "./xlsxPatchStyles";
import {
  attr,
  children,
  CONTENT,
  escapeXml,
  NS,
  Package,
  prefixFor,
  resolveTarget,
  rootContent,
  rootPrefix,
  setAttr,
  Utf8Builder,
} from "./xlsxPatchXml";

export interface SheetPart {
  name: string;
  path: string;
}

/** Elements of a workbook that come before definedNames (CT_Workbook's order). */
const BEFORE_NAMES = ["sheets", "functionGroups", "externalReferences"];

export class Book {
  private constructor(
    readonly pkg: Package,
    readonly path: string,
    private xml: string,
    readonly sheets: SheetPart[]
  ) {}

  static async open(pkg: Package): Promise<Book> {
    const main = (await pkg.rels("")).find((r) => r.type === NS.officeDocument);
    const path = main ? resolveTarget("", main.target) : "xl/workbook.xml";
    const xml = await pkg.text(path);
    if (xml === null) throw new Error("not a workbook");
    const rels = await pkg.rels(path);
    const rp = prefixFor(xml, NS.rel) ?? "r";
    const sheets: SheetPart[] = [];
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
      const rel = rels.find((r) => r.id === attr(m[0], `${rp}:id`));
      if (rel && rel.type === NS.worksheet)
        sheets.push({ name: attr(m[0], "name") ?? "", path: resolveTarget(path, rel.target) });
      else sheets.push({ name: attr(m[0], "name") ?? "", path: "" });
    }
    return new Book(pkg, path, xml, sheets);
  }

  /** The folder the workbook's parts live in ("xl/"). */
  get dir(): string {
    return this.path.slice(0, this.path.lastIndexOf("/") + 1);
  }

  /** The workbook's styles, created when the package has none. */
  async styles(): Promise<{ styles: Styles; save: () => void }> {
    const rel = (await this.pkg.rels(this.path)).find((r) => r.type === NS.styles);
    let path = rel ? resolveTarget(this.path, rel.target) : `${this.dir}styles.xml`;
    let xml = rel ? await this.pkg.text(path) : null;
    if (xml === null) {
      path = this.pkg.has(`${this.dir}styles.xml`)
        ? this.pkg.freeName(`${this.dir}styles`, ".xml")
        : `${this.dir}styles.xml`;
      xml = MINIMAL_STYLES;
      await this.pkg.addRel(this.path, NS.styles, path);
      await this.pkg.contentType(path, CONTENT.styles);
    }
    const styles = new Styles(xml);
    return { styles, save: () => this.pkg.set(path, styles.text()) };
  }

  /** Inserts `text` at the end of the top-level element `name`, or as a new one after `after`. */
  private place(name: string, text: string, after: string[]): void {
    const p = rootPrefix(this.xml);
    const { from, to } = rootContent(this.xml);
    const spans = children(this.xml, from, to);
    const own = spans.find((s) => s.name === name);
    if (own && !this.xml.slice(own.start, own.end).endsWith("/>")) {
      const at = this.xml.lastIndexOf("</", own.end - 1);
      this.xml = this.xml.slice(0, at) + text + this.xml.slice(at);
      return;
    }
    const wrapped = `<${p}${name}>${text}</${p}${name}>`;
    if (own) {
      this.xml = this.xml.slice(0, own.start) + wrapped + this.xml.slice(own.end);
      return;
    }
    const before = spans.filter((s) => after.includes(s.name)).pop();
    const at = before ? before.end : from;
    this.xml = this.xml.slice(0, at) + wrapped + this.xml.slice(at);
  }

  /** Adds a sheet part (its XML) at the end of the workbook; returns its position. */
  async addSheet(name: string, sheetXml: Uint8Array): Promise<number> {
    const path = this.pkg.freeName(`${this.dir}worksheets/sheet`, ".xml");
    this.pkg.setBytes(path, sheetXml);
    await this.pkg.contentType(path, CONTENT.worksheet);
    const id = await this.pkg.addRel(this.path, NS.worksheet, path);
    const ids = [...this.xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) =>
      Number(attr(m[0], "sheetId") ?? 0)
    );
    const p = rootPrefix(this.xml);
    const rp = prefixFor(this.xml, NS.rel);
    const ref = rp ? `${rp}:id="${id}"` : `xmlns:r="${NS.rel}" r:id="${id}"`;
    const sheetId = Math.max(0, ...ids) + 1;
    this.place("sheets", `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${ref}/>`, []);
    this.sheets.push({ name, path });
    return this.sheets.length - 1;
  }

  /** Adds a defined name (as the element's text from another workbook) for a sheet of this one. */
  addDefinedName(element: string, sheetIndex: number): void {
    const p = rootPrefix(this.xml);
    const text = element
      .replace(/^<(?:[\w.-]+:)?definedName\b/, `<${p}definedName`)
      .replace(/<\/(?:[\w.-]+:)?definedName>$/, `</${p}definedName>`);
    const open = text.slice(0, text.indexOf(">") + 1);
    this.place(
      "definedNames",
      setAttr(open, "localSheetId", String(sheetIndex)) + text.slice(open.length),
      BEFORE_NAMES
    );
  }

  /** Excel and WPS recalculate every formula on opening (the cached results are for viewers). */
  fullCalcOnLoad(): void {
    const m = /<(?:[\w.-]+:)?calcPr\b[^>]*>/.exec(this.xml);
    if (m) {
      this.xml =
        this.xml.slice(0, m.index) +
        setAttr(m[0], "fullCalcOnLoad", "1") +
        this.xml.slice(m.index + m[0].length);
      return;
    }
    const p = rootPrefix(this.xml);
    const { from, to } = rootContent(this.xml);
    const before = children(this.xml, from, to)
      .filter((s) => [...BEFORE_NAMES, "definedNames"].includes(s.name))
      .pop();
    const at = before ? before.end : from;
    this.xml = this.xml.slice(0, at) + `<${p}calcPr fullCalcOnLoad="1"/>` + this.xml.slice(at);
  }

  /** Drops the calculation chain, a cache Excel rebuilds, when formulas were changed. */
  async dropCalcChain(): Promise<void> {
    const rel = (await this.pkg.rels(this.path)).find((r) => r.type === NS.calcChain);
    if (!rel) return;
    const path = resolveTarget(this.path, rel.target);
    this.pkg.remove(path);
    await this.pkg.removeRels(this.path, NS.calcChain);
    await this.pkg.removeContentType(path);
  }

  save(): void {
    this.pkg.set(this.path, this.xml);
  }
}

/**
 * A sheet exceljs wrote (<c r=".." s=".." t="s"><v>k</v></c>) with its cell formats renumbered
 * and its shared strings written inline. One scan with indexOf, not a regex with a callback a
 * cell: 进度汇总 has a row per unit, a million cells at county scale.
 */
function renumberCells(xml: string, remap: (xf: number) => number, strings: string[]): Uint8Array {
  const out = new Utf8Builder();
  let copied = 0;
  for (let i = xml.indexOf("<c ", 0); i >= 0; i = xml.indexOf("<c ", i + 1)) {
    const gt = xml.indexOf(">", i);
    const self = xml.charCodeAt(gt - 1) === 47;
    let tag = xml.slice(i + 2, self ? gt - 1 : gt);
    const s = / s="(\d+)"/.exec(tag);
    tag = (s ? tag.replace(s[0], "") : tag) + ` s="${remap(s ? Number(s[1]) : 0)}"`;
    let end = gt + 1;
    let inner = "";
    if (!self) {
      end = xml.indexOf("</c>", gt) + 4;
      inner = xml.slice(gt + 1, end - 4);
      const shared = tag.includes(' t="s"') ? /^<v>(\d+)<\/v>$/.exec(inner) : null;
      if (shared) {
        tag = tag.replace(' t="s"', ' t="inlineStr"');
        inner = `<is>${strings[Number(shared[1])] ?? ""}</is>`;
      }
    }
    out.push(xml.slice(copied, i) + (self ? `<c${tag}/>` : `<c${tag}>${inner}</c>`));
    copied = end;
    i = end - 1;
  }
  out.push(xml.slice(copied));
  return out.bytes();
}

/**
 * The sheets of another package (one yibao wrote: strings shared, no parts of their own)
 * grafted into this workbook: their text made inline, their cell formats brought into this
 * workbook's styles, their print titles kept.
 */
export async function graftSheets(book: Book, styles: Styles, from: Uint8Array): Promise<void> {
  const other = await Package.open(from);
  const theirs = await Book.open(other);
  const remap = styles.graft(
    new Styles((await other.text(`${theirs.dir}styles.xml`)) ?? MINIMAL_STYLES)
  );
  const sst = (await other.text(`${theirs.dir}sharedStrings.xml`)) ?? "";
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const wbXml = (await other.text(theirs.path))!;
  const names = [...wbXml.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)].map(
    (m) => m[0]
  );
  for (const [k, sheet] of theirs.sheets.entries()) {
    if ((await other.rels(sheet.path)).length > 0)
      throw new Error(`internal: grafted sheet ${sheet.name} has parts of its own`);
    const xml = (await other.text(sheet.path))!
      // Only one sheet of the clerk's stays selected (several selected tabs are a group).
      .replace(/\stabSelected="1"/g, "")
      .replace(
        /(<row\b[^>]*\ss=")(\d+)"/g,
        (_, lead: string, n: string) => `${lead}${remap(Number(n))}"`
      )
      .replace(
        /(<col\b[^>]*\sstyle=")(\d+)"/g,
        (_, lead: string, n: string) => `${lead}${remap(Number(n))}"`
      );
    other.forget(sheet.path);
    const index = await book.addSheet(sheet.name, renumberCells(xml, remap, strings));
    for (const n of names) if (attr(n, "localSheetId") === String(k)) book.addDefinedName(n, index);
  }
}
