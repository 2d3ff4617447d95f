/**
 * Text as clerks paste it: full-width digits, letters and brackets, stray spaces
 * (including the ideographic space and non-breaking space).
 */
/** Whether foldWidth would change the text (most cells need nothing: ASCII and CJK only). */
function needsFold(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff)
      return true;
  }
  return false;
}

/**
 * Folds full-width ASCII forms (！ to ～) to ASCII, the ideographic and non-breaking spaces to a
 * space, and drops zero-width spaces and byte-order marks. Text that needs none of it comes
 * back as it is, without a copy.
 */
export function foldWidth(text: string): string {
  if (!needsFold(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += " ";
    else if (c === 0x200b || c === 0xfeff) continue;
    else out += text[i];
  }
  return out;
}

/** Whether the text has a character that \s matches (checked before a regular expression runs). */
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32) {
      if (c === 32 || (c >= 9 && c <= 13)) return true;
    } else if (
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 &&
        (c <= 0x200a ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff))
    )
      return true;
  }
  return false;
}

/** Text without any white space, for text already folded (a cellText). */
export function squeezeKey(s: string): string {
  return hasSpace(s) ? s.replace(/\s+/g, "") : s;
}

/** The key under which names are compared: width-folded, without any white space. */
export function nameKey(text: string): string {
  return squeezeKey(foldWidth(text));
}

/** A cell value as trimmed, width-folded text; whole numbers without exponent, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return foldWidth(value).trim();
  // toFixed gives an exponent from 1e21 on, as String does.
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date)
    return Number.isFinite(value.getTime()) ? value.toISOString().slice(0, 10) : "";
  return foldWidth(String(value)).trim();
}

/**
 * A name as it should be shown: clerks pad two-character names ("张  三") to line them up,
 * so white space between Chinese characters goes; other runs of space become one.
 */
export function cleanName(text: string): string {
  if (!hasSpace(text)) return text;
  return text.replace(/\s+/g, " ").replace(/([\u3400-\u9fff·]) (?=[\u3400-\u9fff·])/g, "$1");
}

/**
 * Input echoed in a message, cut to `max` characters: a pasted million-character cell must
 * not come back as a million-character message.
 */
export function clip(text: string, max = 40): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…（共${text.length}字）`;
}

/**
 * Names listed for the clerk, each in its own quotes: a name may itself contain 、
 * (退役军人、征兵工作退回人员…), so a bare 、-joined list would not say where one ends.
 */
export function nameList(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join("、");
}
