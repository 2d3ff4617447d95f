/**
 * Text as clerks paste it: full-width digits, letters and brackets, stray spaces
 * (including the ideographic space and non-breaking space).
 */
import type { CellValue } from "./sheet/address";

/** Folds full-width ASCII forms (！ to ～) and the ideographic space to their ASCII equivalents. */
export function foldWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0) out += " ";
    else out += text[i];
  }
  return out;
}

/** The key under which names are compared: width-folded, without any white space. */
export function nameKey(text: string): string {
  return foldWidth(text).replace(/[\s\u200b\ufeff]+/g, "");
}

/** A cell value as trimmed text; numbers are written without exponent where exact. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return foldWidth(value).trim();
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return foldWidth(String(value)).trim();
}

/**
 * Input echoed in a message, cut to `max` characters: a pasted million-character cell must
 * not come back as a million-character message.
 */
export function clip(text: string, max = 40): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…（共${text.length}字）`;
}

// Text helpers, fast for the common ASCII/CJK cell that needs no folding.

function needsFold(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff)
      return true;
  }
  return false;
}

function fold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += " ";
    else if (c === 0x200b || c === 0xfeff) continue;
    else out += s[i];
  }
  return out;
}

/** A cell as trimmed text with full-width forms folded; dates as YYYY-MM-DD. */
export function cellString(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return (needsFold(v) ? fold(v) : v).trim();
  if (typeof v === "number")
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString().slice(0, 10) : "";
  return String(v).trim();
}

function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) return true;
  }
  return false;
}

/** Text without any white space (for comparing names and headers). */
export function squeezeKey(s: string): string {
  return hasSpace(s) ? s.replace(/\s+/g, "") : s;
}

/**
 * A name as it should be shown: clerks pad two-character names ("张  三") to line them up,
 * so white space between Chinese characters goes; other runs of space become one.
 */
export function cleanName(text: string): string {
  if (!hasSpace(text)) return text;
  return text.replace(/\s+/g, " ").replace(/([\u3400-\u9fff·]) (?=[\u3400-\u9fff·])/g, "$1");
}
