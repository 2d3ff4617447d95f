/**
 * The claim workbook: new sheets written next to the rosters, never over them.
 *
 *   申报汇总            every category × tier of the region's table, per department with a
 *                       小计 and a 合计, counts and sums as COUNTIFS/SUMIFS over 资助明细, so
 *                       the claim is auditable and follows edits to the detail sheet; below it
 *                       the checks (detail total, rows in = people + merged + rejected)
 *   申报表-<部门>       the same for one certifying department
 *   资助明细            one row per person (the full ID: this is the clerk's own sheet)
 *   合并记录            rows merged into a person (duplicates, other identities)
 *   未通过              rejected rows with the reason and the values as written
 *   公示名单            on request: the subsidised people by village, the ID masked to its
 *                       last 4 digits
 *
 * Formulas use English function names and whole-column references, so rows the clerk adds
 * to 资助明细 are counted too. Each formula carries the value yibao computed as its cached
 * result (viewers that do not recalculate show it); spreadsheets recalculate on load.
 *
 * Made again in the same workbook, the sheets get the first suffix free for all of them
 * (申报汇总(2), 申报表-县民政局(2), 资助明细(2), 合并记录(2), 未通过(2)) and the formulas
 * refer to those names; the earlier sheets are left as they are.
 */
import { toIso } from "../dates";
import { idLast4 } from "../idNumber";
import type { PolicyModel } from "../policy/model";
import type { Supplied } from "../policy/model";
import { columnName } from "../sheet/address";
import type { CellSpec, SheetSpec } from "../sheet/spec";
import { safeSheetName } from "../sheet/spec";
import { ClaimResult, claimDepartments, subsidisedCategories } from "./build";
import { SubsidyRow, subsidyTable } from "./templates";

export const DETAIL_SHEET = "资助明细";
export const SUMMARY_SHEET = "申报汇总";
export const REJECTED_SHEET = "未通过";
export const MERGED_SHEET = "合并记录";
export const NOTICE_SHEET = "公示名单";

export interface ClaimWorkbookOptions {
  /** Add the public-notice list (公示名单). */
  publicNotice?: boolean;
  /**
   * Sheet names already in the workbook (Office.js), so new names do not collide: where the
   * default names are taken (the claim was made before), the sheets that refer to each other
   * get one common suffix, 申报汇总(2), 资助明细(2)…, and the formulas use those names.
   */
  existingSheets?: string[];
  /** Values supplied for what the notice leaves open, for the table's lines nobody is on. */
  supplied?: Supplied;
}

/** The names a claim workbook's sheets were given (with a suffix where the defaults were taken). */
export interface ClaimSheetNames {
  summary: string;
  detail: string;
  merged: string;
  rejected: string;
  /** By department, for the departments with people. */
  departments: Record<string, string>;
  notice: string | null;
}

/** Detail sheet columns (0-based), shared by the writer and the formulas. */
export const DETAIL_COLUMNS = [
  "序号",
  "村（社区）",
  "姓名",
  "身份证号码",
  "资助身份",
  "参保档次",
  "认定部门",
  "缴费标准",
  "资助金额",
  "另缴财政补助",
  "个人缴费",
  "缴费日期",
  "其他身份（已合并）",
  "来源",
  "提示",
] as const;
const D = {
  seq: 0,
  village: 1,
  name: 2,
  id: 3,
  category: 4,
  tier: 5,
  department: 6,
  standard: 7,
  subsidy: 8,
  surcharge: 9,
  personal: 10,
  paid: 11,
  others: 12,
  sources: 13,
  warnings: 14,
};

const MONEY = "#,##0.00";
const HEAD_FILL = "DDEBF7";
const TOTAL_FILL = "FFF2CC";

const head = (value: string): CellSpec => ({ value, bold: true, fill: HEAD_FILL, align: "center" });
const text = (value: string): CellSpec | null => (value === "" ? null : { value });
const num = (value: number, numFmt?: string): CellSpec => (numFmt ? { value, numFmt } : { value });
const f = (formula: string, result: number, numFmt?: string, bold?: boolean): CellSpec => ({
  formula,
  result,
  numFmt,
  bold,
});

/**
 * A rejection's reason as a clerk reads it: the core's message for a value the notice leaves
 * open also names the command-line option, which belongs to the CLI's text only.
 */
