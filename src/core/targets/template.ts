/**
 * The blank target-decomposition template (参保任务分解表模板) as a SheetSpec: title row merged
 * across the table, 单位：人, the header, N blank unit rows numbered 1..N, the 合计 row with
 * =SUM formulas, and the rate columns as IFERROR formulas. The definition data lives in
 * templates/targets.json; `yibao template targets --out FILE` writes it as .xlsx and the
 * taskpane inserts the same SheetSpec as a new sheet.
 *
 * The template is laid out so that checkTargets reads it: 序号 / 村（社区） / 参保目标 are the
 * header names it recognises, and rows that hold only a 序号 are skipped as blank.
 */
import definition from "../../../templates/targets.json";
import { columnName } from "../sheet/address";
import type { CellSpec, SheetSpec } from "../sheet/spec";

export type TemplateColumnKey =
  "seq" | "unit" | "target" | "population" | "paid" | "completion" | "coverage";

export interface TemplateColumn {
  key: TemplateColumnKey;
  header: string;
  width?: number;
}

export interface TargetTemplateDef {
  sheetName: string;
  title: string;
  unitLine: string;
  /** Blank unit rows. */
  rows: number;
  totalLabel: string;
  columns: TemplateColumn[];
  /** Excel number formats for people counts and for rates. */
  countFormat: string;
  rateFormat: string;
  /** Lines written under the table as 注：… */
  notes?: string[];
}

export const TARGET_TEMPLATE: TargetTemplateDef = definition as unknown as TargetTemplateDef;

export const MAX_TEMPLATE_ROWS = 500;

const KEYS: TemplateColumnKey[] = [
  "seq",
  "unit",
  "target",
  "population",
  "paid",
  "completion",
  "coverage",
];

/** Checks a definition (the JSON file, or one with the user's title and row count) and says what is wrong, in Chinese. */
export function validateTemplate(def: TargetTemplateDef): void {
  if (!Number.isInteger(def.rows) || def.rows < 1 || def.rows > MAX_TEMPLATE_ROWS) {
    throw new Error(`模板行数应为 1 到 ${MAX_TEMPLATE_ROWS} 的整数，而不是“${def.rows}”`);
  }
  const keys = new Set<string>();
  for (const c of def.columns) {
    if (!KEYS.includes(c.key))
      throw new Error(`模板定义中的列“${c.key}”不认识；可用的列：${KEYS.join("、")}`);
    if (keys.has(c.key)) throw new Error(`模板定义中的列“${c.key}”重复`);
    keys.add(c.key);
  }
  for (const k of ["unit", "target"])
    if (!keys.has(k)) throw new Error(`模板定义缺少“${k}”列（村名和任务数是必需的）`);
  if (keys.has("completion") && !keys.has("paid"))
    throw new Error("完成率列需要“paid”（已缴费人数）列");
  if (keys.has("coverage") && !(keys.has("paid") && keys.has("population"))) {
    throw new Error("参保率列需要“paid”（已缴费人数）和“population”（户籍人口）列");
  }
  if (!def.title.trim()) throw new Error("模板标题不能为空");
}

/** The template as a sheet to write; `overrides` lets the clerk set the title, sheet name and row count. */
export function targetTemplate(
  overrides: Partial<Pick<TargetTemplateDef, "title" | "rows" | "sheetName">> = {},
  base: TargetTemplateDef = TARGET_TEMPLATE
): SheetSpec {
  const def: TargetTemplateDef = {
    ...base,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
  validateTemplate(def);
  const cols = def.columns;
  const width = cols.length;
  const at = (key: TemplateColumnKey): string | null => {
    const i = cols.findIndex((c) => c.key === key);
    return i < 0 ? null : columnName(i);
  };
  const headerRow = 3; // 1-based: title, unit line, header
  const firstRow = headerRow + 1;
  const lastRow = headerRow + def.rows;
  const totalRow = lastRow + 1;
  const ratio = (num: TemplateColumnKey, den: TemplateColumnKey, r: number): string =>
    `IFERROR(${at(num)}${r}/${at(den)}${r},"")`;

  const cells: (CellSpec | null)[][] = [];
  const blankRow = (): (CellSpec | null)[] => new Array<CellSpec | null>(width).fill(null);

  const title = blankRow();
  title[0] = { value: def.title, bold: true, fontSize: 14, align: "center" };
  cells.push(title);
  const unit = blankRow();
  unit[0] = { value: def.unitLine, align: "right" };
  cells.push(unit);
  cells.push(cols.map((c) => ({ value: c.header, bold: true, align: "center", fill: "D9D9D9" })));

  const rowCells = (r: number, i: number | null): (CellSpec | null)[] =>
    cols.map((c): CellSpec | null => {
      switch (c.key) {
        case "seq":
          return i === null ? null : { value: i, align: "center" };
        case "unit":
          return i === null
            ? { value: def.totalLabel, bold: true, align: "center" }
            : { numFmt: "@" };
        case "target":
        case "population":
        case "paid":
          return i === null
            ? {
                formula: `SUM(${at(c.key)}${firstRow}:${at(c.key)}${lastRow})`,
                result: 0,
                numFmt: def.countFormat,
                bold: true,
              }
            : { numFmt: def.countFormat };
        case "completion":
          // Blank rows divide by 0: IFERROR shows "" until the clerk types the counts.
          return {
            formula: ratio("paid", "target", r),
            result: "",
            numFmt: def.rateFormat,
            bold: i === null,
          };
        case "coverage":
          return {
            formula: ratio("paid", "population", r),
            result: "",
            numFmt: def.rateFormat,
            bold: i === null,
          };
      }
    });
  for (let i = 1; i <= def.rows; i++) cells.push(rowCells(headerRow + i, i));
  cells.push(rowCells(totalRow, null));

  const last = columnName(width - 1);
  const merges = [`A1:${last}1`, `A2:${last}2`];
  if (def.notes && def.notes.length > 0) {
    cells.push(blankRow());
    def.notes.forEach((n, k) => {
      const row = blankRow();
      row[0] = { value: `${k === 0 ? "注：" : "　　"}${n}`, wrap: true };
      cells.push(row);
      merges.push(`A${cells.length}:${last}${cells.length}`);
    });
  }
  return {
    name: def.sheetName,
    cells,
    columnWidths: cols.map((c) => c.width ?? 12),
    merges,
    frozenRows: headerRow,
    table: { headerRow: headerRow - 1, lastRow: totalRow - 1 },
    print: { title: def.title },
  };
}
