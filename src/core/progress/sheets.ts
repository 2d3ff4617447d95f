/**
 * The progress history as sheets: 进度记录 (the rows the core keeps) and 进度图表 (a table of
 * each village's rate per report date with the share due, and a line chart over it). The
 * chart is described here once (LineChartSpec) and drawn by the xlsx writer (src/io/xlsxChart)
 * and by Office.js (src/office/progressChart) from the same description.
 */
import { columnName } from "../sheet/address";
import type { CellSpec, SheetSpec } from "../sheet/spec";
import {
  chartTable,
  PROGRESS_HEADER,
  PROGRESS_SHEET,
  progressValues,
  type ProgressHistory,
} from "./history";

export const CHART_SHEET = "进度图表";

export interface ChartSeries {
  name: string;
  /** A1 range of the values, e.g. C2:C4, on the chart's sheet. */
  values: string;
  /** The values themselves (cached in the file, so a viewer that does not recalculate shows them). */
  cache: (number | null)[];
  /** A dashed line (the milestones). */
  dashed?: boolean;
}

export interface LineChartSpec {
  sheet: string;
  title: string;
  /** A1 range of the category labels (report dates). */
  categories: string;
  categoryCache: string[];
  series: ChartSeries[];
  /** Where the chart goes: 0-based top-left cell and size in columns and rows. */
  anchor: { col: number; row: number; cols: number; rows: number };
}

const PERCENT = "0.0%";

export function progressSheet(history: ProgressHistory, name = PROGRESS_SHEET): SheetSpec {
  const values = progressValues(history);
  const cells: (CellSpec | null)[][] = values.map((row, r) =>
    row.map((v, c): CellSpec => {
      if (r === 0) return { value: String(v), bold: true, align: "center", fill: "DDEBF7" };
      const cell: CellSpec = { value: v === "" ? null : v };
      if ((c === 4 || c === 5 || c === 8) && typeof v === "number") cell.numFmt = PERCENT;
      if (c === 9 && v === "落后") cell.fill = "FCE4D6";
      return cell;
    })
  );
  return {
    name,
    cells,
    columnWidths: [12, 14, 9, 11, 9, 11, 7, 15, 12, 9, 9],
    frozenRows: 1,
    textColumns: [0],
  };
}

export interface ChartSheet {
  spec: SheetSpec;
  chart: LineChartSpec | null;
}

/** 进度图表: the chart's table from A1 (dates down, 应完成进度 and one column per village). */
export function chartSheet(
  history: ProgressHistory,
  title: string,
  name = CHART_SHEET
): ChartSheet {
  const t = chartTable(history);
  const cells: (CellSpec | null)[][] = [
    t.header.map((h) => ({ value: h, bold: true, align: "center", fill: "DDEBF7" }) as CellSpec),
    ...t.rows.map((row) =>
      row.map((v, c): CellSpec => (c === 0 ? { value: v } : { value: v, numFmt: PERCENT }))
    ),
  ];
  const n = t.rows.length;
  if (n === 0) return { spec: { name, cells, frozenRows: 1 }, chart: null };
  const col = (c: number): string => `${columnName(c)}2:${columnName(c)}${n + 1}`;
  const series: ChartSeries[] = t.header.slice(1).map((h, i) => ({
    name: h,
    values: col(i + 1),
    cache: t.rows.map((r) => (typeof r[i + 1] === "number" ? (r[i + 1] as number) : null)),
    dashed: i === 0,
  }));
  return {
    spec: {
      name,
      cells,
      columnWidths: [12, 11, ...t.header.slice(2).map(() => 10)],
      frozenRows: 1,
      textColumns: [0],
    },
    chart: {
      sheet: name,
      title,
      categories: col(0),
      categoryCache: t.rows.map((r) => String(r[0])),
      series,
      anchor: { col: 0, row: n + 2, cols: Math.min(Math.max(6, t.header.length), 8), rows: 22 },
    },
  };
}

export { PROGRESS_HEADER };