export function clerkReason(reason: string): string {
  return reason
    .replace(/命令行加\s*--set\s*[^\s，,。；;]+=值[，,]?\s*或?/g, "")
    .replace(/[（(]?\s*--set\s*[^\s，,。；;）)]+[）)]?/g, "");
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function refSource(s: { sheet: string; row: number }): string {
  return `${s.sheet}!${s.row}`;
}

/** The policy's documents named in its subsidy table, for the basis line. */
function basisOf(policy: PolicyModel): string {
  const seen: string[] = [];
  for (const c of subsidisedCategories(policy)) {
    for (const s of Object.values(c.subsidy ?? {})) {
      for (const cite of s.cite) {
        const k = `${cite.doc} ${cite.clause.replace(/\s*第\d+项$/, "")}`;
        if (!seen.includes(k)) seen.push(k);
      }
    }
  }
  return seen.slice(0, 4).join("；");
}

type TableRow = Omit<SubsidyRow, "personal">;

/**
 * Every category × tier of the region's table, by department in the table's order: the
 * amounts the claim used where it has people there, else the core's subsidy table.
 */
function tableRows(policy: PolicyModel, result: ClaimResult, supplied?: Supplied): TableRow[] {
  const rows: TableRow[] = subsidyTable(policy, supplied).map((r) => {
    const used = result.lines.find(
      (l) => l.department === r.department && l.category === r.category && l.tier === r.tier
    );
    return used ? { ...r, standard: used.standardEach, subsidy: used.subsidyEach } : r;
  });
  // People whose department is not in the table's list (should not happen) still get a line.
  for (const l of result.lines) {
    if (
      !rows.some(
        (r) => r.department === l.department && r.category === l.category && r.tier === l.tier
      )
    ) {
      rows.push({
        department: l.department,
        category: l.category,
        tier: l.tier,
        standard: l.standardEach,
        subsidy: l.subsidyEach,
      });
    }
  }
  return rows;
}

const CLAIM_HEADERS = [
  "认定部门",
  "资助对象",
  "参保档次",
  "人数",
  "缴费标准（元/人）",
  "资助标准（元/人）",
  "缴费标准合计（元）",
  "资助金额（元）",
  "个人缴费（元）",
];

/** Where the figures of a claim sheet are, for tests and the taskpane. */
export interface ClaimSheetLayout {
  /** 1-based row of the 合计 line. */
  totalRow: number;
  /** Column letters of 人数, 缴费标准合计, 资助金额, 个人缴费. */
  countCol: string;
  standardCol: string;
  subsidyCol: string;
  personalCol: string;
  /** 1-based rows of the department 小计 lines, by department. */
  subtotalRows: Record<string, number>;
  /** Cells (A1) of the checks that must be 0. */
  checks: string[];
}

/** The sheets a claim sheet's formulas refer to, by the names they were given. */
interface FormulaRefs {
  detail: string;
  merged: string;
  rejected: string;
}

/** Money in yuan added as whole fen (exact, never a floating-point sum of yuan). */
function addYuan(values: number[]): number {
  return values.reduce((fen, v) => fen + Math.round(v * 100), 0) / 100;
}

/** a − b in yuan, as whole fen. */
function minusYuan(a: number, b: number): number {
  return (Math.round(a * 100) - Math.round(b * 100)) / 100;
}

