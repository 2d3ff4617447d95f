/**
 * Text as clerks paste it: full-width digits, letters and brackets, stray spaces
 * (including the ideographic space and non-breaking space).
 */

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
