/// <reference types="custom-functions-runtime" />
/* global CustomFunctions */
/**
 * From Excel arguments to core calls and back, with no Office dependency.
 *
 * Excel hands a custom function each argument as a 2-D array (a literal or a single cell as
 * [[v]], a range as rows × columns; a missing optional argument as null). `mapRows` lines
 * the arguments up row by row (an argument of one row or one column is repeated, as Excel
 * broadcasts), calls the rule once per distinct combination of values, and turns every
 * failure into a #VALUE! error with the core's Chinese message, cell by cell: one bad row
 * never spoils the others, and nothing is thrown back at Excel.
 */
import { Day, fromExcelSerial, parseDate, toExcelSerial } from "../core/dates";
import { readCount, readShare, shownValue } from "../core/numbers";
import { maskIdsIn } from "../core/idNumber";
import { cellText, clip } from "../core/text";
import { getPolicy, listPolicies } from "../core/policy/registry";
import type { PolicyModel } from "../core/policy/model";
import { isRuleError, RuleError } from "../core/rules/errors";

export type Cell = unknown;
export type Grid = Cell[][];

// ---------------------------------------------------------------------------- errors

/** An error cell: CustomFunctions.Error inside Excel, a plain look-alike elsewhere (tests, bench). */
export function cellError(code: "invalidValue" | "notAvailable", text: string): Cell {
  // An error echoes what was typed; an ID typed where a category belongs must not show whole.
  const message = maskIdsIn(text);
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message);
  }
  return { code: code === "invalidValue" ? "#VALUE!" : "#N/A", message };
}

/** Any failure as a #VALUE! cell: the core's message for rule errors, a labelled one otherwise. */
export function toErrorCell(e: unknown): Cell {
  if (isRuleError(e)) return cellError("invalidValue", e.message);
  const detail = e instanceof Error ? e.message : String(e);
  return cellError("invalidValue", `计算出错：${detail}`);
}

function bad(message: string): RuleError {
  return new RuleError("BAD_ARGUMENT", message);
}

// ---------------------------------------------------------------------------- values

/** Nothing there: null (a missing argument, an empty cell on the web) or blank text. */
export function isBlank(v: Cell): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Blank, or 0: desktop Excel passes an empty cell of a range as 0, and no text, date or id
 * is ever 0. Counts and rates do not use this, for them 0 is a value.
 */
export function isEmptyCell(v: Cell): boolean {
  return v === 0 || isBlank(v);
}

function shown(v: Cell): string {
  return typeof v === "number" ? shownValue(v) : clip(cellText(v));
}

/**
 * The longest text a tier, category or policy argument can be. Longer text is no such name,
 * and refusing it at once keeps a column of long strings from slowing every recalculation.
 */
export const MAX_NAME_LENGTH = 60;

/** Required text, width-folded and trimmed. */
export function text(v: Cell, what: string): string {
  if (isEmptyCell(v)) throw bad(`缺少${what}`);
  if (typeof v === "string" && v.length > MAX_NAME_LENGTH * 4) throw tooLong(v, what);
  const t = cellText(v);
  if (t.length > MAX_NAME_LENGTH) throw tooLong(t, what);
  return t;
}

function tooLong(t: string, what: string): RuleError {
  return bad(`${what}“${clip(t, 20)}”过长，不是有效的${what}（最多${MAX_NAME_LENGTH}个字）`);
}

export function optText(v: Cell, what = "政策编号"): string | undefined {
  return isEmptyCell(v) ? undefined : text(v, what);
}

const DATE_HELP =
  "可以用 DATE(2025,3,1)、日期格式的单元格，或文本 2025-03-01、2025/3/1、2025年3月1日";

/** A date as Excel passes it: a serial number, or text as clerks type it. */
export function date(v: Cell, what: string): Day {
  if (isEmptyCell(v)) throw new RuleError("BAD_DATE", `缺少${what}。${DATE_HELP}`);
  let day: Day | null = null;
  if (typeof v === "number") day = fromExcelSerial(v);
  else if (typeof v === "string") day = parseDate(v);
  if (day === null)
    throw new RuleError("BAD_DATE", `${what}“${shown(v)}”不是有效日期。${DATE_HELP}`);
  return day;
}