function claimSheet(
  name: string,
  title: string,
  policy: PolicyModel,
  result: ClaimResult,
  departments: string[],
  withBalance: boolean,
  refs: FormulaRefs,
  supplied?: Supplied
): { spec: SheetSpec; layout: ClaimSheetLayout } {
  const det = quoteSheet(refs.detail);
  const col = (c: number): string => `${det}!$${columnName(c)}:$${columnName(c)}`;
  const cells: (CellSpec | null)[][] = [];
  cells.push([{ value: title, bold: true, fontSize: 14, align: "center" }]);
  cells.push([
    {
      value: `政策依据：${basisOf(policy)}\u3000\u3000缴费日期未填的，按${toIso(result.defaultDate)}缴费计\u3000\u3000单位：人、元`,
      wrap: true,
    },
  ]);
  cells.push(CLAIM_HEADERS.map(head));
  const all = tableRows(policy, result, supplied);
  const lineOf = (r: TableRow) =>
    result.lines.find(
      (l) => l.department === r.department && l.category === r.category && l.tier === r.tier
    );
  const subtotalRows: Record<string, number> = {};
  /** Per department: people, standard, subsidy, personal (the cached results of 小计). */
  const subtotals: number[][] = [];
  for (const dept of departments) {
    const rows = all.filter((r) => r.department === dept);
    const first = cells.length + 1;
    const sums: number[][] = [[], [], [], []];
    for (const r of rows) {
      const n = cells.length + 1;
      const crit = `${col(D.department)},$A${n},${col(D.category)},$B${n},${col(D.tier)},$C${n}`;
      const l = lineOf(r);
      const amounts = [
        l?.count ?? 0,
        l?.standardTotal ?? 0,
        l?.subsidyTotal ?? 0,
        l?.personalTotal ?? 0,
      ];
      amounts.forEach((v, i) => sums[i].push(v));
      cells.push([
        text(r.department),
        { value: r.category, wrap: true },
        text(r.tier),
        f(`COUNTIFS(${crit})`, amounts[0]),
        num(r.standard, MONEY),
        r.subsidy === null
          ? { value: "通知未定", note: "通知未列资助标准：提供当地的标准后重新生成" }
          : num(r.subsidy, MONEY),
        f(`SUMIFS(${col(D.standard)},${crit})`, amounts[1], MONEY),
        f(`SUMIFS(${col(D.subsidy)},${crit})`, amounts[2], MONEY),
        f(`SUMIFS(${col(D.personal)},${crit})`, amounts[3], MONEY),
      ]);
    }
    const last = cells.length;
    const n = cells.length + 1;
    subtotalRows[dept] = n;
    const totals = sums.map(addYuan);
    subtotals.push(totals);
    const sum = (c: string, value: number): CellSpec =>
      last >= first
        ? {
            formula: `SUM(${c}${first}:${c}${last})`,
            result: value,
            numFmt: c === "D" ? undefined : MONEY,
            bold: true,
            fill: TOTAL_FILL,
          }
        : { value: 0, bold: true, fill: TOTAL_FILL };
    cells.push([
      { value: `${dept} 小计`, bold: true, fill: TOTAL_FILL },
      { value: "", fill: TOTAL_FILL },
      { value: "", fill: TOTAL_FILL },
      sum("D", totals[0]),
      { value: "", fill: TOTAL_FILL },
      { value: "", fill: TOTAL_FILL },
      sum("G", totals[1]),
      sum("H", totals[2]),
      sum("I", totals[3]),
    ]);
  }
  const totalRow = cells.length + 1;
  const subs = departments.map((d) => subtotalRows[d]);
  const grand = [0, 1, 2, 3].map((i) => addYuan(subtotals.map((t) => t[i])));
  const total = (c: string, value: number): CellSpec => ({
    formula: subs.length > 0 ? subs.map((r) => `${c}${r}`).join("+") : "0",
    result: value,
    numFmt: c === "D" ? undefined : MONEY,
    bold: true,
    fill: TOTAL_FILL,
  });
  cells.push([
    { value: departments.length === 1 ? "合计" : "合计（各部门）", bold: true, fill: TOTAL_FILL },
    { value: "", fill: TOTAL_FILL },
    { value: "", fill: TOTAL_FILL },
    total("D", grand[0]),
    { value: "", fill: TOTAL_FILL },
    { value: "", fill: TOTAL_FILL },
    total("G", grand[1]),
    total("H", grand[2]),
    total("I", grand[3]),
  ]);
  const checks: string[] = [];
  cells.push([]);
  const checkRow = (
    label: string,
    formula: string,
    value: number,
    fmt?: string,
    isCheck = false
  ): void => {
    const n = cells.length + 1;
    cells.push([{ value: label, bold: isCheck }, null, null, f(formula, value, fmt, isCheck)]);
    if (isCheck) checks.push(`D${n}`);
  };
  const people = result.people.length;
  const detailSubsidy = result.totals.subsidy;
  if (withBalance) {
    checkRow("核对：资助明细表的人数", `COUNTA(${col(D.id)})-1`, people);
    checkRow("核对：资助明细表的资助金额", `SUM(${col(D.subsidy)})`, detailSubsidy, MONEY);
    checkRow(
      "核对：合计资助金额 − 明细资助金额（应为0）",
      `H${totalRow}-SUM(${col(D.subsidy)})`,
      minusYuan(grand[2], detailSubsidy),
      MONEY,
      true
    );
    checkRow(
      "核对：合计人数 − 明细人数（应为0）",
      `D${totalRow}-(COUNTA(${col(D.id)})-1)`,
      grand[0] - people,
      undefined,
      true
    );
    cells.push([]);
    const rej = quoteSheet(refs.rejected);
    const mer = quoteSheet(refs.merged);
    const inRow = cells.length + 1;
    cells.push([{ value: "花名册数据行（输入）", bold: true }, null, null, num(result.inputRows)]);
    checkRow("申报人数", `COUNTA(${col(D.id)})-1`, people);
    checkRow("合并的重复行", `COUNTA(${mer}!$A:$A)-1`, result.merged.length);
    checkRow("未通过的行", `COUNTA(${rej}!$A:$A)-1`, result.rejected.length);
    checkRow(
      "核对：输入 − 人数 − 合并 − 未通过（应为0）",
      `D${inRow}-D${inRow + 1}-D${inRow + 2}-D${inRow + 3}`,
      result.inputRows - people - result.merged.length - result.rejected.length,
      undefined,
      true
    );
    if (result.ignored.length > 0) {
      cells.push([
        text(
          `另有${result.ignored.length}行不是数据（重复表头、合计、签名或标题行），未计入输入行数。`
        ),
      ]);
    }
  } else {
    const n = cells.length + 1;
    const deptList = departments.map((d) => `"${d.replace(/"/g, '""')}"`);
    const sumDept = deptList
      .map((d) => `SUMIFS(${col(D.subsidy)},${col(D.department)},${d})`)
      .join("+");
    const inDetail = addYuan(
      result.people.filter((p) => departments.includes(p.department)).map((p) => p.subsidy)
    );
    cells.push([
      { value: "核对：合计资助金额 − 明细中本部门资助金额（应为0）", bold: true },
      null,
      null,
      f(`H${totalRow}-(${sumDept})`, minusYuan(grand[2], inDetail), MONEY, true),
    ]);
    checks.push(`D${n}`);
  }
  cells.push([]);
  cells.push([
    text(
      "填表人：　　　　　　审核人：　　　　　　单位负责人：　　　　　　（盖章）　　　　　　日期："
    ),
  ]);
  return {
    spec: {
      name,
      cells,
      columnWidths: [18, 40, 10, 8, 14, 14, 16, 16, 16],
      merges: [`A1:I1`, `A2:I2`],
      frozenRows: 3,
      table: { headerRow: 2, lastRow: totalRow - 1 },
      // The table has one line per category × tier whatever the number of people: one page.
      print: { title, pagesTall: 1 },
    },
    layout: {
      totalRow,
      countCol: "D",
      standardCol: "G",
      subsidyCol: "H",
      personalCol: "I",
      subtotalRows,
      checks,
    },
  };
}

