/**
 * Chinese resident ID numbers (GB 11643-1999): validation, 15→18 conversion, masking.
 *
 * Pure and hot: a worksheet check runs this on every row, so the common path (18 ASCII
 * characters, already clean) walks the string with charCodeAt and allocates nothing but
 * the result object.
 */
import { type Day, ageOn, dayFromParts, toIso } from "./dates";
import { foldWidth } from "./text";

export type IdProblem =
  | "EMPTY"
  | "DAMAGED_NUMBER"
  | "BAD_CHARS"
  | "BAD_LENGTH"
  | "BAD_REGION"
  | "BAD_DATE"
  | "BAD_CHECK_DIGIT";

export interface IdResult {
  valid: boolean;
  problem?: IdProblem;
  /** Chinese, for the clerk; "有效" when valid. */
  message: string;
  /** 18 characters, upper-case X; only when valid. */
  normalized?: string;
  /** Whenever the date part is readable and a real calendar date, even if the id fails later. */
  birth?: Day;
  /** Whenever characters and length are right (17th digit, or 15th of an old number). */
  gender?: "男" | "女";
  /** True when a 15-digit old number was converted (always century 19). */
  converted15?: boolean;
}

const C0 = 48; // "0"
const CX = 88; // "X"

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Char codes of "10X98765432": the check digit for a weighted sum of r (mod 11). */
const CHECK_CODES = [49, 48, 88, 57, 56, 55, 54, 53, 52, 51, 50];

/** Province-level codes; a flat table so the lookup is one array read. */
const REGION = new Uint8Array(100);
for (const [lo, hi] of [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [71, 71],
  [81, 83],
  [91, 91],
]) {
  for (let c = lo; c <= hi; c++) REGION[c] = 1;
}

/**
 * Earliest accepted birth date. GB 11643 sets no lower bound and its own example
 * 440524188001010014 was born in 1880, so a 1900 floor would reject a valid number; a
 * year before 1800 can only be a typo.
 */
const MIN_BIRTH_YEAR = 1800;
const MIN_BIRTH: Day = dayFromParts(MIN_BIRTH_YEAR, 1, 1)!;

// dayFromParts builds a Date per call (~300 ns), too slow for millions of rows, so real
// dates are memoised in a lazily filled table covering the years ids actually use.
const CACHE_YEARS = 400; // 1800..2199
const CACHE_SLOTS_PER_YEAR = 13 * 32; // index month*32 + day, month 1..12, day 1..31
const UNKNOWN = -0x80000000;
const IMPOSSIBLE = 0x7fffffff;
let dayCache: Int32Array | null = null;

function cachedDay(y: number, m: number, d: number): Day | null {
  const yi = y - MIN_BIRTH_YEAR;
  if (yi < 0 || yi >= CACHE_YEARS || m > 12 || d > 31) return dayFromParts(y, m, d);
  if (dayCache === null)
    dayCache = new Int32Array(CACHE_YEARS * CACHE_SLOTS_PER_YEAR).fill(UNKNOWN);
  const k = yi * CACHE_SLOTS_PER_YEAR + m * 32 + d;
  let v = dayCache[k];
  if (v === UNKNOWN) {
    const day = dayFromParts(y, m, d);
    v = day === null ? IMPOSSIBLE : day;
    dayCache[k] = v;
  }
  return v === IMPOSSIBLE ? null : v;
}

// "Today" in local time (clerks work in UTC+8; UTC would lag 8 hours), recomputed only
// after local midnight so the default asOf costs one Date.now() per call.
let todayDay: Day = 0;
let todayExpires = -Infinity;

function today(): Day {
  const now = Date.now();
  if (now >= todayExpires) {
    const d = new Date(now);
    todayDay = dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate())!;
    todayExpires = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  }
  return todayDay;
}

/** Keeps every result the same object shape, which keeps V8 call sites monomorphic. */
function result(
  problem: IdProblem | undefined,
  message: string,
  normalized?: string,
  birth?: Day,
  gender?: "男" | "女",
  converted15?: boolean
): IdResult {
  return { valid: problem === undefined, problem, message, normalized, birth, gender, converted15 };
}

function isBlank(c: number): boolean {
  // ASCII white space, NBSP, ideographic space, zero-width space, BOM.
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff
  );
}

/** Strips blanks, folds full-width forms, upper-cases x. Only reached for unclean input. */
function cleanSlow(s: string): string {
  const folded = foldWidth(s);
  let out = "";
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isBlank(c)) continue;
    out += c === 120 ? "X" : folded[i];
  }
  return out;
}

/** Identity for strings of only digits and X (the usual case), so nothing is allocated. */
function clean(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < C0 || c > 57) && c !== CX) return cleanSlow(s);
  }
  return s;
}

/**
 * Text Excel shows for a number too long for the column, e.g. "5.00243E+17" (also with a
 * decimal comma or without "+"); such text means the id was stored as a number first.
 */
