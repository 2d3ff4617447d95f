/**
 * Blank roster and claim templates, from the definitions in templates/*.json and the
 * region's subsidy table: dropdowns list the policy's subsidised categories, tiers and
 * certifying departments. The CLI writes them to .xlsx; the taskpane inserts the same
 * SheetSpecs into the open workbook.
 */
import { z } from "zod";
import rosterDefinition from "../../../templates/roster.json";
import claimDefinition from "../../../templates/claim.json";
import type { PolicyModel, Supplied } from "../policy/model";
import { isRuleError } from "../rules/errors";
import { premium } from "../rules/premium";
import { columnName } from "../sheet/address";
import type { CellSpec, ListValidation, SheetSpec } from "../sheet/spec";
import { claimDepartments, departmentOf, subsidisedCategories } from "./build";
import { ROSTER_FIELDS } from "./roster";

const columnSchema = z.strictObject({
  header: z.string().min(1),
  /** Roster: the field the column holds (so the claim reads it back). */
  field: z.enum(ROSTER_FIELDS as unknown as [string, ...string[]]).optional(),
  /** Claim: what the policy fills in. */
  source: z.enum(["department", "category", "tier", "standard", "subsidy"]).optional(),
  /** Claim: a cell the clerk fills in (highlighted). */
  input: z.boolean().optional(),
  /** Claim: a formula with {header} placeholders for the same row's cells. */
  formula: z.string().optional(),
  /** Claim: summed in 小计 and 合计. */
  sum: z.boolean().optional(),
  list: z.enum(["categories", "tiers", "departments"]).optional(),
  width: z.number().positive().optional(),
  text: z.boolean().optional(),
  numFmt: z.string().optional(),
  note: z.string().optional(),
});

const templateSchema = z.strictObject({
  $comment: z.string().optional(),
  kind: z.enum(["roster", "claim"]),
  fileName: z.string().min(1),
  sheetName: z.string().min(1).max(31),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  columns: z.array(columnSchema).min(1),
  dataRows: z.number().int().positive().optional(),
  instructionsSheet: z.string().max(31).optional(),
  instructions: z.array(z.string()).optional(),
  footer: z.string().optional(),
});

export type TemplateDefinition = z.infer<typeof templateSchema>;
export type TemplateKind = "roster" | "claim";

function parseDefinition(raw: unknown, file: string): TemplateDefinition {
  const r = templateSchema.safeParse(raw);
  if (!r.success) {
    throw new Error(
      `模板定义 ${file} 格式不对：${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("；")}`
    );
  }
  return r.data;
}

export const TEMPLATE_DEFINITIONS: Readonly<Record<TemplateKind, TemplateDefinition>> = {
  roster: parseDefinition(rosterDefinition, "templates/roster.json"),
  claim: parseDefinition(claimDefinition, "templates/claim.json"),
};

/** Whether a policy has a subsidy table (and so a roster and a claim). */
export function hasSubsidyTable(policy: PolicyModel): boolean {
  return subsidisedCategories(policy).length > 0;
}

function basis(policy: PolicyModel): string {
  const docs: string[] = [];
  for (const c of subsidisedCategories(policy)) {
    for (const s of Object.values(c.subsidy ?? {}))
      for (const cite of s.cite) if (!docs.includes(cite.doc)) docs.push(cite.doc);
  }
  return docs.join("、");
}

function fill(text: string, policy: PolicyModel): string {
  const mi = policy.policy.multipleIdentities.cite[0];
  return text
    .replace(/\{label\}/g, policy.label)
    .replace(/\{policy\}/g, policy.id)
    .replace(/\{region\}/g, policy.policy.region.name)
    .replace(/\{year\}/g, String(policy.year))
    .replace(/\{basis\}/g, basis(policy))
    .replace(/\{multipleIdentities\}/g, `${mi.doc} ${mi.clause}`);
}

export function templateFileName(kind: TemplateKind, policy: PolicyModel): string {
  return fill(TEMPLATE_DEFINITIONS[kind].fileName, policy);
}

function lists(policy: PolicyModel): Record<"categories" | "tiers" | "departments", string[]> {
  return {
    categories: subsidisedCategories(policy).map((c) => c.name),
    tiers: policy.policy.tiers.map((t) => t.id),
    departments: claimDepartments(policy),
  };
}

const LIST_ERRORS = {
  categories: "请从下拉列表中选择本地区资助标准表中的人员类别",
  tiers: "请从下拉列表中选择参保档次",
  departments: "请从下拉列表中选择认定部门",
};

export interface SubsidyRow {
  department: string;
  category: string;
  tier: string;
  /** The tier's contribution for the category (the student rate for students). */
  standard: number;
  /** null where the notice leaves it open and no value was supplied. */
  subsidy: number | null;
  /** What the person pays in the collection period (standard − subsidy); null with the subsidy. */
  personal: number | null;
}

