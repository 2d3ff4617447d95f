/**
 * Calendar days as integers (days since 1970-01-01), so that date rules are
 * integer comparisons and a million evaluations a second stay cheap.
 */
import { foldWidth } from "./text";

export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system (which counts a phantom 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25_569;

export function dayFromParts(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
  return Math.round(ms / MS_PER_DAY);
}

export function partsOf(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function toIso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Excel's date range (1900 date system): serial 1 is 1900-01-01, 2958465 is 9999-12-31.
 * Serials below 61 sit before Excel's phantom 1900-02-29 and are not accepted (one day off).
 */
export const FIRST_EXCEL_DAY: Day = -25_508; // 1900-03-01
export const LAST_EXCEL_DAY: Day = 2_932_896; // 9999-12-31
export const LAST_EXCEL_SERIAL = 2_958_465;

/** Whether a day is a real date a spreadsheet can hold (and so can be shown or computed with). */
export function inExcelRange(day: Day): boolean {
  return Number.isInteger(day) && day >= FIRST_EXCEL_DAY && day <= LAST_EXCEL_DAY;
}

/** Chinese long form, for messages: 2025年3月1日. */
export function toChinese(day: Day): string {
  if (!Number.isInteger(day) || Math.abs(day) > 100_000_000) return "（无效日期）";
  const p = partsOf(day);
  return `${p.year}年${p.month}月${p.day}日`;
}

export function addDays(day: Day, n: number): Day {
  return day + n;
}

/** The first day of the month after the given day's month. */
export function firstOfNextMonth(day: Day): Day {
  const p = partsOf(day);
  return p.month === 12 ? dayFromParts(p.year + 1, 1, 1)! : dayFromParts(p.year, p.month + 1, 1)!;
}

/** Whole years from birth to onDate (the birthday itself completes the year). */
export function ageOn(birth: Day, onDate: Day): number {
  const b = partsOf(birth);
  const o = partsOf(onDate);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

export function fromExcelSerial(serial: number): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  // Serials 1..59 sit before Excel's phantom 1900-02-29 and are one day off; 60 is the phantom itself.
  if (whole < 61 || whole > LAST_EXCEL_SERIAL) return null;
  return whole - EXCEL_EPOCH_OFFSET;
}

export function toExcelSerial(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET;
}

const DATE_PATTERNS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** China Standard Time, UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MINUTES = 480;

/** An ISO date-time as programs write it; the time must be a real time of day too. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

function inRange(day: Day | null): Day | null {
  return day !== null && inExcelRange(day) ? day : null;
}

/**
 * Parses a date as clerks type it: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日, 20250301,
 * with full-width digits and stray spaces tolerated, and an ISO date-time whose time is a
 * real one (2024-11-15T08:30:00Z; "T99:99:99" is refused). A date-time with a zone (Z,
 * +00:00) is the day it is in Beijing: 2025-06-30T16:30:00Z is 1 July. Returns null when it is not a
 * real date inside Excel's range (1900-03-01 to 9999-12-31).
 */
export function parseDate(text: string): Day | null {
  return inRange(parseAnyDate(text));
}

/** As parseDate, without the range: for literals such as an ID number's 1880 birth date. */
function parseAnyDate(text: string): Day | null {
  if (text.length > 40) return null;
  const s = foldWidth(text).replace(/\s+/g, "");
  for (const re of DATE_PATTERNS) {
    const m = re.exec(s);
    if (m) return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const t = ISO_DATE_TIME.exec(s);
  if (t) {
    const [h, min, sec] = [Number(t[4]), Number(t[5]), t[6] === undefined ? 0 : Number(t[6])];
    if (h > 23 || min > 59 || sec > 59) return null;
    const day = dayFromParts(Number(t[1]), Number(t[2]), Number(t[3]));
    if (day === null || !t[7]) return day;
    // An instant with its zone is a moment, not a calendar day: its day is the day in
    // China Standard Time (UTC+8), where the payment was made.
    let offset = 0;
    if (t[7] !== "Z") {
      const z = t[7].replace(":", "");
      const [zh, zm] = [Number(z.slice(1, 3)), Number(z.slice(3))];
      if (zh > 14 || zm > 59) return null;
      offset = (z[0] === "-" ? -1 : 1) * (zh * 60 + zm);
    }
    return day + Math.floor((h * 60 + min - offset + CHINA_OFFSET_MINUTES) / 1440);
  }
  return null;
}

/** A JS Date (as spreadsheet libraries return them) to its calendar day, read in UTC. */
export function fromJsDate(d: Date): Day | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return inRange(Math.floor(t / MS_PER_DAY));
}

/** A date literal written by a programmer (policy data, tests); any year. */
export function iso(text: string): Day {
  const d = parseAnyDate(text);
  if (d === null) throw new Error(`bad date literal ${text}`);
  return d;
}

/**
 * A day from a spreadsheet cell: a date (as file readers give them), an Excel serial number
 * of a recent day (1954–2119, so a count or an amount is not taken for a date), or text as
 * clerks type it. Null when it is none of these; undefined when the cell is blank.
 */
export function cellDay(
  v: string | number | boolean | Date | null | undefined
): Day | null | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return fromJsDate(v);
  if (typeof v === "number") return v > 20000 && v < 80000 ? fromExcelSerial(v) : null;
  if (typeof v === "boolean") return null;
  const s = v.trim();
  if (s === "") return undefined;
  // A serial written as text (a CSV of a date-time cell: "45627.5") is read as the number would be.
  return parseDate(s) ?? (/^\d{5}(\.\d+)?$/.test(s) ? fromExcelSerial(Number(s)) : null);
}
