/**
 * A fast reader for the common .xlsx: each part is unpacked and scanned as its text arrives
 * (./xlsxParts), into plain values (./xlsxCells), without SheetJS's cell objects and without
 * ever holding a sheet's XML whole. On the bench's 100,000-row roster SheetJS spends about
 * 3.7 s of CPU and peaks near 450 MB in parsing; this scan takes a fraction of that (see
 * README, whole-file figures). The values are the ones ./workbook gives through SheetJS, a
 * merged range's value in each cell.
 *
 * Anything outside the plain layout (a namespace prefix on the sheet's elements, strict OOXML,
 * a chart or macro sheet, a part missing) returns null, and the caller reads the file with
 * SheetJS as before; so does the old .xls.
 */
import type { CellValue, MergedRange, SheetData } from "../core/sheet/address";
import { checkRowCount, LIMITS } from "./limits";
import {
  attr,
  cellValue,
  Context,
  DamagedFile,
  dateStyles,
  sharedStringsScanner,
  unescape,
} from "./xlsxCells";
import { DamagedZip, type InflateChunks, inflateRaw, readZip } from "./zipRead";

/** 2-D numbering: "AB12" → column 27 (0-based). */
function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i) - 64;
    if (k < 1 || k > 26) break;
    c = c * 26 + k;
  }
  return c - 1;
}

/** Thrown inside a scan when the sheet is not of the plain kind; the reader then returns null. */
class NotPlain extends Error {}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(\/>|>)/g;

/**
 * One sheet's rows, taken as the part's text arrives: every row before the last one begun in
 * a piece is whole and read at once; that one waits for the next piece.
 */
class SheetScan {
  readonly rows: CellValue[][] = [];
  private carry = "";
  private inData = false;
  private done = false;
  private lastRow = 0;
  /** The part after its rows, where the merges are (small). */
  private tail = "";
  /** A row's cells before it is sized: columns and values. */
  private readonly cols: number[] = [];
  private readonly values: CellValue[] = [];

  constructor(
    private readonly ctx: Context,
    private readonly where: string
  ) {}

  push(text: string, last: boolean): void {
    if (this.done) {
      this.tail += text;
      return;
    }
    let s = this.carry + text;
    this.carry = "";
    if (!this.inData) {
      const open = s.search(/<sheetData\b/);
      if (open < 0) {
        if (/<\w+:worksheet\b|<\w+:sheetData\b/.test(s) || last) throw new NotPlain();
        this.carry = s;
        return;
      }
      const head = s.slice(0, open);
      if (!/<worksheet\b/.test(head) || /purl\.oclc\.org\/ooxml/.test(head)) throw new NotPlain();
      const gt = s.indexOf(">", open);
      if (gt < 0) {
        if (last) throw new NotPlain();
        this.carry = s;
        return;
      }
      this.inData = true;
      if (s[gt - 1] === "/") {
        this.done = true;
        this.tail = s.slice(gt + 1);
        return;
      }
      s = s.slice(gt + 1);
    }
    const close = s.indexOf("</sheetData>");
    if (close < 0 && last) throw new NotPlain();
    const upTo = close >= 0 ? close : Math.max(0, s.lastIndexOf("<row"));
    this.readRows(s.slice(0, upTo));
    if (close >= 0) {
      this.done = true;
      this.tail = s.slice(close);
    } else this.carry = s.slice(upTo);
  }

  private readRows(body: string): void {
    ROW.lastIndex = 0;
    for (let m = ROW.exec(body); m; m = ROW.exec(body)) {
      const r = attr(m[1], "r");
      const rowNo = r !== undefined ? parseInt(r, 10) : this.lastRow + 1;
      // Rows come in order, each once (ISO/IEC 29500 §18.3.1.73): a second row 2 would
      // replace the first without a word.
      if (!(rowNo > this.lastRow))
        throw new DamagedFile(
          `${this.where}的第${rowNo}行在文件中出现了不止一次（或顺序错乱），文件可能已损坏`
        );
      this.lastRow = rowNo;
      if (rowNo > LIMITS.rows + 1) checkRowCount(rowNo, this.where);
      let cellsXml = "";
      if (m[2] === ">") {
        const endRow = body.indexOf("</row>", ROW.lastIndex);
        if (endRow < 0) throw new NotPlain();
        cellsXml = body.slice(ROW.lastIndex, endRow);
        ROW.lastIndex = endRow + 6;
      }
      this.rows[rowNo - 1] = this.row(cellsXml);
    }
  }