export function optDate(v: Cell, what: string): Day | undefined {
  return isEmptyCell(v) ? undefined : date(v, what);
}

/** The largest count an argument can be: more people than any county has. */
export const MAX_COUNT = 10_000_000;

/**
 * A whole number from 0 to `max`, as a number or as plain decimal text (no hex, exponents
 * or infinities; see core/numbers); blank gives undefined.
 */
export function optCount(v: Cell, what: string, max = MAX_COUNT): number | undefined {
  if (isBlank(v)) return undefined;
  const r = readCount(typeof v === "string" || typeof v === "number" ? v : NaN, { max });
  if (!r.ok) throw bad(`${what}应为0到${max}之间的整数，而不是“${shown(v)}”（${r.reason}）`);
  return r.value;
}

export function count(v: Cell, what: string, max = MAX_COUNT): number {
  const n = optCount(v, what, max);
  if (n === undefined) throw bad(`缺少${what}`);
  return n;
}

/** An insurance year: 2025, "2025", "2025年" or "2025年度"; blank (or 0) gives undefined. */
export function optYear(v: Cell): number | undefined {
  if (isEmptyCell(v)) return undefined;
  const m = typeof v === "number" ? [String(v), String(v)] : /^(\d{4})年?度?$/.exec(cellText(v));
  const y = m ? Number(m[1]) : NaN;
  if (!Number.isInteger(y) || y < 2000 || y > 2100)
    throw bad(`年度应为四位年份，如 2025，而不是“${shown(v)}”`);
  return y;
}

/**
 * A share such as a completion rate: 0.95, "0.95", "95%" or "９５％"; a bare 95 is read as 95%
 * (core/numbers readShare). A cell cannot carry a note, so the README says so.
 */
export function share(v: Cell, what: string): number {
  if (isBlank(v)) throw bad(`缺少${what}`);
  const r = readShare(typeof v === "string" || typeof v === "number" ? v : NaN);
  if (!r.ok) throw bad(`${what}应为比例，如 0.95 或 95%，而不是“${shown(v)}”（${r.reason}）`);
  return r.value;
}

export function serial(day: Day): number {
  return toExcelSerial(day);
}

// ---------------------------------------------------------------------------- policy

/**
 * The policy named by the argument (its id, or its name as the task pane lists it, such as
 * 重庆市潼南区2025年度), else the workbook's, else an error that says how to choose one.
 * Models are looked up once per call through the given cache.
 */
export function policyOf(
  arg: Cell,
  workbookPolicy: string | null,
  cache: Map<string, PolicyModel>
): PolicyModel {
  const id = optText(arg, "政策编号") ?? workbookPolicy ?? null;
  if (id === null) {
    // Names, as 政策设置 lists them: the argument takes a name as well as an id.
    const names = listPolicies().map((p) => p.label);
    throw new RuleError(
      "NO_POLICY",
      `没有选择政策：请在任务窗格“政策设置”中为本工作簿选择政策，或在函数的最后一个参数写政策名称，如 "${names[0]}"。可用的政策：${names.join("、")}`
    );
  }
  let model = cache.get(id);
  if (!model) {
    model = listPolicies().find((p) => p.label === id) ?? getPolicy(id);
    cache.set(id, model);
  }
  return model;
}

// ---------------------------------------------------------------------------- ranges

function asGrid(arg: unknown): Grid {
  // Excel appends an invocation object after the declared parameters; should one ever land
  // in a parameter's place it must read as "missing", not as a value.
  if (arg !== null && typeof arg === "object" && !Array.isArray(arg)) return [[null]];
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [[null]];
  if (!Array.isArray(arg[0])) return [arg];
  return arg as Grid;
}

interface Answer {
  cell: Cell;
  /** [cell], shared by every row with this answer when the result is one column wide. */
  line: Cell[];
}

function answerOf(cell: Cell): Answer {
  return { cell, line: [cell] };
}

