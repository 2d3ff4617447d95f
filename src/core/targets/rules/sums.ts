/** The total row against the sum of the units, and the total against the figure assigned from above. */
import { Decimal } from "../../decimal";
import { cellAddress } from "../../sheet/address";
import type { TargetFix, TargetSummary } from "../types";
import { readNum } from "../cells";
import { add, type Ctx } from "../findings";
import type { ColumnRole, TableLayout, TableRows } from "../layout";
import { diffText, fmt, zeroList } from "../words";
import type { UnitsRead } from "./units";

/** A1 ranges of the rows, merged into runs: "C4:C7,C9". */
function rangesOf(col: number, rowList: number[]): string {
  const sorted = [...new Set(rowList)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = -1;
  let prev = -2;
  const flush = () => {
    if (start < 0) return;
    parts.push(
      start === prev
        ? cellAddress(start, col)
        : `${cellAddress(start, col)}:${cellAddress(prev, col)}`
    );
  };
  for (const r of sorted) {
    if (r !== prev + 1) {
      flush();
      start = r;
    }
    prev = r;
  }
  flush();
  return parts.join(",");
}

const ROLE_LABEL: Record<ColumnRole, string> = {
  seq: "序号",
  unit: "名称",
  target: "任务数",
  population: "户籍人口",
  paid: "已缴费人数",
  rate: "比率",
  lowIncomeCount: "低收入人口数",
  lowIncomePaid: "低收入人口已缴费人数",
  lowIncomeRate: "低收入人口参保率",
  povertyCount: "脱贫人口数",
  povertyPaid: "脱贫人口已缴费人数",
  povertyRate: "脱贫人口参保率",
};

/** Checks the total row (or its absence); returns the declared total, or null. */
export function checkSums(
  ctx: Ctx,
  layout: TableLayout,
  parsed: TableRows,
  read: UnitsRead,
  noun: string,
  summary: TargetSummary
): number | null {
  const rows = ctx.rows;
  const col = layout.columns;
  const unitCol = col.unit!;
  const targetCol = col.target!;
  const { units, countedAsZero, lastUnitRow } = read;
  let sum = new Decimal(0);
  for (const u of units) if (u.raw !== null) sum = sum.plus(u.raw);
  summary.sumOfUnits = sum.toNumber();
  const subtotal = new Set(parsed.subtotalRows);
  const sumRows: number[] = [];
  const sumFrom = units.length > 0 ? Math.min(layout.dataStart, units[0].row) : layout.dataStart;
  const sumTo = parsed.totalRow !== null ? parsed.totalRow - 1 : lastUnitRow;
  for (let r = sumFrom; r <= sumTo; r++) if (!subtotal.has(r)) sumRows.push(r);
  const sumFormula = (c: number): string => `=SUM(${rangesOf(c, sumRows)})`;
  summary.totalRow = parsed.totalRow;
  const tableEnd = parsed.totalRow ?? lastUnitRow;
  summary.range = `${cellAddress(layout.headerRow, Math.min(...Object.values(col).map((v) => Number(v))))}:${cellAddress(Math.max(tableEnd, layout.dataStart - 1), layout.lastColumn)}`;

  let declared: number | null = null;
  const totalRow = parsed.totalRow;
  if (totalRow === null) {
    if (units.length > 0) {
      add(
        ctx,
        "warning",
        "NO_TOTAL_ROW",
        lastUnitRow + 1,
        unitCol,
        `表中没有合计行。请在最后一个${noun}下面加一行“合计”，任务数填 ${sumFormula(targetCol)}（各${noun}之和 ${summary.sumOfUnits}）。`
      );
    }
  } else if (units.length > 0) {
    const cell = readNum(rows[totalRow]?.[targetCol]);
    const fix: TargetFix = {
      kind: "sumFormula",
      row: totalRow,
      col: targetCol,
      formula: sumFormula(targetCol),
    };
    // Every mistake in the total's own cell is one finding there; the fix is left off where
    // a new SUM formula would not help.
    const mismatch = (message: string, withFix = true): void =>
      add(ctx, "error", "SUM_MISMATCH", totalRow, targetCol, message, withFix ? fix : undefined);
    if (cell.kind === "blank") {
      mismatch(`合计为空，各${noun}之和为 ${summary.sumOfUnits}。请填入求和公式 ${fix.formula}。`);
    } else if (cell.kind === "bad") {
      mismatch(
        `合计“${cell.text}”不是数字，各${noun}之和为 ${summary.sumOfUnits}。请改为求和公式 ${fix.formula}。`
      );
    } else {
      declared = cell.value;
      if (cell.asText && !ctx.csv) {
        add(
          ctx,
          "warning",
          "TEXT_NUMBER",
          totalRow,
          targetCol,
          `合计“${cell.text}”是以文本形式存储的数字，请转为数字。`,
          {
            kind: "textToNumber",
            row: totalRow,
            col: targetCol,
            value: cell.value,
          }
        );
      }
      // Compared even while some targets are blank or not numbers (counted as 0, and said
      // so), so that a wrong total is reported with the other mistakes, not after them.
      if (!sum.eq(cell.value)) {
        const zero = countedAsZero.length > 0 ? `${zeroList(countedAsZero)}，按 0 计；` : "";
        // A =SUM total skips numbers stored as text: when the total is the sum without them,
        // the text cells are the fault, and a new SUM formula would not help.
        const textCells = ctx.csv
          ? []
          : units.filter((u) => {
              const n = readNum(rows[u.row]?.[targetCol]);
              return n.kind === "num" && n.asText;
            });
        const withoutText = textCells.reduce((acc, u) => acc.minus(u.raw ?? 0), sum);
        const gap = `合计 ${fmt(cell.value)} 与各${noun}之和 ${summary.sumOfUnits} 不符（${zero}合计${diffText(cell.value, sum.toNumber())}）`;
        if (textCells.length > 0 && withoutText.eq(cell.value)) {
          const where = textCells.map((u) => cellAddress(u.row, targetCol)).join("、");
          mismatch(
            `${gap}：${where} 是以文本形式存储的数字，求和时没有算进去。请先把 ${where} 转为数字，再核对合计（合计是求和公式的，转好后会自动更正）。`,
            false
          );
        } else {
          mismatch(`${gap}。请核对各${noun}任务数，或把合计改为求和公式 ${fix.formula}。`);
        }
      }
    }
    // The other count columns' totals, when the total row fills them in.
    for (const role of [
      "population",
      "paid",
      "lowIncomeCount",
      "lowIncomePaid",
      "povertyCount",
      "povertyPaid",
    ] as ColumnRole[]) {
      const c = col[role];
      if (c === undefined) continue;
      const tv = readNum(rows[totalRow]?.[c]);
      if (tv.kind !== "num") continue;
      let s = new Decimal(0);
      let complete = true;
      for (const u of units) {
        const n = readNum(rows[u.row]?.[c]);
        if (n.kind === "num") s = s.plus(n.value);
        else if (n.kind === "bad") complete = false;
      }
      if (complete && !s.eq(tv.value)) {
        const f: TargetFix = { kind: "sumFormula", row: totalRow, col: c, formula: sumFormula(c) };
        add(
          ctx,
          "error",
          "SUM_MISMATCH",
          totalRow,
          c,
          `${ROLE_LABEL[role]}合计 ${fmt(tv.value)} 与各${noun}之和 ${fmt(s.toNumber())} 不符（合计${diffText(tv.value, s.toNumber())}）。请改为求和公式 ${f.formula}。`,
          f
        );
      }
    }
  }
  summary.declaredTotal = declared;
  return declared;
}

/** The declared total (else the sum of the units) against the figure assigned from above. */
export function checkAssigned(
  ctx: Ctx,
  layout: TableLayout,
  parsed: TableRows,
  lastUnitRow: number,
  noun: string,
  summary: TargetSummary,
  assigned: number
): void {
  const targetCol = layout.columns.target!;
  const declared = summary.declaredTotal;
  const totalRow = parsed.totalRow;
  const have = declared ?? summary.sumOfUnits;
  if (!new Decimal(have).eq(assigned)) {
    const at = totalRow ?? lastUnitRow + 1;
    add(
      ctx,
      "error",
      "ASSIGNED_MISMATCH",
      at,
      targetCol,
      `${declared !== null ? "合计" : `各${noun}之和`} ${fmt(have)} 与上级下达的任务数 ${assigned} 不符（${diffText(have, assigned)}）。分解到各${noun}的任务合计应等于下达数，请调整。`
    );
  }
}
