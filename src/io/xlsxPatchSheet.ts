/**
 * One worksheet's XML with a few cells changed, the rest copied as it is. Rows without a
 * change are passed over whole (one search for their end), so a sheet of 200,000 rows costs
 * one pass over its text and no object per cell; a cell that is not in the file yet is added
 * in its place.
 */
import {
  attr,
  children,
  columnName,
  escapeXml,
  removeAttr,
  rootPrefix,
  setAttr,
  parseRef,
  unescapeXml,
  Utf8Builder,
} from "./xlsxPatchXml";
import { slideFormula } from "./xlsxPatchFormula";

/** What happens to one cell. */
export interface CellEdit {
  /** The fill to mark it with (6 hex digits). */
  fill?: string;
  /** Its new content: a number, or a formula with its cached result. */
  value?: { number: number } | { formula: string; result?: number };
}

/** The sheet's edits, by 0-based row then column. */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

export interface SheetPatch {
  edits: SheetEdits;
  /** The cell format a marked cell gets, from the format it has and the fill. */
  restyle: (xf: number, fill: string) => number;
  /** A legacyDrawing (the notes' shapes) to point to, when the sheet has none. */
  legacyDrawing?: string;
  /** The prefix bound to the relationships namespace in the sheet, if any. */
  relPrefix?: string | null;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Elements that come after legacyDrawing in a worksheet (CT_Worksheet's order). */
const AFTER_LEGACY = new Set([
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
  "AlternateContent",
]);

function tagEnd(xml: string, lt: number): number {
  return xml.indexOf(">", lt) + 1;
}

/** Column styles (<col min max style>), 0-based, for a cell that is not in the file yet. */
function columnStyles(head: string): { min: number; max: number; style: number }[] {
  return [...head.matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)].map((m) => ({
    min: Number(attr(m[0], "min")) - 1,
    max: Number(attr(m[0], "max")) - 1,
    style: Number(attr(m[0], "style") ?? 0),
  }));
}

/** A shared formula whose first cell a fix overwrote: its text, where it was, and its range. */
interface OrphanGroup {
  text: string;
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

/** A range "C6:E18" (or one cell) as 0-based corners, or null. */
function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const [a, b = a] = ref.split(":");
  const from = parseRef(a);
  const to = parseRef(b);
  if (!from || !to) return null;
  return { r0: from.row, c0: from.col, r1: to.row, c1: to.col };
}

/**
 * The <dimension ref> grown to cover the edited cells: a note or fill on an empty cell outside
 * the used range is then inside it (Excel and viewers use it to size the sheet).
 */
function grownDimension(tag: string, edits: SheetEdits): string {
  const ref = attr(tag, "ref");
  const range = ref ? parseRange(ref) : null;
  if (!range || edits.size === 0) return tag;
  let { r0, c0, r1, c1 } = range;
  for (const [row, line] of edits)
    for (const col of line.keys()) {
      r0 = Math.min(r0, row);
      r1 = Math.max(r1, row);
      c0 = Math.min(c0, col);
      c1 = Math.max(c1, col);
    }
  if (r0 === range.r0 && c0 === range.c0 && r1 === range.r1 && c1 === range.c1) return tag;
  const a1 = (r: number, c: number): string => `${columnName(c)}${r + 1}`;
  return setAttr(tag, "ref", r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`);
}

function cellContent(edit: CellEdit): string {
  const v = edit.value;
  if (!v) return "";
  if ("number" in v) return `<v>${v.number}</v>`;
  return (
    `<f>${escapeXml(v.formula.replace(/^=/, ""))}</f>` +
    (v.result === undefined ? "" : `<v>${v.result}</v>`)
  );
}

export function patchSheetXml(xml: string, patch: SheetPatch): Uint8Array {
  const p = rootPrefix(xml);
  const prefixed = (s: string): string => (p ? s.replace(/<(\/?)([fv])>/g, `<$1${p}$2>`) : s);
  const out = new Utf8Builder();
  let copied = 0;
  const copyTo = (i: number): void => {
    // The unchanged stretch between edits goes out in slices of at most 1M characters.
    for (let k = copied; k < i; k += 1 << 20) out.push(xml.slice(k, Math.min(i, k + (1 << 20))));
    copied = i;
  };

  const dataAt = xml.search(new RegExp(`<${p}sheetData[\\s/>]`));
  if (dataAt < 0) throw new Error("工作表中没有单元格数据（sheetData）");
  const dimension = new RegExp(`<${p}dimension\\b[^>]*>`).exec(xml.slice(0, dataAt));
  if (dimension) {
    copyTo(dimension.index);
    out.push(grownDimension(dimension[0], patch.edits));
    copied = dimension.index + dimension[0].length;
  }
  const cols = columnStyles(xml.slice(0, dataAt));
  const colStyle = (c: number): number => cols.find((x) => c >= x.min && c <= x.max)?.style ?? 0;
  const rowsToEdit = [...patch.edits.keys()].sort((a, b) => a - b);
  let next = 0;

  /** A cell that is not in the file: its own element, with the row's or column's format. */
  const newCell = (row: number, col: number, edit: CellEdit, rowStyle: number | null): string => {
    const base = rowStyle ?? colStyle(col);
    const s = edit.fill ? patch.restyle(base, edit.fill) : base;
    const content = prefixed(cellContent(edit));
    const ref = `${columnName(col)}${row + 1}`;
    return content
      ? `<${p}c r="${ref}" s="${s}">${content}</${p}c>`
      : `<${p}c r="${ref}" s="${s}"/>`;
  };
  const newRow = (row: number): string => {
    const cells = [...patch.edits.get(row)!.entries()].sort((a, b) => a[0] - b[0]);
    return `<${p}row r="${row + 1}">${cells.map(([c, e]) => newCell(row, c, e, null)).join("")}</${p}row>`;
  };

  /** Shared formulas whose first cell a fix overwrote, by si: their other cells get the text. */
  const orphans = new Map<string, OrphanGroup>();
  const inOrphanGroup = (row: number): boolean =>
    [...orphans.values()].some((g) => row >= g.row && row <= g.lastRow);
  const fRe = new RegExp(`<${p}f\\b[^>]*>`);
  /** Notes the shared formula a cell overwritten by a fix was the first of. */
  const orphan = (cell: string, row: number, col: number): void => {
    const f = fRe.exec(cell);
    if (!f || attr(f[0], "t") !== "shared" || f[0].endsWith("/>")) return;
    const si = attr(f[0], "si");
    const range = parseRange(attr(f[0], "ref") ?? "");
    const close = cell.indexOf(`</${p}f>`, f.index);
    if (si === undefined || !range || close < 0) return;
    const text = cell.slice(f.index + f[0].length, close);
    orphans.set(si, { text, row, col, lastRow: range.r1, lastCol: range.c1 });
  };
  /** A cell of an orphaned shared formula, with the formula written out for itself. */
  const adopt = (cell: string, row: number, col: number): string => {
    const f = fRe.exec(cell);
    if (!f || attr(f[0], "t") !== "shared") return cell;
    const g = orphans.get(attr(f[0], "si") ?? "");
    if (!g || !f[0].endsWith("/>")) return cell;
    const text = slideFormula(unescapeXml(g.text), row - g.row, col - g.col);
    return (
      cell.slice(0, f.index) +
      `<${p}f>${escapeXml(text)}</${p}f>` +
      cell.slice(f.index + f[0].length)
    );
  };

  /** The row's cells with the edits made; `from`/`to` bound its content. */
  const editRow = (row: number, from: number, to: number, rowStyle: number | null): string => {
    const edits = patch.edits.get(row) ?? new Map<number, CellEdit>();
    const pending = [...edits.keys()].sort((a, b) => a - b);
    let s = "";
    let at = from;
    let col = -1;
    for (const span of children(xml, from, to)) {
      if (span.name !== "c") {
        // The row's extLst: cells still to add go before it.
        if (pending.length > 0) s += xml.slice(at, span.start);
        if (pending.length > 0) at = span.start;
        for (const c of pending.splice(0)) s += newCell(row, c, edits.get(c)!, rowStyle);
        continue;
      }
      const open = xml.slice(span.start, tagEnd(xml, span.start));
      const ref = attr(open, "r");
      const m = ref ? /^([A-Z]+)/.exec(ref) : null;
      col = m ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : col + 1;
      while (pending.length > 0 && pending[0] < col) {
        const c = pending.shift()!;
        s += xml.slice(at, span.start) + newCell(row, c, edits.get(c)!, rowStyle);
        at = span.start;
      }
      const edit = edits.get(col);
      if (pending[0] !== col || !edit) {
        if (orphans.size === 0) continue;
        const cell = xml.slice(span.start, span.end);
        const adopted = adopt(cell, row, col);
        if (adopted === cell) continue;
        s += xml.slice(at, span.start) + adopted;
        at = span.end;
        continue;
      }
      pending.shift();
      let tag = open;
      if (edit.fill)
        tag = setAttr(tag, "s", String(patch.restyle(Number(attr(open, "s") ?? 0), edit.fill)));
      let cell: string;
      if (edit.value) {
        orphan(xml.slice(span.start, span.end), row, col);
        for (const a of ["t", "cm", "vm"]) tag = removeAttr(tag, a);
        tag = tag.replace(/\s*\/>$/, ">");
        cell = `${tag}${prefixed(cellContent(edit))}</${p}c>`;
      } else {
        cell = adopt(tag + xml.slice(open.length + span.start, span.end), row, col);
      }
      s += xml.slice(at, span.start) + cell;
      at = span.end;
    }
    s += xml.slice(at, to);
    for (const c of pending) s += newCell(row, c, edits.get(c)!, rowStyle);
    return s;
  };

  const rowOpen = new RegExp(`<${p}row[\\s>/]`, "g");
  const rowClose = `</${p}row>`;
  const dataEnd = (() => {
    const selfClosing = xml[tagEnd(xml, dataAt) - 2] === "/";
    return selfClosing ? -1 : xml.indexOf(`</${p}sheetData>`, dataAt);
  })();
  let tail: number;
  if (dataEnd < 0) {
    // An empty sheet: <sheetData/> becomes the rows to add.
    const close = tagEnd(xml, dataAt);
    copyTo(dataAt);
    out.push(`<${p}sheetData>${rowsToEdit.map(newRow).join("")}</${p}sheetData>`);
    copied = close;
    tail = close;
  } else {
    let row = -1;
    rowOpen.lastIndex = dataAt;
    for (;;) {
      const m = rowOpen.exec(xml);
      if (!m || m.index > dataEnd) break;
      const lt = m.index;
      const gt = tagEnd(xml, lt);
      const open = xml.slice(lt, gt);
      const r = attr(open, "r");
      row = r ? Number(r) - 1 : row + 1;
      const selfClosing = open.endsWith("/>");
      const end = selfClosing ? gt : xml.indexOf(rowClose, gt) + rowClose.length;
      while (next < rowsToEdit.length && rowsToEdit[next] < row) {
        copyTo(lt);
        out.push(newRow(rowsToEdit[next++]));
      }
      const edited = next < rowsToEdit.length && rowsToEdit[next] === row;
      if (edited || (orphans.size > 0 && inOrphanGroup(row))) {
        if (edited) next++;
        copyTo(lt);
        const rowStyle = attr(open, "customFormat") === "1" ? Number(attr(open, "s") ?? 0) : null;
        const content = selfClosing ? "" : editRow(row, gt, end - rowClose.length, rowStyle);
        const tag = selfClosing ? open.replace(/\s*\/>$/, ">") : open;
        out.push(tag + content + rowClose);
        copied = end;
      }
      rowOpen.lastIndex = end;
    }
    copyTo(dataEnd);
    while (next < rowsToEdit.length) out.push(newRow(rowsToEdit[next++]));
    tail = dataEnd + `</${p}sheetData>`.length;
  }

  if (patch.legacyDrawing) {
    const root = xml.lastIndexOf(`</${p}worksheet>`);
    const after = children(xml, tail, root).find((s) => AFTER_LEGACY.has(s.name));
    const at = after ? after.start : root;
    copyTo(at);
    const rp = patch.relPrefix;
    out.push(
      rp
        ? `<${p}legacyDrawing ${rp}:id="${patch.legacyDrawing}"/>`
        : `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${patch.legacyDrawing}"/>`
    );
  }
  copyTo(xml.length);
  return out.bytes();
}
