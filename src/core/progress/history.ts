/**
 * The progress history (进度记录): one row per village and report date, kept in a sheet of the
 * workbook, so that the weekly (彭水 四（一）: 每周五…按照进度进行排名) and daily (石柱 六（五）)
 * reports can rank the villages and show what changed since the last report.
 *
 * One core for every front door: the CLI, the taskpane and the 记录参保进度 Office Script all
 * call recordProgress on the sheet's values as a 2-D array: only strings, numbers and booleans
 * in the cells. Rates are shares of whole people, only compared and shown; who is behind and
 * by how many people is worked out in exact decimals, as the target check does.
 *
 * The share due on a date (应完成进度) comes from the caller (the policy's milestones); it is
 * stored with the row, so the history says what was due when it was reported.
 */
import { Decimal } from "../decimal";

export type ProgressCell = string | number | boolean | null;

export const PROGRESS_SHEET = "进度记录";

export const PROGRESS_HEADER: string[] = [
  "报告日期",
  "村（社区）",
  "任务数",
  "已缴费人数",
  "完成率",
  "应完成进度",
  "排名",
  "较上次增加（人）",
  "完成率较上次",
  "是否落后",
  "还差人数",
];

/** Whether a sheet's first row is a 进度记录 header (also one written before 还差人数 was added). */
export function isProgressHeader(row: readonly ProgressCell[]): boolean {
  const found = row.map((v) => text(v));
  while (found.length > 0 && found[found.length - 1] === "") found.pop();
  const n = found.length;
  return (
    (n === PROGRESS_HEADER.length || n === PROGRESS_HEADER.length - 1) &&
    found.every((h, i) => h === PROGRESS_HEADER[i])
  );
}

/** One village's figures on one report date. */
export interface ProgressEntry {
  village: string;
  target: number;
  paid: number;
}

export interface ProgressRow {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  village: string;
  target: number;
  paid: number;
  /** paid ÷ target; 0 when the target is 0. */
  rate: number;
  /** Share due by the date (milestone), null when none had fallen due. */
  due: number | null;
  /** 1 = best; equal rates share a rank (1, 1, 3). */
  rank: number;
  /** People paid since the village's previous report, null on its first. */
  change: number | null;
  rateChange: number | null;
  behind: boolean;
  /** People still to pay to reach the share due (0 when on schedule), null when none was due. */
  shortfall: number | null;
}

export interface ProgressHistory {
  /** Report dates, oldest first. */
  dates: string[];
  /** Villages in the order first reported. */
  villages: string[];
  /** Sorted by date, then in the villages' order (the sheet keeps that order; ranks are a column). */
  rows: ProgressRow[];
}

function text(v: ProgressCell | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function num(v: ProgressCell | undefined): number | null {
  if (typeof v === "number") return isFinite(v) ? v : null;
  const t = text(v).replace(/%$/, "");
  if (t === "") return null;
  const n = Number(t);
  if (!isFinite(n)) return null;
  return text(v).endsWith("%") ? n / 100 : n;
}

/** An ISO date from a cell: text YYYY-MM-DD (or with / or .), or an Excel serial number. */
export function progressDate(v: ProgressCell | undefined): string | null {
  if (typeof v === "number" && v > 20000 && v < 80000) {
    const ms = Math.round((v - 25569) * 86400000);
    return new Date(ms).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text(v));
  if (!m) return null;
  const mm = m[2].length === 1 ? "0" + m[2] : m[2];
  const dd = m[3].length === 1 ? "0" + m[3] : m[3];
  return `${m[1]}-${mm}-${dd}`;
}

function rateOf(paid: number, target: number): number {
  return target > 0 ? paid / target : 0;
}

/** Ranks, changes and behind-flags worked out again over all rows (dates may come in any order). */
function derive(
  raw: { date: string; village: string; target: number; paid: number; due: number | null }[]
): ProgressHistory {
  const villages: string[] = [];
  for (const r of raw) if (villages.indexOf(r.village) < 0) villages.push(r.village);
  const dates: string[] = [];
  for (const r of raw) if (dates.indexOf(r.date) < 0) dates.push(r.date);
  dates.sort();
  const rows: ProgressRow[] = [];
  const last = new Map<string, ProgressRow>();
  for (const d of dates) {
    const day = raw
      .filter((r) => r.date === d)
      .map((r) => {
        const rate = rateOf(r.paid, r.target);
        const before = last.get(r.village);
        const needed = r.due === null ? null : new Decimal(r.target).times(r.due);
        const row: ProgressRow = {
          date: d,
          village: r.village,
          target: r.target,
          paid: r.paid,
          rate,
          due: r.due,
          rank: 0,
          change: before ? r.paid - before.paid : null,
          rateChange: before ? rate - before.rate : null,
          behind: needed !== null && needed.gt(r.paid),
          shortfall:
            needed === null ? null : Decimal.max(0, needed.ceil().minus(r.paid)).toNumber(),
        };
        return row;
      });
    const ranked = day.slice().sort((a, b) => b.rate - a.rate || b.paid - a.paid);
    ranked.forEach((row, i) => {
      const prev = i > 0 ? ranked[i - 1] : null;
      row.rank = prev !== null && prev.rate === row.rate ? prev.rank : i + 1;
    });
    day.sort((a, b) => villages.indexOf(a.village) - villages.indexOf(b.village));
    for (const row of day) {
      rows.push(row);
      last.set(row.village, row);
    }
  }
  return { dates, villages, rows };
}

/** Reads a 进度记录 sheet's values (header in the first row); rows it cannot read are skipped. */
export function readProgress(values: ProgressCell[][]): ProgressHistory {
  const header = (values[0] ?? []).map((v) => text(v));
  const at = (name: string): number => header.indexOf(name);
  const cDate = at("报告日期");
  const cVillage = at("村（社区）");
  const cTarget = at("任务数");
  const cPaid = at("已缴费人数");
  const cDue = at("应完成进度");
  const raw: { date: string; village: string; target: number; paid: number; due: number | null }[] =
    [];
  if (cDate < 0 || cVillage < 0 || cTarget < 0 || cPaid < 0) return derive(raw);
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const date = progressDate(row[cDate]);
    const village = text(row[cVillage]);
    const target = num(row[cTarget]);
    const paid = num(row[cPaid]);
    if (date === null || village === "" || target === null || paid === null) continue;
    raw.push({ date, village, target, paid, due: cDue >= 0 ? num(row[cDue]) : null });
  }
  return derive(raw);
}

