/**
 * The cell formats of a workbook yibao writes (styles.xml): each distinct look a CellSpec asks
 * for (number format, bold, size, fill, alignment, wrap, border, quote prefix) is one cell
 * format, numbered as it is first asked for. Fonts, fills, borders and number formats are
 * shared between the formats that use them.
 */
import type { CellSpec } from "../core/sheet/spec";
import { escapeXml } from "./xlsxPatchXml";

/** What decides a cell's look. */
export interface CellLook {
  cell: CellSpec | null;
  /** The cell is in a column that must stay text (ID numbers): format "@". */
  textColumn: boolean;
  /** Inside the table's thin borders. */
  bordered: boolean;
  /** Text a spreadsheet could take for a formula: shown as typed. */
  quoted: boolean;
}

/** Excel's built-in number formats, which styles.xml refers to by number alone. */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

const FONT_BODY = `<sz val="11"/><name val="Calibri"/><family val="2"/>`;
const THIN_SIDE = `<color indexed="64"/>`;

class Indexed {
  private readonly at = new Map<string, number>();
  readonly items: string[] = [];
  constructor(initial: string[] = []) {
    for (const i of initial) this.add(i);
  }
  add(item: string): number {
    let n = this.at.get(item);
    if (n === undefined) {
      n = this.items.length;
      this.items.push(item);
      this.at.set(item, n);
    }
    return n;
  }
}

export class CellStyles {
  private readonly byLook = new Map<string, number>();
  private readonly plain: (number | undefined)[] = [];
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Indexed([`<font>${FONT_BODY}</font>`]);
  private readonly fills = new Indexed([
    `<fill><patternFill patternType="none"/></fill>`,
    `<fill><patternFill patternType="gray125"/></fill>`,
  ]);
  private readonly borders = new Indexed([
    `<border><left/><right/><top/><bottom/><diagonal/></border>`,
    `<border><left style="thin">${THIN_SIDE}</left><right style="thin">${THIN_SIDE}</right><top style="thin">${THIN_SIDE}</top><bottom style="thin">${THIN_SIDE}</bottom><diagonal/></border>`,
  ]);
  private readonly xfs = new Indexed([
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
  ]);

  /** The number of the cell format for this look (0: the default, nothing to say). */
  index({ cell, textColumn, bordered, quoted }: CellLook): number {
    // Most cells of a long sheet say nothing of their look: their format is one of eight.
    const plain =
      !cell ||
      (!cell.numFmt && !cell.bold && !cell.fontSize && !cell.fill && !cell.align && !cell.wrap);
    const slot = plain ? (textColumn ? 4 : 0) + (bordered ? 2 : 0) + (quoted ? 1 : 0) : -1;
    if (slot >= 0 && this.plain[slot] !== undefined) return this.plain[slot];
    const key = [
      textColumn ? 1 : 0,
      bordered ? 1 : 0,
      quoted ? 1 : 0,
      cell?.numFmt ?? "",
      cell?.bold ? 1 : 0,
      cell?.fontSize ?? "",
      cell?.fill ?? "",
      cell?.align ?? "",
      cell?.wrap ? 1 : 0,
    ].join("|");
    let n = this.byLook.get(key);
    if (n === undefined) {
      n = this.xfs.add(this.xf({ cell, textColumn, bordered, quoted }));
      this.byLook.set(key, n);
    }
    if (slot >= 0) this.plain[slot] = n;
    return n;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private xf({ cell, textColumn, bordered, quoted }: CellLook): string {
    const code = cell?.numFmt ?? (textColumn ? "@" : undefined);
    const numFmtId = code ? this.numFmtId(code) : 0;
    const font =
      cell?.bold || cell?.fontSize
        ? this.fonts.add(
            `<font>${cell.bold ? "<b/>" : ""}${FONT_BODY.replace('val="11"', `val="${cell.fontSize ?? 11}"`)}</font>`
          )
        : 0;
    const fill = cell?.fill
      ? this.fills.add(
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${cell.fill}"/><bgColor indexed="64"/></patternFill></fill>`
        )
      : 0;
    const border = bordered ? 1 : 0;
    let attrs = `numFmtId="${numFmtId}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`;
    if (numFmtId) attrs += ` applyNumberFormat="1"`;
    if (font) attrs += ` applyFont="1"`;
    if (fill) attrs += ` applyFill="1"`;
    if (border) attrs += ` applyBorder="1"`;
    if (quoted) attrs += ` quotePrefix="1"`;
    // In a table, every cell sits in the middle of its row's height: a row made tall by one
    // wrapped cell would otherwise print its 序号 at the bottom.
    if (!cell?.align && !cell?.wrap)
      return bordered
        ? `<xf ${attrs} applyAlignment="1"><alignment vertical="center"/></xf>`
        : `<xf ${attrs}/>`;
    const horizontal = cell.align ? ` horizontal="${cell.align}"` : "";
    const wrap = cell.wrap ? ` wrapText="1"` : "";
    return `<xf ${attrs} applyAlignment="1"><alignment${horizontal} vertical="center"${wrap}/></xf>`;
  }

  /** styles.xml with every format asked for so far. */
  xml(): string {
    const section = (name: string, items: string[]): string =>
      `<${name} count="${items.length}">${items.join("")}</${name}>`;
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (numFmts.length > 0 ? section("numFmts", numFmts) : "") +
      section("fonts", this.fonts.items) +
      section("fills", this.fills.items) +
      section("borders", this.borders.items) +
      section("cellStyleXfs", [`<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`]) +
      section("cellXfs", this.xfs.items) +
      section("cellStyles", [`<cellStyle name="Normal" xfId="0" builtinId="0"/>`]) +
      `<dxfs count="0"/><tableStyles count="0"/>` +
      `</styleSheet>`
    );
  }
}