function detailSheet(result: ClaimResult, name = DETAIL_SHEET): SheetSpec {
  const cells: (CellSpec | null)[][] = new Array(result.people.length + 1);
  cells[0] = DETAIL_COLUMNS.map(head);
  for (let i = 0; i < result.people.length; i++) {
    const p = result.people[i];
    const row: (CellSpec | null)[] = [
      { value: i + 1 },
      text(p.village),
      text(p.name),
      { value: p.id },
      { value: p.category },
      { value: p.tier },
      { value: p.department },
      { value: p.standard },
      { value: p.subsidy },
      { value: p.fiscalSurcharge },
      { value: p.personal },
      p.paidGiven ? { value: toIso(p.paid) } : null,
      text(p.otherIdentities.join("、")),
      { value: p.sources.map(refSource).join("；") },
      text(p.warnings.join("；")),
    ];
    cells[i + 1] = row;
  }
  return {
    name,
    cells,
    columnWidths: [6, 12, 8, 21, 28, 7, 14, 9, 9, 11, 9, 11, 18, 16, 30],
    frozenRows: 1,
    textColumns: [D.id],
  };
}

function rejectedSheet(result: ClaimResult, name = REJECTED_SHEET): SheetSpec {
  const headers = [
    "工作表",
    "行号",
    "姓名",
    "身份证号码（原样）",
    "人员类别",
    "参保档次",
    "村（社区）",
    "缴费日期",
    "认定部门",
    "原因",
  ];
  const cells: (CellSpec | null)[][] = [headers.map(head)];
  for (const r of result.rejected) {
    const v = r.values;
    cells.push([
      text(r.sheet),
      num(r.row),
      text(v.name),
      text(v.id),
      text(v.category),
      text(v.tier),
      text(v.village),
      text(v.paidDate),
      text(v.department),
      text(clerkReason(r.reason)),
    ]);
  }
  return {
    name,
    cells,
    columnWidths: [12, 6, 10, 22, 24, 9, 12, 12, 14, 70],
    frozenRows: 1,
    textColumns: [3],
  };
}

