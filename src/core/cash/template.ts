/**
 * The blank 现金征缴台账 (附件3 四) from templates/cash.json: title, signature line, the header
 * the ledger check reads, dropdowns for 村社 (the region's villages where known), 档次,
 * 人员类别 and 解缴方式, and a 填表说明 sheet with the rules and their clauses.
 */
import { z } from "zod";
import definition from "../../../templates/cash.json";
import type { PolicyModel } from "../policy/model";
import { columnName } from "../sheet/address";
import type { CellSpec, ListValidation, SheetSpec } from "../sheet/spec";
import { cashRulesOf, citeText } from "./rules";

const schema = z.strictObject({
  $comment: z.string().optional(),
  sheetName: z.string().min(1).max(31),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  dataRows: z.number().int().positive().max(10_000),
  columns: z
    .array(
      z.strictObject({
        header: z.string().min(1),
        width: z.number().positive(),
        numFmt: z.string().optional(),
        text: z.boolean().optional(),
        note: z.string().optional(),
        list: z.enum(["villages", "tiers", "categories", "methods"]).optional(),
      })
    )
    .min(1),
});

export const CASH_TEMPLATE = schema.parse(definition);

/** Ruled rows of the blank ledger: one landscape page. */
export const RULED_ROWS = 30;

const HEAD: Partial<CellSpec> = { bold: true, fill: "DDEBF7", align: "center" };

const LIST_ERRORS = {
  villages: "请从下拉列表中选择村（社区）",
  tiers: "请从下拉列表中选择档次",
  categories: "请从下拉列表中选择人员类别",
  methods: "请从下拉列表中选择解缴方式",
};

export function cashTemplate(policy: PolicyModel, rows = CASH_TEMPLATE.dataRows): SheetSpec[] {
  const def = CASH_TEMPLATE;
  const rules = cashRulesOf(policy);
  const fill = (t: string) =>
    t.replace(/\{region\}/g, policy.policy.region.name).replace(/\{year\}/g, String(policy.year));
  const lists: Record<keyof typeof LIST_ERRORS, string[]> = {
    villages: rules?.villages?.value ?? [],
    tiers: policy.tierNames(),
    categories: policy.categoryNames(),
    methods: rules?.remitMethods.value ?? ["POS机", "线上代缴", "办税服务厅"],
  };
  const width = def.columns.length;
  const last = columnName(width - 1);
  const headerRow = 3;
  const cells: (CellSpec | null)[][] = [
    [{ value: fill(def.title), bold: true, align: "center" }],
    [def.subtitle ? { value: def.subtitle } : null],
    def.columns.map((c) => ({ value: c.header, ...HEAD, note: c.note })),
  ];
  const formatted = def.columns.map((c, i) => (c.numFmt ? i : -1)).filter((i) => i >= 0);
  for (let r = 0; r < rows; r++) {
    const row: (CellSpec | null)[] = new Array(width).fill(null);
    for (const i of formatted) row[i] = { numFmt: def.columns[i].numFmt };
    cells.push(row);
  }
  const validations: ListValidation[] = [];
  const textColumns: number[] = [];
  def.columns.forEach((c, i) => {
    const L = columnName(i);
    if (c.list && lists[c.list].length > 0)
      validations.push({
        range: `${L}${headerRow + 1}:${L}${headerRow + rows}`,
        values: lists[c.list],
        error: LIST_ERRORS[c.list],
      });
    if (c.text) textColumns.push(i);
  });
  const info: (CellSpec | null)[][] = [[{ value: "现金征缴台账填表说明", bold: true }]];
  const lines = [
    "1. 收取现金后当场开具《现金收款凭证》，同时在本台账登记一行；凭证号按开具顺序登记。",
    "2. 身份证号码填18位，本列为文本格式；档次、人员类别、解缴方式请从下拉列表中选择。",
    "3. 金额填实收现金，应等于政策规定的个人缴费（7月1日起普通居民另缴财政补助）。",
    "4. 通过POS机、线上渠道代缴或交办税服务厅后，填写解缴日期和解缴方式。",
  ];
  if (rules) {
    lines.push(
      `5. 现金当日内代缴；确不能当日代缴的，收款次日起${rules.remitDays.value}日内必须解缴（收款当日不计，按日历日），` +
        `每名经办人手中未解缴现金不得超过${rules.holdLimit.value}元（${citeText(rules.remitDays)}）。`,
      `6. 每日核对台账与收款凭证是否一致（${citeText(rules.dailyCheck)}）。`,
      `7. 现金缴费人员按季在村社公示，集中征收期结束后${rules.fullNoticeMonths.value}个月内全面公示一次；` +
        `公示村社、姓名、身份证后4位、缴费档次、缴费金额（${citeText(rules.noticeQuarterly)}）。`
    );
  }
  // No wrapping in SheetSpec yet: lines are cut to fit a portrait page, continuations indented.
  const WRAP = 38;
  for (const line of lines) {
    let i = 0;
    while (i < line.length) {
      let end = Math.min(i + WRAP, line.length);
      // Not inside a run of digits or Latin letters (a document number, 10000).
      while (
        end < line.length &&
        end > i + 1 &&
        /[\w〔〕]/.test(line[end]) &&
        /[\w〔〕]/.test(line[end - 1])
      )
        end--;
      info.push([{ value: (i === 0 ? "" : "\u3000\u3000") + line.slice(i, end) }]);
      i = end;
    }
  }
  return [
    {
      name: def.sheetName,
      cells,
      columnWidths: def.columns.map((c) => c.width),
      merges: [`A1:${last}1`, `A2:${last}2`],
      validations,
      frozenRows: headerRow,
      textColumns,
      // A blank form prints a page of ruled rows, as the blank roster does; the dropdowns and
      // formats reach all the data rows. (Bordering all 500 prints only the header in
      // LibreOffice, which drops long runs of identical empty rows from the print area.)
      table: { headerRow: headerRow - 1, lastRow: headerRow - 1 + RULED_ROWS, lastCol: width - 1 },
      // 13 columns: landscape, one page wide, the header on every page.
      print: { orientation: "landscape" },
    },
    { name: "台账填表说明", cells: info, columnWidths: [84], print: { orientation: "portrait" } },
  ];
}