/**
 * Evaluates `rule` for each row of the broadcast arguments. A row whose required arguments
 * (the first `required`) are empty (blank or 0) gives "", so a whole-column reference leaves
 * empty rows empty, and empty rows at the end are dropped so that the spill stops with the
 * data. A row with only some of them gives #VALUE! saying what is missing.
 */
export function mapRows(
  args: unknown[],
  required: number,
  rule: (row: Cell[]) => Cell,
  options: { zeroIsValue?: boolean } = {}
): Cell[][] {
  try {
    const grids = args.map((v) => asGrid(v));
    let rows = 1;
    let cols = 1;
    for (const g of grids) {
      rows = Math.max(rows, g.length);
      cols = Math.max(cols, g[0].length);
    }
    const blank = answerOf("");
    const mismatch = answerOf(
      cellError("notAvailable", "参数的区域大小不一致：请让各列区域的行数相同")
    );
    const row: Cell[] = new Array(grids.length);
    // Answers are remembered for the call, keyed by the values of the arguments that vary
    // (a Map per argument, no key strings): 100,000 rows have few distinct combinations.
    const varying = grids
      .map((g, a) => (g.length > 1 || g[0].length > 1 ? a : -1))
      .filter((a) => a >= 0);
    const answers = new Map<unknown, unknown>();
    // A row is empty when its required ranges are: =YB.PREMIUM("一档", B:B, C:C) leaves the
    // rows after the data empty. With no required range, all required values must be empty.
    const requiredRanges = varying.filter((a) => a < required);
    const decides =
      requiredRanges.length > 0 ? requiredRanges : Array.from({ length: required }, (_, a) => a);
    const counts = grids.map((_, a) => decides.includes(a));

    const zeroIsValue = options.zeroIsValue === true;
    // Where 0 is a value (counts), a trailing row is cut only when every required value is 0
    // or blank: =YB.WORKFUND(1273,{95;0}) keeps its second row (0 paid of 1273).
    const trims = grids.map((_, a) => (zeroIsValue ? a < required : counts[a]));
    // Set by at(): the row's required values are all blank or 0, so as a trailing row of a
    // range (desktop Excel passes empty cells as 0) it is cut from the spill.
    let looksEmpty = false;
    const at = (i: number, j: number): Answer => {
      let empty = true;
      let zeroOrEmpty = true;
      for (let a = 0; a < grids.length; a++) {
        const g = grids[a];
        const r = g.length === 1 ? g[0] : g[i];
        if (r === undefined || (r.length !== 1 && j >= r.length)) return mismatch;
        const v = r.length === 1 ? r[0] : r[j];
        row[a] = v;
        if (trims[a] && !isEmptyCell(v)) zeroOrEmpty = false;
        if (counts[a] && (zeroIsValue ? !isBlank(v) : !isEmptyCell(v))) empty = false;
      }
      looksEmpty = zeroOrEmpty;
      if (empty) return blank;
      let node = answers;
      for (let k = 0; k < varying.length - 1; k++) {
        let next = node.get(row[varying[k]]) as Map<unknown, unknown> | undefined;
        if (next === undefined) node.set(row[varying[k]], (next = new Map()));
        node = next;
      }
      const key = varying.length > 0 ? row[varying[varying.length - 1]] : null;
      let answer = node.get(key) as Answer | undefined;
      if (answer === undefined) {
        let cell: Cell;
        try {
          cell = rule(row);
        } catch (e) {
          cell = toErrorCell(e);
        }
        node.set(key, (answer = answerOf(cell)));
      }
      return answer;
    };

    const out: Cell[][] = new Array(rows);
    let end = 1;
    for (let i = 0; i < rows; i++) {
      if (cols === 1) {
        const answer = at(i, 0);
        out[i] = answer.line;
        if (answer !== blank && !looksEmpty) end = i + 1;
      } else {
        const line: Cell[] = new Array(cols);
        for (let j = 0; j < cols; j++) {
          const answer = at(i, j);
          line[j] = answer.cell;
          if (answer !== blank && !looksEmpty) end = i + 1;
        }
        out[i] = line;
      }
    }
    out.length = end;
    return out;
  } catch (e) {
    return [[toErrorCell(e)]];
  }
}