function mergedSheet(result: ClaimResult, name = MERGED_SHEET): SheetSpec {
  const headers = [
    "工作表",
    "行号",
    "姓名",
    "身份证号码",
    "人员类别",
    "参保档次",
    "并入（工作表!行）",
    "说明",
  ];
  const cells: (CellSpec | null)[][] = [headers.map(head)];
  const idOf = new Map<string, string>();
  for (const p of result.people)
    for (const s of p.sources) idOf.set(`${s.sheet}\u0000${s.row}`, p.idMasked);
  for (const m of result.merged) {
    cells.push([
      text(m.sheet),
      num(m.row),
      text(m.name),
      text(idOf.get(`${m.sheet}\u0000${m.row}`) ?? ""),
      text(m.category),
      text(m.tier),
      text(refSource(m.into)),
      text(m.reason),
    ]);
  }
  return {
    name,
    cells,
    columnWidths: [12, 6, 10, 22, 30, 9, 16, 70],
    frozenRows: 1,
    textColumns: [3],
  };
}

/**
 * Villages in the order the list should follow: the roster's (the order of first appearance).
 * The policy data holds no village list (附件1 is the clerk's table, not policy data); where a
 * region's data gains one, it goes first here.
 */
function villageOrder(people: readonly { village: string }[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const p of people) if (!order.has(p.village)) order.set(p.village, order.size);
  return order;
}

/**
 * 公示名单: the subsidised people, by village, with the ID masked to its last 4 digits the way
 * 下路街道发〔2024〕78号 附件3 五 masks a public list (村社、姓名、身份证后4位、缴费档次、缴费金额).
 * It is a list of subsidised people, not the cash payers' notice of 附件3 (that one belongs to
 * the cash ledger). People whose subsidy is 0 are left out: the list publishes subsidies.
 */
export function publicNoticeSheet(
  result: ClaimResult,
  policy: PolicyModel,
  name = NOTICE_SHEET
): SheetSpec {
  const listed = result.people.filter((p) => p.subsidy > 0);
  const rank = villageOrder(listed);
  const order = listed
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank.get(a.p.village)! - rank.get(b.p.village)! || a.i - b.i);
  const title = `${policy.label}城乡居民医保资助参保人员名单（公示）`;
  const left = result.people.length - listed.length;
  const cells: (CellSpec | null)[][] = [
    [{ value: title, bold: true, fontSize: 14, align: "center" }],
    [
      {
        value:
          "本名单列出获资助参保的人员：村社、姓名、身份证后4位、参保档次、资助金额和个人缴费（元）。" +
          "身份证号码只留后4位，公示时注意保护个人隐私。" +
          (left > 0 ? `另有${left}人资助金额为0，未列入。` : ""),
        wrap: true,
      },
    ],
    ["序号", "村社", "姓名", "身份证后4位", "参保档次", "资助金额（元）", "个人缴费（元）"].map(
      head
    ),
  ];
  order.forEach(({ p }, k) => {
    cells.push([
      num(k + 1),
      text(p.village),
      text(p.name),
      text(idLast4(p.id)),
      text(p.tier),
      num(p.subsidy, MONEY),
      num(p.personal, MONEY),
    ]);
  });
  return {
    name,
    cells,
    columnWidths: [6, 14, 10, 12, 10, 14, 14],
    merges: ["A1:G1", "A2:G2"],
    frozenRows: 3,
    textColumns: [3],
    table: { headerRow: 2 },
    print: { title },
  };
}