/**
 * The region's subsidy table, department × category × tier, priced by the core's premium rule
 * (the one the claim uses), on the last day of the collection period so no late surcharge
 * applies. A value the notice leaves open is null unless `supplied` gives it.
 */
export function subsidyTable(policy: PolicyModel, supplied?: Supplied): SubsidyRow[] {
  const rows: SubsidyRow[] = [];
  for (const dept of claimDepartments(policy)) {
    for (const c of subsidisedCategories(policy)) {
      if (departmentOf(c) !== dept) continue;
      for (const t of policy.policy.tiers) {
        if (!c.subsidy?.[t.id]) continue;
        let standard: number;
        let subsidy: number | null;
        let personal: number | null;
        try {
          const r = premium({
            policy,
            tier: t.id,
            category: c.name,
            paid: policy.collectionEnd,
            year: policy.year,
            supplied,
          });
          standard = r.standard.toNumber();
          subsidy = r.subsidy.toNumber();
          personal = r.personal.toNumber();
        } catch (e) {
          if (!isRuleError(e) || e.code !== "OPEN_VALUE") throw e;
          standard = c.kind === "student" && t.student ? t.student.value : t.personal.value;
          subsidy = null;
          personal = null;
        }
        rows.push({ department: dept, category: c.name, tier: t.id, standard, subsidy, personal });
      }
    }
  }
  return rows;
}

const HEAD: Partial<CellSpec> = { bold: true, fill: "DDEBF7", align: "center", wrap: true };
/** Ruled rows of the blank roster: one printed page. */
const RULED_ROWS = 30;
const INPUT_FILL = "FFFFE0";
const TOTAL_FILL = "FFF2CC";

/** The blank roster: title, header row, dropdowns; a second sheet with instructions and the subsidy table. */
export function rosterTemplate(
  policy: PolicyModel,
  def: TemplateDefinition = TEMPLATE_DEFINITIONS.roster
): SheetSpec[] {
  const l = lists(policy);
  const width = def.columns.length;
  const last = columnName(width - 1);
  const cells: (CellSpec | null)[][] = [
    [{ value: fill(def.title, policy), bold: true, fontSize: 14, align: "center" }],
    [def.subtitle ? { value: fill(def.subtitle, policy), wrap: true } : null],
    def.columns.map((c) => ({
      value: c.header,
      ...HEAD,
      note: c.note ? fill(c.note, policy) : undefined,
    })),
  ];
  const headerRow = 3;
  const rows = def.dataRows ?? 1000;
  const firstData = headerRow + 1;
  const lastData = headerRow + rows;
  const validations: ListValidation[] = [];
  const textColumns: number[] = [];
  def.columns.forEach((c, i) => {
    const colL = columnName(i);
    if (c.list)
      validations.push({
        range: `${colL}${firstData}:${colL}${lastData}`,
        values: l[c.list],
        error: LIST_ERRORS[c.list],
      });
    if (c.text) textColumns.push(i);
  });
  // Date columns carry their format on the data cells.
  const dateCols = def.columns.map((c, i) => (c.numFmt ? i : -1)).filter((i) => i >= 0);
  if (dateCols.length > 0) {
    for (let r = firstData; r <= lastData; r++) {
      const row: (CellSpec | null)[] = new Array(width).fill(null);
      for (const i of dateCols) row[i] = { numFmt: def.columns[i].numFmt };
      cells[r - 1] = row;
    }
  }
  const sheets: SheetSpec[] = [
    {
      name: def.sheetName,
      cells,
      columnWidths: def.columns.map((c) => c.width ?? 12),
      merges: [`A1:${last}1`, `A2:${last}2`],
      validations,
      frozenRows: headerRow,
      textColumns,
      // A blank form prints one page of ruled rows; the dropdowns reach all the data rows.
      table: { headerRow: headerRow - 1, lastRow: headerRow - 1 + RULED_ROWS },
      print: { title: fill(def.title, policy) },
    },
  ];
  if (def.instructionsSheet) {
    const info: (CellSpec | null)[][] = [
      [{ value: `${def.sheetName}填表说明`, bold: true, fontSize: 14 }],
    ];
    const merges: string[] = [];
    for (const line of def.instructions ?? []) {
      info.push([{ value: fill(line, policy), wrap: true }]);
      merges.push(`A${info.length}:F${info.length}`);
    }
    info.push([]);
    const tableHead = info.length;
    info.push(
      ["认定部门", "资助对象", "参保档次", "缴费标准", "资助标准", "个人缴费"].map((h) => ({
        value: h,
        ...HEAD,
      }))
    );
    for (const r of subsidyTable(policy)) {
      info.push([
        { value: r.department },
        { value: r.category, wrap: true },
        { value: r.tier },
        { value: r.standard },
        r.subsidy === null ? { value: "通知未定" } : { value: r.subsidy },
        r.personal === null ? { value: "通知未定" } : { value: r.personal },
      ]);
    }
    sheets.push({
      name: def.instructionsSheet,
      cells: info,
      columnWidths: [18, 44, 10, 10, 10, 10],
      merges,
      table: { headerRow: tableHead },
    });
  }
  return sheets;
}

