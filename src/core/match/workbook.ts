/**
 * The match workbook (参保比对): new sheets only, never the inputs.
 *
 *   比对汇总         the two equations that account for every row, the lists read, notes
 *   分村统计         per village and group: people, paid, rate, goal, gap (and a 合计 block)
 *   评档与工作经费   grade and work fund per village from the matched counts (target check)
 *   比对明细         one row per person (full ID: the clerk's own sheet) and per paid person outside the lists
 *   未缴-<村>        per village, for the cadres: name, masked ID (first 6, last 4), category, tier
 *   不在名单内       paid people on no list
 *   未通过 / 合并记录  rows not matched with the reason; rows that are the same person
 *
 * Numbers are written as values (they show in a viewer that does not recalculate).
 */
import { toIso } from "../dates";
import type { PolicyModel } from "../policy/model";
import type { CellSpec, SheetSpec } from "../sheet/spec";
import { fitNotes } from "../sheet/notes";
import { safeSheetName } from "../sheet/spec";
import type { TargetReport } from "../targets/types";
import { balanceText, maskId6, type MatchPerson, type MatchResult, type Payment } from "./match";
import { nameKey } from "../text";
import { GENERAL, gradedRates, NO_VILLAGE, totalStats, type VillageStats } from "./villages";

const HEAD: Partial<CellSpec> = { bold: true, align: "center", fill: "DDEBF7" };
const PCT = "0.0%";
/** 比对汇总's one column, in characters. */
export const SUMMARY_WIDTH = 84;

function head(labels: string[]): CellSpec[] {
  return labels.map((value) => ({ ...HEAD, value }));
}

function title(text: string): CellSpec[] {
  return [{ value: text, bold: true }];
}

const STATUS: Record<MatchPerson["status"], string> = {
  paid: "已缴",
  unpaid: "未缴",
  conflict: "姓名不一致，待核实",
};

export interface MatchWorkbookOptions {
  /** Report date (ISO), shown in titles. */
  date: string;
  villages: VillageStats[];
  /** The target check run with the matched counts (评档与工作经费), when a target sheet was given. */
  targets?: TargetReport | null;
  /** What is wrong with the target sheet for grading (targetIssues), said before the grades. */
  targetIssues?: string[];
  /** Names already in the workbook (the taskpane), so new sheets do not collide. */
  existingSheets?: string[];
  notes?: string[];
}

function payCells(p: Payment | null): (CellSpec | null)[] {
  if (!p) return [null, null, null];
  const amount = p.amount !== "" && /^-?\d+(\.\d+)?$/.test(p.amount) ? Number(p.amount) : p.amount;
  return [
    p.paid !== null ? { value: toIso(p.paid) } : null,
    { value: p.tier || null },
    {
      value: amount === "" ? null : amount,
      numFmt: typeof amount === "number" ? "#,##0.00" : undefined,
    },
  ];
}

/** The target sheet's issues as rows, under a heading that says to fix them first. */
function issueRows(issues: string[]): (CellSpec | null)[][] {
  if (issues.length === 0) return [];
  return [
    [
      {
        value: `任务分解表有 ${issues.length} 处问题，以下评档和排名按现有表格计算，请改正后重新比对：`,
        bold: true,
      },
    ],
    ...issues.map((text, i) => [{ value: `${i + 1}. ${text}` }]),
  ];
}

