/**
 * Issue 23 §6, printing: what a clerk hands in keeps its page width and says rows in words.
 * - 资助明细's long texts (资助身份, 其他身份, 来源, 提示) wrap within their columns, so a long
 *   提示 no longer widens the print area and shrinks the page to half size; printed through
 *   LibreOffice, the detail table spans the page's width.
 * - 来源 and 合并记录's 并入 read “民政 第2行”, not Excel's “民政!2”.
 * - 比对汇总's one column fits a portrait page (LibreOffice cut a 90-wide column at the left).
 * - The blank cash ledger borders a page of ruled rows, with its header repeated.
 * - 评档's rate for a group nobody is in is "—" (null) in every front door, not 100 %.
 */
import { execFileSync } from "child_process";
import { buildClaim } from "../../src/core/claim/build";
import { D, detailSheet } from "../../src/core/claim/detailSheet";
import { mergedSheet } from "../../src/core/claim/rejectedSheets";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { cashTemplate } from "../../src/core/cash/template";
import { SUMMARY_WIDTH } from "../../src/core/match/workbook";
import { gradedRates, type VillageStats } from "../../src/core/match/villages";
import { getPolicy } from "../../src/core/policy/registry";
import { fitNotes } from "../../src/core/sheet/notes";
import { printPlan } from "../../src/core/sheet/print";
import { textWidth } from "../../src/core/sheet/wrap";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { shizhuRosters } from "../claim/fixtures";
import { printXlsx } from "../helpers/pdf";

const SHIZHU = getPolicy("cq-shizhu-2025");
const result = buildClaim(shizhuRosters(), SHIZHU);

describe("资助明细 and 合并记录", () => {
  const detail = detailSheet(result);

  test("来源 and 并入 name the sheet and the row in words", () => {
    const sources = detail.cells.slice(1).map((row) => String(row[D.sources]?.value ?? ""));
    expect(sources).toContain("民政 第2行；民政 第12行；残联 第10行");
    for (const s of sources) expect(s).not.toMatch(/!/);
    const merged = mergedSheet(result);
    expect(merged.cells[0][6]?.value).toBe("并入");
    expect(merged.cells.slice(1).map((row) => row[6]?.value)).toContain("民政 第2行");
  });

  test("the long texts wrap within their columns", () => {
    for (const row of detail.cells.slice(1))
      for (const c of [D.category, D.others, D.sources, D.warnings])
        if (row[c]) expect({ col: c, wrap: row[c]!.wrap }).toEqual({ col: c, wrap: true });
    expect(detail.cells.slice(1).some((row) => row[D.warnings])).toBe(true);
  });

  test("printed, the detail page keeps its scale: the table spans the page's width", async () => {
    const wb = claimWorkbook(result, SHIZHU);
    const printed = printXlsx(await writeXlsx(wb.sheets), "issue23-detail", { png: true });
    const page = printed.text.findIndex((t) => t.includes("其他身份（已合并）")) + 1;
    const bbox = execFileSync(
      "pdftotext",
      ["-bbox", "-f", String(page), "-l", String(page), printed.pdf, "-"],
      {
        encoding: "utf8",
      }
    );
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(bbox)![1]);
    const last = /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>提示<\/word>/.exec(bbox)!;
    // Shrunk to fit an overflowing 提示 the table took 71 % of the width; at full size it spans the page.
    expect(Number(last[1]) / pageWidth).toBeGreaterThan(0.85);
  }, 180_000);
});

test("比对汇总's one column fits a portrait page", () => {
  expect(SUMMARY_WIDTH).toBeLessThanOrEqual(85);
});

test("the blank cash ledger borders a page of ruled rows and repeats its header", () => {
  const [ledger] = cashTemplate(SHIZHU);
  const plan = printPlan(ledger);
  expect(plan.repeatRows).toEqual({ first: 2, last: 2 });
  const ruled = plan.borders!.r1 - plan.borders!.r0;
  // More than a handful, fewer than LibreOffice's 84-row cut-off for identical empty rows.
  expect(ruled).toBeGreaterThanOrEqual(25);
  expect(ruled).toBeLessThan(84);
});

test("评档's rate of a group with nobody in it is null (shown —), not 100 %", () => {
  const stat = (label: string, people: number, paid: number) => ({
    kind: "group" as const,
    label,
    people,
    paid,
    rate: people ? paid / people : null,
    goal: null,
    gap: null,
  });
  const villages: VillageStats[] = [
    {
      village: "大厂社区",
      rows: [stat("全体人员", 10, 9), stat("低收入人口", 0, 0), stat("脱贫人口", 4, 3)],
      paidOutside: 0,
    },
  ];
  expect(gradedRates(villages, "大厂社区", { lowIncomeRate: 1, povertyRate: 0.75 })).toEqual({
    lowIncome: null,
    poverty: 0.75,
    noneInGroup: true,
  });
});

describe("notes stay within the print area, off the bordered cells", () => {
  const long =
    "说明：" +
    "这是一条很长的说明，写在表格下面，不能压在表格的边框上，也不能超出打印区域。".repeat(3);

  test("a long note under a table is merged across the table's columns and wrapped", () => {
    const spec = fitNotes({
      name: "表",
      cells: [
        [{ value: "标题" }],
        [{ value: "甲" }, { value: "乙" }, { value: "丙" }],
        [{ value: 1 }, { value: 2 }, { value: 3 }],
        [],
        [{ value: long }],
      ],
      columnWidths: [10, 10, 10],
      table: { headerRow: 1, lastRow: 2 },
    });
    expect(spec.merges).toEqual(["A5:C5"]);
    expect(spec.cells[4][0]).toEqual({ value: long, wrap: true });
    // A short note, the title and the table's own cells are left as they are.
    expect(spec.cells[0][0]).toEqual({ value: "标题" });
  });

  test("the claim workbook's long notes under its tables are fitted", () => {
    const wb = claimWorkbook(result, SHIZHU);
    for (const sheet of wb.sheets) {
      const merges = new Set(
        (sheet.merges ?? []).map((m) => Number(/^A(\d+):/.exec(m)?.[1] ?? 0) - 1)
      );
      sheet.cells.forEach((row, r) => {
        const only = row?.[0];
        if (!only || row.slice(1).some((c) => c) || typeof only.value !== "string") return;
        const width = sheet.columnWidths?.[0] ?? 9;
        if (textWidth(only.value) > width && r > 0 && sheet.table && r > sheet.table.headerRow)
          expect({
            sheet: sheet.name,
            r,
            fitted: only.wrap === true && (merges.has(r) || (sheet.cells[1]?.length ?? 1) <= 1),
          }).toEqual({ sheet: sheet.name, r, fitted: true });
      });
    }
  });
});
