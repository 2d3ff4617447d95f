/**
 * 申报汇总 and 申报表-<部门>: every category × tier of the region's table, per department with a
 * 小计 and a 合计, counts and sums as COUNTIFS/SUMIFS over 资助明细, and below them the checks.
 */
import { toIso } from "../dates";
import type { PolicyModel, Supplied } from "../policy/model";
import { columnName, quotedSheetName } from "../sheet/address";
import type { CellSpec, SheetSpec } from "../sheet/spec";
import { ClaimResult, subsidisedCategories } from "./build";
import { D } from "./detailSheet";
import { addYuan, f, head, minusYuan, MONEY, num, text, TOTAL_FILL } from "./sheetCells";
import { SubsidyRow, subsidyTable } from "./templates";

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

/**
 * The claim sheet's columns: 另缴财政补助 only where someone on the sheet paid late, so that
 * 缴费标准合计 − 资助金额 + 另缴财政补助 = 个人缴费 adds up on paper.
 */
function claimHeaders(withSurcharge: boolean): string[] {
  return [
    "认定部门",
    "资助对象",
    "参保档次",
    "人数",
    "缴费标准（元/人）",
    "资助标准（元/人）",
    "缴费标准合计（元）",
    "资助金额（元）",
    ...(withSurcharge ? ["另缴财政补助（元）"] : []),
    "个人缴费（元）",
  ];
}

/** Where the figures of a claim sheet are, for tests and the taskpane. */
export interface ClaimSheetLayout {
  /** 1-based row of the 合计 line. */
  totalRow: number;
  /** Column letters of 人数, 缴费标准合计, 资助金额, 另缴财政补助 (null when nobody paid late), 个人缴费. */
  countCol: string;
  standardCol: string;
  subsidyCol: string;
  surchargeCol: string | null;
  personalCol: string;
  /** 1-based rows of the department 小计 lines, by department. */
  subtotalRows: Record<string, number>;
  /** Cells (A1) of the checks that must be 0. */
  checks: string[];
}

/** The sheets a claim sheet's formulas refer to, by the names they were given. */
export interface FormulaRefs {
  detail: string;
  merged: string;
  rejected: string;
}

/**
 * A 小计 or 合计 row: the label, then people (D) and each summed money column, made by `cell`
 * from its value; the rate columns stay empty.
 */
function totalLine(
  label: string,
  sums: readonly string[],
  cell: (column: string, value: number) => CellSpec,
  values: number[]
): CellSpec[] {
  const blank = (): CellSpec => ({ value: "", fill: TOTAL_FILL });
  return [
    { value: label, bold: true, fill: TOTAL_FILL },
    blank(),
    blank(),
    cell(sums[0], values[0]),
    blank(),
    blank(),
    ...sums.slice(1).map((c, i) => cell(c, values[i + 1])),
  ];
}

export function claimSheet(
  name: string,
  title: string,
  policy: PolicyModel,
  result: ClaimResult,
  departments: string[],
  withBalance: boolean,
  refs: FormulaRefs,
  supplied?: Supplied
): { spec: SheetSpec; layout: ClaimSheetLayout } {
  const det = quotedSheetName(refs.detail);
  const col = (c: number): string => `${det}!$${columnName(c)}:$${columnName(c)}`;
  const cells: (CellSpec | null)[][] = [];
  cells.push([{ value: title, bold: true, fontSize: 14, align: "center" }]);
  cells.push([
    {
      value: `政策依据：${basisOf(policy)}\u3000\u3000缴费日期未填的，按${toIso(result.defaultDate)}缴费计\u3000\u3000单位：人、元`,
      wrap: true,
    },
  ]);
  const lineOf = (r: TableRow) =>
    result.lines.find(
      (l) => l.department === r.department && l.category === r.category && l.tier === r.tier
    );
  const withSurcharge = result.lines.some(
    (l) => departments.includes(l.department) && l.surchargeTotal !== 0
  );
  const headers = claimHeaders(withSurcharge);
  const lastCol = columnName(headers.length - 1);
  // 人数 (D), then the summed money: 缴费标准合计 (G), 资助金额 (H), [另缴财政补助], 个人缴费.
  const sumCols = ["D", "G", "H", ...(withSurcharge ? ["I"] : []), lastCol];
  const detailCols = [D.standard, D.subsidy, ...(withSurcharge ? [D.surcharge] : []), D.personal];
  cells.push(headers.map((v) => head(v)));
  const all = tableRows(policy, result, supplied);
  const subtotalRows: Record<string, number> = {};
  /** Per department: people, standard, subsidy, personal (the cached results of 小计). */
  const subtotals: number[][] = [];
  for (const dept of departments) {
    const rows = all.filter((r) => r.department === dept);
    const first = cells.length + 1;
    const sums: number[][] = sumCols.map(() => []);
    for (const r of rows) {
      const n = cells.length + 1;
      const crit = `${col(D.department)},$A${n},${col(D.category)},$B${n},${col(D.tier)},$C${n}`;
      const l = lineOf(r);
      const amounts = [
        l?.count ?? 0,
        l?.standardTotal ?? 0,
        l?.subsidyTotal ?? 0,
        ...(withSurcharge ? [l?.surchargeTotal ?? 0] : []),
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
        ...detailCols.map((c, i) => f(`SUMIFS(${col(c)},${crit})`, amounts[i + 1], MONEY)),
      ]);
    }
    const last = cells.length;
    const n = cells.length + 1;
    subtotalRows[dept] = n;
    const totals = sums.map((v) => addYuan(v));
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
    cells.push(totalLine(`${dept} 小计`, sumCols, sum, totals));
  }
  const totalRow = cells.length + 1;
  const subs = departments.map((d) => subtotalRows[d]);
  const grand = sumCols.map((_, i) => addYuan(subtotals.map((t) => t[i])));
  const total = (c: string, value: number): CellSpec => ({
    formula: subs.length > 0 ? subs.map((r) => `${c}${r}`).join("+") : "0",
    result: value,
    numFmt: c === "D" ? undefined : MONEY,
    bold: true,
    fill: TOTAL_FILL,
  });
  cells.push(
    totalLine(departments.length === 1 ? "合计" : "合计（各部门）", sumCols, total, grand)
  );
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
    const rej = quotedSheetName(refs.rejected);
    const mer = quotedSheetName(refs.merged);
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
      // 人数 (D) also holds the check rows' money (资助明细表的资助金额): wide enough for a county's.
      columnWidths: [18, 40, 10, 16, 14, 14, 16, 16, 16, ...(withSurcharge ? [16] : [])],
      merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
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
      surchargeCol: withSurcharge ? "I" : null,
      personalCol: lastCol,
      subtotalRows,
      checks,
    },
  };
}