export function matchWorkbook(
  r: MatchResult,
  policy: PolicyModel,
  o: MatchWorkbookOptions
): SheetSpec[] {
  const taken = [...(o.existingSheets ?? [])];
  const name = (n: string): string => {
    const s = safeSheetName(n, taken);
    taken.push(s);
    return s;
  };
  const sheets: SheetSpec[] = [];
  const c = r.counts;
  const conflicts = r.people.filter((p) => p.status === "conflict").length;
  const paidPeople = r.people.filter((p) => p.status === "paid").length;

  // 比对汇总
  const summary: (CellSpec | null)[][] = [
    title(`${r.label}参保比对汇总（截至${o.date}）`),
    [],
    ...balanceText(c)
      .split("\n")
      .map((line) => [{ value: line }]),
    [],
    [
      {
        value: `名单内 ${r.people.length} 人：已缴 ${paidPeople} 人，未缴 ${r.people.length - paidPeople - conflicts} 人，姓名不一致待核实 ${conflicts} 人`,
      },
    ],
    [{ value: `同一人在多个名单或重复出现：${r.merged.length} 行，已合并，按就高身份计一次` }],
    [{ value: `已缴费但不在任何名单内：${r.outside.length} 人（见“不在名单内”）` }],
    [],
    [{ value: "读取的名单：", bold: true }],
    ...r.lists.map((t) => [{ value: `身份名单“${t.sheet}”，表头在第${t.headerRow + 1}行` }]),
    [{ value: `缴费名单“${r.paidList.sheet}”，表头在第${r.paidList.headerRow + 1}行` }],
  ];
  if (r.ignored.length > 0)
    summary.push([
      { value: `另有 ${r.ignored.length} 行不是数据（标题、合计、重复表头），未计入` },
    ]);
  for (const n of o.notes ?? []) summary.push([{ value: n }]);
  const issues = issueRows(o.targetIssues ?? []);
  if (issues.length > 0) summary.push([], ...issues);
  // One column no wider than a portrait page: LibreOffice does not shrink a single column that is
  // wider to fit, and cuts its text at the left edge (90 did; 85 fits).
  sheets.push({ name: name("比对汇总"), cells: summary, columnWidths: [SUMMARY_WIDTH] });

  // 分村统计
  const statRows: (CellSpec | null)[][] = [
    title(`${r.label}分村（社区）分类参保比对统计（截至${o.date}）`),
    head(["村（社区）", "人群", "名单人数", "已缴", "参保率", "目标", "还差（人）"]),
  ];
  const blocks = [...o.villages, totalStats(o.villages, "合计")];
  for (const v of blocks) {
    v.rows.forEach((s, i) => {
      if (s.kind !== "all" && s.people === 0) return;
      statRows.push([
        { value: i === 0 ? v.village : null, bold: v.village === "合计" },
        // A long category name wraps in its column rather than being cut by the next cell.
        { value: s.label, bold: s.kind !== "category", wrap: true },
        { value: s.people },
        { value: s.paid },
        { value: s.rate, numFmt: PCT },
        { value: s.goal, numFmt: PCT },
        { value: s.gap },
      ]);
    });
    if (v.paidOutside > 0)
      statRows.push([null, { value: "另：不在名单内的已缴人员" }, null, { value: v.paidOutside }]);
  }
  sheets.push({
    name: name("分村统计"),
    cells: statRows,
    columnWidths: [12, 26, 9, 7, 8, 7, 9],
    frozenRows: 2,
  });

  // 评档与工作经费
  const t = o.targets;
  const grading: (CellSpec | null)[][] = [
    title(`${r.label}各村（社区）评档与工作经费（按参保比对结果，截至${o.date}）`),
  ];
  let gradingHead = -1;
  let gradingLast = -1;
  if (t) {
    if (issues.length > 0) grading.push(...issues, []);
    gradingHead = grading.length;
    grading.push(
      head([
        "村（社区）",
        "任务数",
        "已缴费人数",
        "完成率",
        "应完成进度",
        "低收入人口参保率",
        "脱贫人口参保率",
        "评档",
        "工作经费（元）",
      ])
    );
    const graded = new Set<string>();
    let noneInGroup = false;
    // A group with nobody in it counts as met for 评档; its rate is shown "—", as the page shows it.
    const rateCell = (rate: number | null): CellSpec =>
      rate === null ? { value: "—", align: "center" } : { value: rate, numFmt: PCT };
    for (const u of t.summary.progress) {
      const g = gradedRates(o.villages, u.unit, u);
      noneInGroup ||= g.noneInGroup;
      graded.add(nameKey(u.unit));
      grading.push([
        { value: u.unit },
        { value: u.target },
        { value: u.paid },
        { value: u.rate, numFmt: PCT },
        { value: u.due, numFmt: PCT },
        rateCell(g.lowIncome),
        rateCell(g.poverty),
        { value: u.grade ? `${u.grade}档` : null, align: "center" },
        { value: u.workFund, numFmt: "#,##0.00" },
      ]);
    }
    // Villages on the lists that the target sheet lacks: shown, not graded (see the issues above).
    for (const v of o.villages) {
      if (graded.has(nameKey(v.village)) || v.village === NO_VILLAGE) continue;
      if (v.rows[0].people === 0 && v.paidOutside === 0) continue;
      grading.push([
        { value: v.village },
        { value: "表中没有", align: "center" },
        { value: v.rows[0].paid + v.paidOutside },
        null,
        null,
        null,
        null,
        { value: "未评档", align: "center" },
        null,
      ]);
    }
    grading.push([
      { value: "合计", bold: true },
      { value: t.summary.sumOfUnits },
      { value: t.summary.paid },
      null,
      null,
      null,
      null,
      null,
      { value: t.summary.workFundTotal, numFmt: "#,##0.00" },
    ]);
    gradingLast = grading.length - 1;
    grading.push([]);
    for (const n of t.summary.notes ?? []) grading.push([{ value: n }]);
    if (noneInGroup)
      grading.push([
        {
          value: "参保率为“—”的，名单中没有该类人员；评档时该项指标按已完成计。",
        },
      ]);
  } else {
    grading.push([
      { value: "未提供任务分解表（附件1），无法按任务数计算完成率、评档和工作经费。" },
    ]);
  }
  sheets.push({
    name: name("评档与工作经费"),
    cells: grading,
    columnWidths: [12, 8, 10, 8, 10, 14, 12, 6, 12],
    ...(gradingHead >= 0
      ? {
          frozenRows: gradingHead + 1,
          table: { headerRow: gradingHead, lastRow: gradingLast },
        }
      : {}),
  });

  // 比对明细
  const detail: (CellSpec | null)[][] = [
    head([
      "序号",
      "村（社区）",
      "姓名",
      "身份证号码",
      "人员类别（就高）",
      "其他身份",
      "比对结果",
      "缴费日期",
      "缴费档次",
      "缴费金额",
      "说明",
    ]),
  ];
  let k = 0;
  for (const p of r.people) {
    detail.push([
      { value: ++k },
      { value: p.village || NO_VILLAGE },
      { value: p.name },
      { value: p.id },
      { value: p.category || GENERAL },
      { value: p.otherIdentities.join("、") || null },
      { value: STATUS[p.status], fill: p.status === "paid" ? undefined : "FCE4D6" },
      ...payCells(p.payment),
      {
        value: p.conflict
          ? `缴费名单同一号码的姓名为“${p.conflict}”`
          : p.rows > 1
            ? `在名单中出现${p.rows}次，计一次`
            : null,
      },
    ]);
  }
  for (const p of r.outside) {
    detail.push([
      { value: ++k },
      { value: p.village || NO_VILLAGE },
      { value: p.name },
      { value: p.id },
      null,
      null,
      { value: "已缴但不在名单内", fill: "FFF2CC" },
      ...payCells(p),
      { value: `缴费名单第${p.row}行` },
    ]);
  }
  sheets.push({
    name: name("比对明细"),
    cells: detail,
    columnWidths: [6, 12, 9, 20, 22, 16, 14, 11, 8, 10, 30],
    frozenRows: 1,
    textColumns: [3],
  });

  // 未缴-<村>
  for (const v of o.villages) {
    const list = r.people.filter(
      (p) => p.status !== "paid" && (p.village || NO_VILLAGE) === v.village
    );
    if (list.length === 0) continue;
    const rows: (CellSpec | null)[][] = [
      title(`${v.village}未缴费人员名单（截至${o.date}，共${list.length}人）`),
      head(["序号", "姓名", "身份证号码", "人员类别", "参保档次", "备注"]),
    ];
    list.forEach((p, i) =>
      rows.push([
        { value: i + 1 },
        { value: p.name },
        { value: maskId6(p.id) },
        { value: p.category || GENERAL },
        { value: p.rosterTier || null },
        { value: p.status === "conflict" ? "缴费记录姓名不一致，待核实" : null },
      ])
    );
    sheets.push({
      name: name(`未缴-${v.village}`),
      cells: rows,
      columnWidths: [5, 9, 20, 24, 8, 22],
      frozenRows: 2,
      textColumns: [2],
    });
  }

  // 不在名单内
  const out: (CellSpec | null)[][] = [
    title(`已缴费但不在任何名单内的人员（${r.outside.length}人）`),
    head([
      "序号",
      "村（社区）",
      "姓名",
      "身份证号码",
      "缴费日期",
      "缴费档次",
      "缴费金额",
      "缴费名单行",
    ]),
  ];
  r.outside.forEach((p, i) =>
    out.push([
      { value: i + 1 },
      { value: p.village || null },
      { value: p.name },
      { value: p.id },
      ...payCells(p),
      { value: p.row },
    ])
  );
  sheets.push({
    name: name("不在名单内"),
    cells: out,
    columnWidths: [6, 12, 9, 20, 11, 8, 10, 10],
    frozenRows: 2,
    textColumns: [3],
  });

  // 未通过 and 合并记录
  const rej: (CellSpec | null)[][] = [
    title(`未比对的行（${r.rejected.length}行）：请按原因改正后重新比对`),
    head(["名单", "工作表", "行号", "姓名", "身份证号码", "原因"]),
  ];
  for (const x of r.rejected)
    rej.push([
      { value: x.side === "list" ? "身份名单" : "缴费名单" },
      { value: x.sheet },
      { value: x.row },
      { value: x.name || null },
      { value: x.idShown || null },
      { value: x.reason },
    ]);
  sheets.push({
    name: name("未通过"),
    cells: rej,
    columnWidths: [9, 14, 6, 9, 20, 80],
    frozenRows: 2,
    textColumns: [4],
  });
  const mer: (CellSpec | null)[][] = [
    title(`合并记录（${r.merged.length}行）：同一人只计一次`),
    head(["工作表", "行号", "并入", "说明"]),
  ];
  for (const m of r.merged)
    mer.push([
      { value: m.sheet },
      { value: m.row },
      { value: `“${m.into.sheet}”第${m.into.row}行` },
      { value: m.reason },
    ]);
  sheets.push({ name: name("合并记录"), cells: mer, columnWidths: [14, 6, 22, 70], frozenRows: 2 });
  return sheets.map((v) => fitNotes(v));
}
