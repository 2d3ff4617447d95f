/**
 * The values of a plain .xlsx's cells as ./workbook gives them through SheetJS: a formula as
 * its cached result, rich text as its text (without phonetic runs), an error as its code, a
 * number in a date format as a Date. Also the parts they depend on: shared strings, styles.
 */
import type { CellValue } from "../core/sheet/address";

/** Excel's error codes as SheetJS knows them; any other code reads as #VALUE!, as there. */
const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
]);
/**
 * Built-in number formats (ids without a format string in the file) that show dates or times:
 * those of SheetJS's own table that its SSF.is_date calls dates (a test holds the two
 * together), and the East Asian ones it has no string for.
 */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

export const isBuiltinDate = (id: number): boolean => BUILTIN_DATES.has(id);
const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", gt: ">", lt: "<", amp: "&" };

/** XML text as its characters: entities, character references and Excel's _xHHHH_ escapes. */
export function unescape(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0 && s.indexOf("\r") < 0) return s;
  return s
    .replace(/&(quot|apos|gt|lt|amp|#x[\da-fA-F]+|#\d+);/g, (m, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : ENTITIES[e]
    )
    .replace(/_x([\da-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\r\n/g, "\n");
}

/**
 * A string that owns its characters. A piece cut from the XML text (an id number, 18
 * characters) would otherwise keep the whole slice of XML it came from alive in the engine
 * (V8 shares the characters of any cut of 13 or more), and a kept roster with it.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** The text of a shared or inline string (CT_Rst): its <t>, or its runs' <t>s, never <rPh>. */
export function richText(x: string): string {
  const body = x.indexOf("<rPh") < 0 ? x : x.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  const t = /<t\b[^>]*?(?:\/>|>([^<]*)<\/t>)/g;
  for (let m = t.exec(body); m; m = t.exec(body)) out += m[1] ?? "";
  return own(unescape(out));
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * The number formats of the styles' cell formats (cellXfs), by style index: true where a date.
 * A format written in the file is judged by SheetJS's SSF.is_date, loaded only then.
 */
export async function dateStyles(xml: string | null): Promise<boolean[]> {
  if (xml === null) return [];
  const formats = new Map<number, string>();
  const nf = /<numFmt\b([^>]*)\/?>/g;
  for (let m = nf.exec(xml); m; m = nf.exec(xml)) {
    const id = attr(m[1], "numFmtId");
    const code = attr(m[1], "formatCode");
    if (id !== undefined && code !== undefined) formats.set(Number(id), unescape(code));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!xfs) return [];
  const ids: number[] = [];
  const xf = /<xf\b([^>]*)>/g;
  for (let m = xf.exec(xfs[1]); m; m = xf.exec(xfs[1]))
    ids.push(Number(attr(m[1], "numFmtId") ?? 0));
  const isDate = ids.some((id) => formats.has(id))
    ? (await import(/* webpackMode: "eager" */ "@e965/xlsx")).SSF.is_date
    : null;
  return ids.map((id) => {
    const code = formats.get(id);
    return code !== undefined && isDate ? isDate(code) : isBuiltinDate(id);
  });
}

/**
 * The shared strings, taken as the part's text arrives: each whole <si> is read and the
 * rest waits for the next piece, so the part's text is never kept.
 */
export function sharedStringsScanner(): {
  strings: string[];
  push(text: string, last: boolean): void;
} {
  const strings: string[] = [];
  let carry = "";
  const si = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  return {
    strings,
    push(text: string, last: boolean): void {
      const s = carry + text;
      const cut = last ? s.length : s.lastIndexOf("</si>") + 5;
      if (cut < 5 && !last) {
        carry = s;
        return;
      }
      const body = s.slice(0, cut);
      si.lastIndex = 0;
      for (let m = si.exec(body); m; m = si.exec(body)) strings.push(richText(m[1] ?? ""));
      // What follows the last whole <si> (a <si/> among it) is read with the next piece.
      carry = s.slice(cut);
    },
  };
}

export interface Context {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
  /** Short texts seen in the sheet's own cells (a village, a category, a tier), kept once. */
  texts: Map<string, string>;
}

/** Distinct short texts kept once; past this many (names, say) the rest are kept as they come. */
const MAX_TEXTS = 65_536;

/**
 * A text as it is kept in the rows: a short one that the sheet repeats, as one string (a
 * roster written without shared strings says 一档 200,000 times); a long one, owning its
 * characters.
 */
function kept(s: string, ctx: Context): string {
  if (s.length >= 13) return own(s);
  const seen = ctx.texts.get(s);
  if (seen !== undefined) return seen;
  if (ctx.texts.size < MAX_TEXTS) ctx.texts.set(s, s);
  return s;
}

/** A number in a date format as SheetJS's cellDates gives it (UTC midnight; 60 stays a number). */
function dateOf(v: number, date1904: boolean): Date | number {
  const n = date1904 ? v + 1462 : v;
  if (n >= 60 && n < 61) return n;
  return new Date((n > 60 ? n : n + 1) * DAY_MS + EPOCH_1900);
}

/** ISO text of a t="d" cell, read as SheetJS reads it (dates without a zone are UTC). */
function isoDate(s: string): Date {
  const d = /^(\d+)-(\d+)-(\d+)$/.exec(s);
  if (d) return new Date(Date.UTC(+d[1], +d[2] - 1, +d[3]));
  const t = /^(\d+)-(\d+)-(\d+)[T ](\d+):(\d+)(?::(\d+))?(?:\.(\d+))?$/.exec(s);
  if (t)
    return new Date(
      Date.UTC(
        +t[1],
        +t[2] - 1,
        +t[3],
        +t[4],
        +t[5],
        +(t[6] ?? 0),
        +(t[7] ?? "0").padEnd(3, "0").slice(0, 3)
      )
    );
  return new Date(s);
}

const VALUE = /<v(?:\s[^>]*)?>([^<]*)<\/v>/;

/** One cell's value from its attributes and body; undefined where the cell holds nothing. */
export function cellValue(attrs: string, body: string, ctx: Context): CellValue | undefined {
  const t = attr(attrs, "t") ?? "n";
  const vm = VALUE.exec(body);
  const raw = vm ? vm[1] : undefined;
  const hasFormula = /<f[\s>/]/.test(body);
  switch (t) {
    case "n": {
      if (raw === undefined || raw === "") return hasFormula && raw === undefined ? 0 : undefined;
      const v = parseFloat(raw);
      const s = attr(attrs, "s");
      return s !== undefined && ctx.dates[Number(s)] ? dateOf(v, ctx.date1904) : v;
    }
    case "s":
      if (raw === undefined) return undefined;
      {
        const text = ctx.strings[parseInt(raw, 10)];
        // A reference to a shared string the file does not have (or no sharedStrings part).
        if (text === undefined)
          throw new DamagedFile(
            "单元格引用的文字在文件中不存在（共享字符串表缺失或不全），文件可能已损坏"
          );
        return text;
      }
    case "str": {
      const v = raw === undefined ? "" : kept(unescape(raw), ctx);
      // A formula whose result is empty reads as an empty cell.
      return hasFormula && v === "" ? null : v;
    }
    case "inlineStr": {
      const is = /<is>([\s\S]*?)<\/is>/.exec(body);
      return is ? kept(richText(is[1]), ctx) : "";
    }
    case "b":
      if (raw === undefined) return undefined;
      return raw === "1" || raw === "true";
    case "e": {
      const code = raw === undefined ? "" : unescape(raw);
      return ERRORS.has(code) ? code : "#VALUE!";
    }
    case "d":
      if (raw === undefined) return undefined;
      return isoDate(unescape(raw));
    default:
      return undefined;
  }
}

/** A workbook that cannot be read as written: refused with its Chinese reason, not left to another reader. */
export class DamagedFile extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DamagedFile";
  }
}
