/**
 * The workbook's styles.xml, extended in place: a marked cell gets a copy of its own cell
 * format with the mark's fill (so its font, border, number format and alignment stay), and
 * the sheets yibao adds bring their formats along. Existing formats keep their numbers, so
 * no cell of the clerk's changes its look.
 */
import { attr, children, escapeXml, rootContent, rootPrefix, setAttr } from "./xlsxPatchXml";

/** The order of the sections of a styleSheet (where a missing one is inserted). */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";
const EDITED: Section[] = ["numFmts", "fonts", "fills", "borders", "cellXfs"];

/** A styles.xml with nothing but what Excel requires, for a package that has none. */
export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

function startTag(item: string): string {
  return item.slice(0, item.indexOf(">") + 1);
}

function withStartTag(item: string, tag: string): string {
  return tag + item.slice(item.indexOf(">") + 1);
}

function num(v: string | undefined): number {
  const n = Number(v ?? 0);
  return Number.isFinite(n) ? n : 0;
}

export class Styles {
  private readonly items = new Map<Section, string[]>();
  private readonly dirty = new Set<Section>();
  private readonly prefix: string;
  private readonly filled = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml);
    const { from, to } = rootContent(xml);
    for (const s of children(xml, from, to)) {
      if (!(EDITED as string[]).includes(s.name)) continue;
      const text = xml.slice(s.start, s.end);
      const open = text.indexOf(">") + 1;
      const inner = text.endsWith("/>") ? [] : children(text, open, text.lastIndexOf("<"));
      this.items.set(
        s.name as Section,
        inner.map((c) => text.slice(c.start, c.end))
      );
    }
  }

  private list(section: Section): string[] {
    let l = this.items.get(section);
    if (!l) {
      l = [];
      this.items.set(section, l);
    }
    return l;
  }

  /** The index of an item equal to `item`, appended when there is none. */
  private add(section: Section, item: string): number {
    const l = this.list(section);
    const at = l.indexOf(item);
    if (at >= 0) return at;
    l.push(item);
    this.dirty.add(section);
    return l.length - 1;
  }

  /** A cell format like `xf` with a solid fill of `rgb` (6 hex digits). */
  withFill(xf: number, rgb: string): number {
    const key = `${xf}:${rgb}`;
    const known = this.filled.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const fill = this.add(
      "fills",
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
    );
    const xfs = this.list("cellXfs");
    const base =
      xfs[xf] ?? xfs[0] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const tag = setAttr(setAttr(startTag(base), "fillId", String(fill)), "applyFill", "1");
    const index = this.add("cellXfs", withStartTag(base, tag));
    this.filled.set(key, index);
    return index;
  }

  /** The number format id of a format code, added when the workbook has none for it. */
  private numFmt(code: string): number {
    const fmts = this.list("numFmts");
    const same = fmts.find((f) => attr(f, "formatCode") === code);
    if (same) return num(attr(same, "numFmtId"));
    const id = Math.max(163, ...fmts.map((f) => num(attr(f, "numFmtId")))) + 1;
    this.add("numFmts", `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private prefixed(fragment: string): string {
    const p = this.prefix;
    return p ? fragment.replace(/<(\/?)([A-Za-z][\w.-]*[\s/>])/g, `<$1${p}$2`) : fragment;
  }

  /**
   * Brings the cell formats of another workbook's styles (a sheet yibao wrote) into this one;
   * returns the map from its format numbers to the numbers here.
   */
  graft(other: Styles): (xf: number) => number {
    const memo = new Map<number, number>();
    const from = (s: Section, i: string | undefined): string =>
      this.prefixed(other.list(s)[num(i)] ?? other.list(s)[0] ?? "");
    return (xf: number): number => {
      const known = memo.get(xf);
      if (known !== undefined) return known;
      const item = other.list("cellXfs")[xf] ?? other.list("cellXfs")[0];
      let tag = startTag(item);
      const fmtId = num(attr(tag, "numFmtId"));
      if (fmtId >= 164) {
        const code = other.list("numFmts").find((f) => num(attr(f, "numFmtId")) === fmtId);
        tag = setAttr(tag, "numFmtId", String(code ? this.numFmt(attr(code, "formatCode")!) : 0));
      }
      tag = setAttr(tag, "fontId", String(this.add("fonts", from("fonts", attr(tag, "fontId")))));
      tag = setAttr(tag, "fillId", String(this.add("fills", from("fills", attr(tag, "fillId")))));
      tag = setAttr(
        tag,
        "borderId",
        String(this.add("borders", from("borders", attr(tag, "borderId"))))
      );
      tag = setAttr(tag, "xfId", "0");
      const index = this.add("cellXfs", this.prefixed(withStartTag(item, tag)));
      memo.set(xf, index);
      return index;
    };
  }

  /** The styles.xml text: sections that changed rebuilt with their counts, the rest as it was. */
  text(): string {
    if (this.dirty.size === 0) return this.xml;
    const p = this.prefix;
    const { from, to } = rootContent(this.xml);
    const spans = children(this.xml, from, to);
    let out = "";
    let at = from;
    const emit = (s: Section, open?: string): string => {
      const l = this.list(s);
      const tag = setAttr(open ?? `<${p}${s}>`, "count", String(l.length)).replace(/\/>$/, ">");
      return `${tag}${l.join("")}</${p}${s}>`;
    };
    const pending = EDITED.filter((s) => this.dirty.has(s) && !spans.some((x) => x.name === s));
    for (const span of spans) {
      // A section that was missing goes before the first section that follows it in order.
      while (pending.length > 0 && ORDER.indexOf(pending[0]) < ORDER.indexOf(span.name)) {
        out += this.xml.slice(at, span.start) + emit(pending.shift()!);
        at = span.start;
      }
      if (this.dirty.has(span.name as Section)) {
        const text = this.xml.slice(span.start, span.end);
        out += this.xml.slice(at, span.start) + emit(span.name as Section, startTag(text));
        at = span.end;
      }
    }
    out += this.xml.slice(at, to) + pending.map((s) => emit(s)).join("");
    return this.xml.slice(0, from) + out + this.xml.slice(to);
  }
}