  /** A row's values, trailing empty cells dropped, in an array of just that length. */
  private row(cellsXml: string): CellValue[] {
    const { cols, values } = this;
    cols.length = 0;
    values.length = 0;
    let col = -1;
    let width = 0;
    CELL.lastIndex = 0;
    for (let c = CELL.exec(cellsXml); c; c = CELL.exec(cellsXml)) {
      const ref = attr(c[1], "r");
      col = ref !== undefined ? columnOf(ref) : col + 1;
      const v = cellValue(c[1], c[2] ?? "", this.ctx);
      if (v === undefined) continue;
      cols.push(col);
      values.push(v);
      if (v !== null && col >= width) width = col + 1;
    }
    const row = new Array<CellValue>(width).fill(null);
    for (let k = 0; k < cols.length; k++) if (cols[k] < width) row[cols[k]] = values[k];
    return row;
  }

  /** The merged ranges (read by finish). */
  readonly merges: MergedRange[] = [];

  /** The rows, merges filled and trailing empty rows dropped. */
  finish(): CellValue[][] {
    const rows = this.rows;
    // The rows there are, not the <dimension> the file claims (A1:I1048576 for 11 rows).
    checkRowCount(this.lastRow, this.where);
    for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
    const merge = /<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
    for (let m = merge.exec(this.tail); m; m = merge.exec(this.tail)) {
      const r0 = Number(m[2]) - 1;
      const r1 = Number(m[4]) - 1;
      const c0 = columnOf(m[1]);
      const c1 = columnOf(m[3]);
      this.merges.push({ top: r0, left: c0, bottom: r1, right: c1 });
      const v = rows[r0]?.[c0] ?? null;
      if (v === null) continue;
      for (let r = r0; r <= r1; r++) {
        const row = (rows[r] ??= []);
        for (let c = c0; c <= c1; c++) row[c] = v;
        for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
      }
    }
    let end = rows.length;
    while (end > 0 && rows[end - 1].length === 0) end--;
    rows.length = end;
    return rows;
  }
}

/** Resolves a relationship target against xl/ (or from the package root when absolute). */
function partName(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/**
 * The workbook's sheets, as readWorkbookBytes gives them; null when the file is not of the
 * plain kind this reader knows (the caller then uses SheetJS).
 */
export async function readXlsxFast(
  bytes: Uint8Array,
  inflate: InflateChunks = inflateRaw
): Promise<SheetData[] | null> {
  try {
    const parts = readZip(bytes, inflate);
    if (!parts) return null;
    const get = async (name: string): Promise<string | null> => {
      const p = parts.get(name);
      return p ? p.text() : null;
    };
    const book = await get("xl/workbook.xml");
    const rels = await get("xl/_rels/workbook.xml.rels");
    if (book === null || rels === null || !/<workbook\b/.test(book)) return null;
    if (/purl\.oclc\.org\/ooxml/.test(book)) return null;
    const targets = new Map<string, { target: string; type: string }>();
    const rel = /<Relationship\b([^>]*)>/g;
    for (let m = rel.exec(rels); m; m = rel.exec(rels)) {
      const id = attr(m[1], "Id");
      const target = attr(m[1], "Target");
      if (id && target)
        targets.set(id, { target: unescape(target), type: attr(m[1], "Type") ?? "" });
    }
    const pr = /<workbookPr\b([^>]*)>/.exec(book);
    const d1904 = pr ? attr(pr[1], "date1904") : undefined;
    const shared = sharedStringsScanner();
    await parts.get("xl/sharedStrings.xml")?.scan(shared.push);
    const ctx: Context = {
      strings: shared.strings,
      dates: await dateStyles(await get("xl/styles.xml")),
      date1904: d1904 === "1" || d1904 === "true",
      texts: new Map(),
    };
    const out: SheetData[] = [];
    const sheet = /<sheet\b([^>]*)>/g;
    for (let m = sheet.exec(book); m; m = sheet.exec(book)) {
      const name = attr(m[1], "name");
      const rid = attr(m[1], "r:id");
      const t = rid !== undefined ? targets.get(rid) : undefined;
      if (name === undefined || !t || !/\/worksheet$/.test(t.type)) return null;
      const part = parts.get(partName(t.target));
      if (!part) return null;
      const sheetName = unescape(name);
      const scan = new SheetScan(ctx, `工作表“${sheetName.slice(0, 31)}”`);
      await part.scan((text, last) => scan.push(text, last));
      const rows = scan.finish();
      out.push(
        scan.merges.length > 0
          ? { name: sheetName, rows, merges: scan.merges }
          : { name: sheetName, rows }
      );
    }
    return out.length > 0 ? out : null;
  } catch (e) {
    // The limits' refusals stand; anything else is left to SheetJS and its messages.
    if (e instanceof DamagedFile) throw e;
    // A part that does not unpack to what the zip's directory says: not a file to guess at.
    if (e instanceof DamagedZip) throw new DamagedFile("文件内容与其目录不符，文件可能已损坏");
    // A text past any real cell's size: a damaged file, not one for another reader.
    if (e instanceof RangeError) throw new DamagedFile("文件中有一段数据异常地长，文件可能已损坏");
    if (e instanceof Error && e.name === "FileLimitError") throw e;
    return null;
  }
}