export interface ClaimWorkbook {
  sheets: SheetSpec[];
  /** The layout of 申报汇总 and of each 申报表-<部门> sheet, by sheet name. */
  layouts: Record<string, ClaimSheetLayout>;
  names: ClaimSheetNames;
}

/** A sheet name with the run's suffix: 资助明细, 资助明细(2)…, kept within Excel's 31 characters. */
function withSuffix(name: string, k: number): string {
  const base = safeSheetName(name);
  if (k === 1) return base;
  const suffix = `(${k})`;
  return base.slice(0, 31 - suffix.length) + suffix;
}

/**
 * The smallest suffix (1: none) under which every one of `names` is free: the sheets whose
 * formulas refer to each other keep one suffix, so a second claim reads 申报汇总(2) → 资助明细(2).
 */
function freeSuffix(names: string[], taken: string[]): number {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let k = 1; k < 1000; k++) {
    const candidates = names.map((n) => withSuffix(n, k).toLowerCase());
    if (candidates.every((c) => !used.has(c)) && new Set(candidates).size === candidates.length)
      return k;
  }
  throw new Error("工作簿中已有太多申报表：请先删除旧的申报表工作表");
}

/** The claim workbook's sheets, in the order a clerk reads them. */
export function claimWorkbook(
  result: ClaimResult,
  policy: PolicyModel,
  options: ClaimWorkbookOptions = {}
): ClaimWorkbook {
  const taken = [...(options.existingSheets ?? [])];
  const layouts: Record<string, ClaimSheetLayout> = {};
  const used = new Set(result.lines.map((l) => l.department));
  const departments = [
    ...claimDepartments(policy),
    ...[...used].filter((d) => !claimDepartments(policy).includes(d)),
  ];
  const withPeople = departments.filter((d) => used.has(d));
  // The sheets that refer to each other by name share one suffix, free for all of them.
  const linked = [
    SUMMARY_SHEET,
    ...withPeople.map((d) => `申报表-${d}`),
    DETAIL_SHEET,
    MERGED_SHEET,
    REJECTED_SHEET,
  ];
  const k = freeSuffix(linked, taken);
  const name = (n: string): string => {
    const s = safeSheetName(withSuffix(n, k), taken);
    taken.push(s);
    return s;
  };
  const summaryName = name(SUMMARY_SHEET);
  const deptNames: Record<string, string> = {};
  for (const dept of withPeople) deptNames[dept] = name(`申报表-${dept}`);
  const refs: FormulaRefs = {
    detail: name(DETAIL_SHEET),
    merged: name(MERGED_SHEET),
    rejected: name(REJECTED_SHEET),
  };
  // The notice refers to nothing: the run's suffix if that name is free, else the next free one.
  let notice: string | null = null;
  if (options.publicNotice) {
    const own = withSuffix(NOTICE_SHEET, k);
    notice = safeSheetName(
      taken.some((t) => t.toLowerCase() === own.toLowerCase()) ? NOTICE_SHEET : own,
      taken
    );
    taken.push(notice);
  }

  const sheets: SheetSpec[] = [];
  const summary = claimSheet(
    summaryName,
    `${policy.label}城乡居民医保困难群众参保资助申报汇总表`,
    policy,
    result,
    departments,
    true,
    refs,
    options.supplied
  );
  sheets.push(summary.spec);
  layouts[summaryName] = summary.layout;
  for (const dept of withPeople) {
    const sheetName = deptNames[dept];
    const s = claimSheet(
      sheetName,
      `${policy.label}城乡居民医保参保资助申报表（${dept}）`,
      policy,
      result,
      [dept],
      false,
      refs,
      options.supplied
    );
    sheets.push(s.spec);
    layouts[sheetName] = s.layout;
  }
  sheets.push(
    detailSheet(result, refs.detail),
    mergedSheet(result, refs.merged),
    rejectedSheet(result, refs.rejected)
  );
  if (notice !== null) sheets.push(publicNoticeSheet(result, policy, notice));
  return {
    sheets,
    layouts,
    names: {
      summary: summaryName,
      detail: refs.detail,
      merged: refs.merged,
      rejected: refs.rejected,
      departments: deptNames,
      notice,
    },
  };
}