function isScientific(s: string): boolean {
  let i = 0;
  const n = s.length;
  const digitsFrom = (from: number): number => {
    let j = from;
    while (j < n && s.charCodeAt(j) >= C0 && s.charCodeAt(j) <= 57) j++;
    return j;
  };
  let j = digitsFrom(i);
  if (j === i) return false;
  i = j;
  if (i < n && (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44)) {
    j = digitsFrom(i + 1);
    if (j === i + 1) return false;
    i = j;
  }
  if (i >= n || (s.charCodeAt(i) !== 69 && s.charCodeAt(i) !== 101)) return false;
  i++;
  if (i < n && s.charCodeAt(i) === 43) i++;
  j = digitsFrom(i);
  return j > i && j === n;
}

/** Roughly what Excel's General format shows for a long number: 6 significant digits. */
function excelScientific(n: number): string {
  const [mantissa, exponent] = n.toExponential(5).split("e");
  const trimmed = mantissa.includes(".")
    ? mantissa.replace(/0+$/, "").replace(/\.$/, "")
    : mantissa;
  return `${trimmed}E${exponent}`;
}

const EXCEL_ROUNDED =
  "。末3位是000：多半是 Excel 曾把号码当作数字保存，只保留了15位，末3位变成了000。" +
  "请按原始资料重新录入；在 Excel 中先把该列设为“文本”格式再粘贴（或在号码前加英文单引号 '），" +
  "另存 CSV 前不要让 Excel 把该列当作数字";

function damaged(shown: string): IdResult {
  return result(
    "DAMAGED_NUMBER",
    `该号码已被 Excel 按数字存储，末几位已丢失（显示为 ${shown}）。请把该列设为文本格式后重新粘贴原始号码`
  );
}

function badChars(s: string): IdResult {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= C0 && c <= 57) continue;
    if (c === CX && i === s.length - 1) {
      // The final X is the check digit; an old 15-digit number has none.
      if (s.length === 15) return result("BAD_CHARS", "15位旧号码不应含有 X：最后一位应为数字");
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    return result("BAD_CHARS", `身份证号码含有非法字符“${ch}”：只能是数字，最后一位可以是 X`);
  }
  return result("BAD_CHARS", "身份证号码含有非法字符");
}

function hasBadChars(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i < last; i++) {
    const c = s.charCodeAt(i);
    if (c < C0 || c > 57) return true;
  }
  const c = s.charCodeAt(last);
  return (c < C0 || c > 57) && (c !== CX || s.length === 15);
}

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - C0;
}

/** Check-digit char code for the 17 digits at the start of s (s is known to be digits there). */
function checkCode(s: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (s.charCodeAt(i) - C0) * WEIGHTS[i];
  return CHECK_CODES[sum % 11];
}

/** Checks s, already clean (no blanks, no full-width forms, upper-case X) and non-empty. */
function checkClean(s: string, asOf: Day | undefined): IdResult {
  const len = s.length;
  if (hasBadChars(s)) {
    if (isScientific(s)) return damaged(s);
    return badChars(s);
  }
  if (len !== 18 && len !== 15) {
    return result("BAD_LENGTH", `身份证号码位数不对：应为18位（或15位旧号），实为${len}位`);
  }

  const is15 = len === 15;
  const gender = digitAt(s, is15 ? 14 : 16) % 2 === 1 ? "男" : "女";
  let year: number;
  let p: number; // position of the month digits
  if (is15) {
    year = 1900 + digitAt(s, 6) * 10 + digitAt(s, 7);
    p = 8;
  } else {
    year = digitAt(s, 6) * 1000 + digitAt(s, 7) * 100 + digitAt(s, 8) * 10 + digitAt(s, 9);
    p = 10;
  }
  const month = digitAt(s, p) * 10 + digitAt(s, p + 1);
  const dayOfMonth = digitAt(s, p + 2) * 10 + digitAt(s, p + 3);
  const birth = cachedDay(year, month, dayOfMonth);

  // The birth date is worked out before the region check only so that a BAD_REGION result
  // still carries it; the region is reported first.
  const region = digitAt(s, 0) * 10 + digitAt(s, 1);
  if (REGION[region] === 0) {
    return result(
      "BAD_REGION",
      `地区代码不对：前两位 ${s.substring(0, 2)} 不是有效的省级代码`,
      undefined,
      birth === null ? undefined : birth,
      gender
    );
  }
  if (birth === null) {
    const shown = is15 ? "19" + s.substring(6, 12) : s.substring(6, 14);
    return result("BAD_DATE", `出生日期不存在：${shown}`, undefined, undefined, gender);
  }
  if (birth < MIN_BIRTH) {
    return result(
      "BAD_DATE",
      `出生日期早于${MIN_BIRTH_YEAR}年：${toIso(birth)}`,
      undefined,
      birth,
      gender
    );
  }
  const limit = asOf === undefined ? today() : asOf;
  if (birth > limit) {
    const when = asOf === undefined ? "今天" : toIso(asOf);
    return result("BAD_DATE", `出生日期晚于${when}：${toIso(birth)}`, undefined, birth, gender);
  }

  if (is15) {
    const first17 = s.substring(0, 6) + "19" + s.substring(6);
    const normalized = first17 + String.fromCharCode(checkCode(first17));
    return result(undefined, "有效", normalized, birth, gender, true);
  }
  const expected = checkCode(s);
  if (s.charCodeAt(17) !== expected) {
    return result(
      "BAD_CHECK_DIGIT",
      `校验位错误：应为 ${String.fromCharCode(expected)}，实为 ${s[17]}` +
        // A CSV keeps what Excel wrote: 15 significant digits and then 000, as text.
        (s.endsWith("000") ? EXCEL_ROUNDED : ""),
      undefined,
      birth,
      gender
    );
  }
  return result(undefined, "有效", s, birth, gender, false);
}