/** The sheet's values for a history: the header, then a row per village and date. */
export function progressValues(history: ProgressHistory): ProgressCell[][] {
  const out: ProgressCell[][] = [PROGRESS_HEADER.slice()];
  for (const r of history.rows) {
    out.push([
      r.date,
      r.village,
      r.target,
      r.paid,
      r.rate,
      r.due === null ? "" : r.due,
      r.rank,
      r.change === null ? "" : r.change,
      r.rateChange === null ? "" : r.rateChange,
      r.due === null ? "" : r.behind ? "落后" : "",
      r.shortfall === null ? "" : r.shortfall,
    ]);
  }
  return out;
}

/**
 * Adds (or, when the date is already there, replaces) one report date's snapshot in the
 * 进度记录 sheet's values and returns the sheet's new values, ranks and changes recomputed.
 * `due` is the share due by `date` under the policy's milestones (null when none is due).
 */
export function recordProgress(
  existing: ProgressCell[][],
  date: string,
  entries: ProgressEntry[],
  due: number | null
): ProgressCell[][] {
  const day = progressDate(date);
  if (day === null) throw new Error(`报告日期“${date}”不是有效日期（应为 2024-11-29 这样的格式）`);
  const before = readProgress(existing);
  const raw = before.rows
    .filter((r) => r.date !== day)
    .map((r) => ({ date: r.date, village: r.village, target: r.target, paid: r.paid, due: r.due }));
  for (const e of entries)
    raw.push({ date: day, village: e.village, target: e.target, paid: e.paid, due });
  return progressValues(derive(raw));
}

/** What a report shows for one date: the ranking, the change since last, the villages behind. */
export interface ProgressReport {
  date: string;
  previous: string | null;
  due: number | null;
  ranking: ProgressRow[];
  behind: ProgressRow[];
}

export function progressReport(history: ProgressHistory, date?: string): ProgressReport | null {
  const d = date ?? history.dates[history.dates.length - 1];
  const i = history.dates.indexOf(d);
  if (i < 0) return null;
  const ranking = history.rows
    .filter((r) => r.date === d)
    .sort((a, b) => a.rank - b.rank || b.paid - a.paid);
  return {
    date: d,
    previous: i > 0 ? history.dates[i - 1] : null,
    due: ranking.length > 0 ? ranking[0].due : null,
    ranking,
    behind: ranking.filter((r) => r.behind),
  };
}

/**
 * The line chart's table: a row per report date with the share due (应完成进度) and each
 * village's rate (null where the village did not report that date).
 */
export function chartTable(history: ProgressHistory): {
  header: string[];
  rows: (string | number | null)[][];
} {
  const header = ["报告日期", "应完成进度"].concat(history.villages);
  const rows = history.dates.map((d) => {
    const day = history.rows.filter((r) => r.date === d);
    const due = day.length > 0 ? day[0].due : null;
    const line: (string | number | null)[] = [d, due];
    for (const v of history.villages) {
      const r = day.find((x) => x.village === v);
      line.push(r ? r.rate : null);
    }
    return line;
  });
  return { header, rows };
}
