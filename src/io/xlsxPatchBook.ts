/**
 * The workbook level of a package edited in place: its sheets and their parts, sheets added
 * by yibao (./xlsxGraftRows), the calculation settings. Every part not named
 * here is left as it was.
 */
import type { Package } from "./xlsxPackage";
import { MINIMAL_STYLES, Styles } from "./xlsxPatchStyles";
import {
  attr,
  children,
  declaredPrefix,
  CONTENT,
  escapeXml,
  NS,
  prefixFor,
  resolveTarget,
  rootContent,
  rootPrefix,
  setAttr,
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
      // The tag may declare the prefix itself (openpyxl).
      const own = declaredPrefix(m[0], NS.rel) ?? rp;
      const rel = rels.find((r) => r.id === attr(m[0], `${own}:id`));
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