/**
 * Validates an id as found in a cell: string, number, null/undefined. Blanks are removed,
 * full-width forms folded and x upper-cased. asOf (default: today, local time) is the
 * latest acceptable birth date.
 */
export function checkId(input: unknown, asOf?: Day): IdResult {
  if (input === null || input === undefined) return result("EMPTY", "身份证号码为空");
  let s: string;
  if (typeof input === "string") {
    s = clean(input);
  } else if (typeof input === "number") {
    // Excel keeps 15 significant digits: a 15-digit old number survives, anything longer
    // (every 18-digit id) has already lost its last digits and cannot be repaired here.
    if (Number.isInteger(input) && input >= 1e15) return damaged(excelScientific(input));
    s = Number.isInteger(input) && input >= 0 ? input.toFixed(0) : String(input);
  } else if (typeof input === "bigint") {
    s = input.toString();
  } else {
    s = clean(String(input));
  }
  if (s.length === 0) return result("EMPTY", "身份证号码为空");
  return checkClean(s, asOf);
}

/** Why an ID that fails the check is rejected, as a clerk reads it beside the row. */
export function idProblem(r: IdResult): string {
  return r.problem === "EMPTY" ? "身份证号码为空" : `身份证号码有误：${r.message}`;
}

/** The check digit ("0".."9" or "X") for the first 17 digits of an 18-digit id. */
export function checkDigit(first17: string): string {
  if (first17.length !== 17)
    throw new Error(`checkDigit needs 17 digits, got ${first17.length} characters`);
  for (let i = 0; i < 17; i++) {
    const c = first17.charCodeAt(i);
    if (c < C0 || c > 57) throw new Error(`checkDigit needs digits only, got "${first17}"`);
  }
  return String.fromCharCode(checkCode(first17));
}

/** Converts a valid 15-digit old number to 18 digits; throws with a message for the clerk. */
export function to18(id15: string): string {
  const r = checkId(id15);
  if (!r.valid) throw new Error(r.message);
  if (!r.converted15) throw new Error(`不是15位旧身份证号码：${maskId(id15)}`);
  return r.normalized!;
}

/**
 * For public lists and logs: only the last 4 characters survive, the rest become "*"
 * (18 digits → 14 asterisks + last 4). Works on the cleaned text as written; a 15-digit
 * number keeps its own last 4, not those of its 18-digit form.
 */
export function maskId(id: string): string {
  const s = clean(id);
  if (s.length <= 4) return "*".repeat(s.length);
  return "*".repeat(s.length - 4) + s.substring(s.length - 4);
}

/** The last 4 characters of the cleaned id (upper-case X), or "" when it is shorter. */
export function idLast4(id: string): string {
  const s = clean(id);
  return s.length < 4 ? "" : s.substring(s.length - 4);
}

/**
 * Whole years on onDate (the birthday itself completes the year), or null when the id is
 * not valid as of onDate — including a wrong check digit, whose birth date is not trusted,
 * and a birth after onDate.
 */
export function ageOnDate(id: string, onDate: Day): number | null {
  const r = checkId(id, onDate);
  return r.valid ? ageOn(r.birth!, onDate) : null;
}

/**
 * Masks every ID-like run in a text, wherever it came from (a name cell holding an ID, a
 * footer, an echoed value): a run of 11 or more digits (with a final X; full-width digits
 * too) keeps only its last 4, like maskId, so no 17 of 18 digits (from which the check digit
 * follows) survive. Shorter runs (amounts, dates, counts) are left as they are. Where no
 * computed fraction can appear (messages that echo what was typed), `spareFractions` false
 * masks a run after "1." too: a clerk's "1.500240198001010005" is an ID, not a fraction.
 */
export function maskIdsIn(text: string, spareFractions = true): string {
  if (!/[0-9０-９]{11}/.test(text)) return text;
  // Digits after a decimal point are a fraction (0.12345678901234 in --json), not an ID. No
  // lookbehind: the WPS scripts embed this at ECMAScript 2017. A run is matched from its first
  // digit, since a match starting inside it would have started earlier.
  return text.replace(/([0-9０-９][.．])?[0-9０-９]{11,}[XxＸｘ]?/g, (match, fraction?: string) => {
    if (fraction && spareFractions) return match;
    const lead = fraction ?? "";
    const s = foldWidth(match.slice(lead.length)).toUpperCase();
    return lead + "*".repeat(s.length - 4) + s.slice(-4);
  });
}