/** The blank claim: one line per department × category × tier, the clerk fills 人数; amounts are formulas. */
export function claimTemplate(
  policy: PolicyModel,
  def: TemplateDefinition = TEMPLATE_DEFINITIONS.claim
): SheetSpec[] {
  const l = lists(policy);
  const width = def.columns.length;
  const last = columnName(width - 1);
  const letter = new Map(def.columns.map((c, i) => [c.header, columnName(i)]));
  const formulaFor = (template: string, row: number): string =>
    template.replace(/\{([^}]+)\}/g, (_, h: string) => {
      const L = letter.get(h);
      if (!L) throw new Error(`模板定义：公式引用了不存在的列“${h}”`);
      return `${L}${row}`;
    });
  const cells: (CellSpec | null)[][] = [
    [{ value: fill(def.title, policy), bold: true, fontSize: 14, align: "center" }],
    [def.subtitle ? { value: fill(def.subtitle, policy), wrap: true } : null],
    def.columns.map((c) => ({
      value: c.header,
      ...HEAD,
      note: c.note ? fill(c.note, policy) : undefined,
    })),
  ];
  const table = subsidyTable(policy);
  const subtotalRows: number[] = [];
  const validations: ListValidation[] = [];
  for (const dept of claimDepartments(policy)) {
    const first = cells.length + 1;
    for (const r of table.filter((x) => x.department === dept)) {
      const n = cells.length + 1;
      cells.push(
        def.columns.map((c): CellSpec | null => {
          // Blank counts make every amount 0: that is the cached result until the clerk types.
          if (c.formula) return { formula: formulaFor(c.formula, n), result: 0, numFmt: c.numFmt };
          if (c.input) return { fill: INPUT_FILL };
          switch (c.source) {
            case "department":
              return { value: r.department };
            case "category":
              return { value: r.category, wrap: true };
            case "tier":
              return { value: r.tier };
            case "standard":
              return { value: r.standard, numFmt: c.numFmt };
            case "subsidy":
              return r.subsidy === null
                ? {
                    fill: INPUT_FILL,
                    note: "通知未列资助标准，请按县（区）规定填写",
                    numFmt: c.numFmt,
                  }
                : { value: r.subsidy, numFmt: c.numFmt };
            default:
              return null;
          }
        })
      );
    }
    const lastRow = cells.length;
    const n = cells.length + 1;
    subtotalRows.push(n);
    cells.push(
      def.columns.map((c, i): CellSpec => {
        if (i === 0) return { value: `${dept} 小计`, bold: true, fill: TOTAL_FILL };
        if (!c.sum) return { fill: TOTAL_FILL };
        const L = columnName(i);
        return lastRow >= first
          ? {
              formula: `SUM(${L}${first}:${L}${lastRow})`,
              result: 0,
              bold: true,
              fill: TOTAL_FILL,
              numFmt: c.numFmt,
            }
          : { value: 0, bold: true, fill: TOTAL_FILL };
      })
    );
  }
  const dataFirst = 4;
  const dataLast = cells.length;
  def.columns.forEach((c, i) => {
    const L = columnName(i);
    if (c.list)
      validations.push({
        range: `${L}${dataFirst}:${L}${dataLast}`,
        values: l[c.list],
        error: LIST_ERRORS[c.list],
      });
  });
  cells.push(
    def.columns.map((c, i): CellSpec => {
      if (i === 0) return { value: "合计", bold: true, fill: TOTAL_FILL };
      if (!c.sum) return { fill: TOTAL_FILL };
      const L = columnName(i);
      return {
        formula: subtotalRows.map((r) => `${L}${r}`).join("+") || "0",
        result: 0,
        bold: true,
        fill: TOTAL_FILL,
        numFmt: c.numFmt,
      };
    })
  );
  const totalRow = cells.length - 1;
  if (def.footer) {
    cells.push([]);
    cells.push([{ value: fill(def.footer, policy) }]);
  }
  return [
    {
      name: def.sheetName,
      cells,
      columnWidths: def.columns.map((c) => c.width ?? 12),
      merges: [`A1:${last}1`, `A2:${last}2`],
      validations,
      frozenRows: 3,
      table: { headerRow: 2, lastRow: totalRow },
      // One line per category × tier of the region's table: it fits one page.
      print: { title: fill(def.title, policy), pagesTall: 1 },
    },
  ];
}

export function templateSheets(kind: TemplateKind, policy: PolicyModel): SheetSpec[] {
  if (!hasSubsidyTable(policy)) {
    throw new Error(
      `${policy.label}的政策没有资助参保标准表，不能生成${kind === "roster" ? "花名册" : "申报表"}模板`
    );
  }
  return kind === "roster" ? rosterTemplate(policy) : claimTemplate(policy);
}
