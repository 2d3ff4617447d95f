/**
 * Numbers as clerks type them, read strictly: 1200, 1,200, 12.5, -3, 96%, ９６％ (full
 * width), with spaces around them. Refused, with a message that says why: hexadecimal, octal and
 * binary (0x64, 0o10, 0b1), exponents (1e3, what JavaScript's Number() would also take),
 * infinities, a lone sign or "%", digits with a space between them ("9 9" is not 99, as
 * "9,9" is not), and anything else that is not plainly a number. One
 * reader for the custom functions, the CLI's options and --set values.
 */
import { clip, foldWidth } from "./text";

export type NumberRead =
  { ok: true; value: number; percent: boolean } | { ok: false; reason: string };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)%?$/;
/** Thousands separators only where they group three digits: 1,200 and 12,345,678.5. */
const GROUPED = /^[+-]?\d{1,3}([,，]\d{3})+(\.\d*)?%?$/;

/** Why a text is not a plain number, in the clerk's words; null when it is one. */
function whyNot(s: string): string {
  if (s === "") return "为空";
  if (/\d\s+[\d.,，]|[\d.,，]\s+\d/.test(s)) return "数字中间有空格，请删去空格或检查是否是两个数";
  if (/^[+-]?0[xX][0-9a-fA-F]*$/.test(s)) return "不接受十六进制写法（0x…）";
  if (/^[+-]?0[oO][0-7]*$/.test(s)) return "不接受八进制写法（0o…）";
  if (/^[+-]?0[bB][01]*$/.test(s)) return "不接受二进制写法（0b…）";
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)[eE][+-]?\d+%?$/.test(s))
    return "不接受科学计数法（如 1e3），请写成普通数字";
  if (/^[+-]?(infinity|inf|∞)$/i.test(s)) return "不是有限的数";
  if (/^[+-]?%?$/.test(s)) return "没有数字";
  return "不是数字";
}

/** Reads a number from a cell value or an option's text. */
export function readNumber(v: unknown): NumberRead {
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? { ok: true, value: v, percent: false }
      : { ok: false, reason: "不是有限的数" };
  }
  if (typeof v !== "string")
    return { ok: false, reason: v === null || v === undefined ? "为空" : "不是数字" };
  const s = foldWidth(v)
    .replace(/[\u200b\ufeff]+/g, "")
    .trim()
    // A space after a sign or before "%" joins nothing: "- 3" and "96 %" stay numbers.
    .replace(/^([+-])\s+/, "$1")
    .replace(/\s+%$/, "%");
  let body: string | null = null;
  if (PLAIN.test(s)) body = s;
  else if (GROUPED.test(s)) body = s.replace(/[,，]/g, "");
  if (body === null) return { ok: false, reason: whyNot(s) };
  const percent = body.endsWith("%");
  const n = Number(percent ? body.slice(0, -1) : body);
  if (!Number.isFinite(n)) return { ok: false, reason: "数值过大" };
  // 12.5% as 0.125 without the float noise of 12.5 / 100.
  const value = percent ? Number((n / 100).toPrecision(15)) : n;
  return { ok: true, value, percent };
}

/** The text shown back in a message: the value as written, cut short. */
export function shownValue(v: unknown): string {
  if (typeof v === "string") return clip(v.trim());
  return clip(String(v));
}

export interface CountRange {
  min?: number;
  max: number;
}

/**
 * A whole number within [min, max], or the Chinese reason it is not one (the caller adds
 * what the value is and where it came from).
 */
export function readCount(
  v: unknown,
  range: CountRange
): { ok: true; value: number } | { ok: false; reason: string } {
  const min = range.min ?? 0;
  const r = readNumber(v);
  if (!r.ok) return r;
  if (r.percent) return { ok: false, reason: "应为整数，而不是百分数" };
  if (!Number.isInteger(r.value)) return { ok: false, reason: "应为整数" };
  if (r.value < min || r.value > range.max)
    return { ok: false, reason: `应在 ${min} 到 ${range.max} 之间` };
  return { ok: true, value: r.value };
}

export interface ShareRead {
  ok: true;
  value: number;
  /** Set when a bare number above 1 was read as a percentage (96 → 96%). */
  note?: string;
}

/**
 * A share such as a completion rate: 0.96, 96% or ９６％. A bare number up to 2 is a share
 * (1.05 is 105%: a village can pass its target); a bare number above 2, up to 1000, is a
 * percentage written without its sign (96 → 0.96), and the read says so in `note`. Beyond
 * 1000% is refused: no completion rate a clerk types is 9600%.
 */
export function readShare(v: unknown): ShareRead | { ok: false; reason: string } {
  const r = readNumber(v);
  if (!r.ok) return r;
  if (r.value < 0) return { ok: false, reason: "不能为负数" };
  if (r.percent) {
    if (r.value > 10) return { ok: false, reason: "超过 1000%，不是比例" };
    return { ok: true, value: r.value };
  }
  if (r.value <= 2) return { ok: true, value: r.value };
  if (r.value <= 1000) {
    const value = Number((r.value / 100).toPrecision(15));
    return { ok: true, value, note: `“${r.value}”按 ${r.value}% 计` };
  }
  return { ok: false, reason: "超过 1000%，不是比例（可写 0.96 或 96%）" };
}
