/** Reading one cell of a target sheet: numbers, rates and people counts, with their findings. */
import { type CellValue } from "../sheet/address";
import { readNumber } from "../numbers";
import { cellText, foldWidth } from "../text";
import { add, type Ctx } from "./findings";
import { fmt } from "./words";

export type Num =
  | { kind: "blank" }
  /** `text`: a number stored as text, as the clerk typed it (２５４８ stays full width). */
  | { kind: "num"; value: number; asText: false }
  | { kind: "num"; value: number; asText: true; text: string }
  | { kind: "bad"; text: string };

const NONE_MARKS = /^(\/|／|—+|-+|无|－)$/;

export function readNum(v: CellValue | undefined): Num {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number")
    return Number.isFinite(v)
      ? { kind: "num", value: v, asText: false }
      : { kind: "bad", text: String(v) };
  if (typeof v === "string") {
    if (foldWidth(v).trim() === "") return { kind: "blank" };
    // Read as the functions and the CLI read numbers: "7 182" and "9,9" are not numbers.
    const r = readNumber(v);
    if (r.ok && !r.percent) return { kind: "num", value: r.value, asText: true, text: shown(v) };
    return { kind: "bad", text: v.trim() };
  }
  return { kind: "bad", text: cellText(v) };
}

/** A rate cell as a share (0.98), or null. See the file comment for the percent rule. */
export function readRate(v: CellValue | undefined, percentHeader: boolean): number | null {
  if (typeof v === "string") {
    const s = foldWidth(v).trim().replace(/\s+%$/, "%");
    const m = /^([+-]?\d+(\.\d+)?)%$/.exec(s);
    if (m) return Number(m[1]) / 100;
  }
  const n = readNum(v);
  if (n.kind !== "num") return null;
  return percentHeader || n.value > 1 ? n.value / 100 : n.value;
}

/** A cell as the clerk wrote it (trimmed, full-width kept), for titles and messages. */
export function shown(v: CellValue | undefined): string {
  return typeof v === "string" ? v.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "") : cellText(v);
}

/**
 * Reads a people count (target, population, paid) and flags what is wrong with it.
 * Returns the count when it is a whole non-negative number, else null.
 */
export function readCount(
  ctx: Ctx,
  row: number,
  col: number,
  what: string,
  optional: boolean
): { value: number | null; raw: number | null; blank: boolean; bad: boolean } {
  const v = ctx.rows[row]?.[col];
  const n = readNum(v);
  if (n.kind === "blank") return { value: null, raw: null, blank: true, bad: false };
  if (n.kind === "bad") {
    if (optional && NONE_MARKS.test(foldWidth(n.text).trim()))
      return { value: null, raw: null, blank: true, bad: false };
    const error = /^#/.test(n.text) ? `公式出错（${n.text}）` : `“${n.text}”不是数字`;
    add(ctx, "error", "NOT_INTEGER", row, col, `${what}${error}，应填不小于0的整数（人）。`);
    return { value: null, raw: null, blank: false, bad: true };
  }
  if (!Number.isInteger(n.value)) {
    add(
      ctx,
      "error",
      "NOT_INTEGER",
      row,
      col,
      `${what} ${fmt(n.value)} 不是整数，人数应为整数，请核对后改正。`
    );
    return { value: null, raw: n.value, blank: false, bad: false };
  }
  if (n.value < 0) {
    add(
      ctx,
      "error",
      "NEGATIVE",
      row,
      col,
      `${what} ${fmt(n.value)} 是负数，人数应不小于0，请核对后改正。`
    );
    return { value: null, raw: n.value, blank: false, bad: false };
  }
  if (n.asText && !ctx.csv) {
    add(
      ctx,
      "warning",
      "TEXT_NUMBER",
      row,
      col,
      `${what}“${n.text}”是以文本形式存储的数字，Excel 求和时会漏掉它，请转为数字。`,
      { kind: "textToNumber", row, col, value: n.value }
    );
  }
  return { value: n.value, raw: n.value, blank: false, bad: false };
}
