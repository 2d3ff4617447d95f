import type { SheetSpec } from "../../src/core/sheet/spec";
import { annotateTargets } from "../../src/core/targets/annotate";
import { checkTargets } from "../../src/core/targets/check";
import { targetTemplate } from "../../src/core/targets/template";
import type { TargetFinding } from "../../src/core/targets/types";
import { PAYLOAD_LIMIT_BYTES } from "../../src/core/sheet/blocks";
import { MARK_STYLE, isMarkFormula } from "../../src/office/highlight";
import { OfficeHost } from "../../src/office/host";
import type { PolicyStore } from "../../src/ui/host";
import { MockExcel } from "./excelMock";
import { set, shizhu } from "../targets/fixtures";

const store: PolicyStore = {
  load: async () => ({ policyId: null, supplied: {} }),
  savePolicyId: async () => undefined,
};

/** 石柱 附件1 with a text "2417" in C7 and a wrong total in C18. */
function shizhuCells(): (string | number)[][] {
  const rows = set(set(shizhu(), "C7", "2417"), "C18", 33800);
  return rows.map((r) => r.map((v) => (v === null ? "" : (v as string | number))));
}

const findings: TargetFinding[] = [
  {
    severity: "error",
    code: "SUM_MISMATCH",
    row: 17,
    col: 2,
    cell: "C18",
    message: "合计 33800 与各村之和 33828 不符",
    fix: { kind: "sumFormula", row: 17, col: 2, formula: "SUM(C6:C17)" },
  },
  {
    severity: "warning",
    code: "TEXT_NUMBER",
    row: 6,
    col: 2,
    cell: "C7",
    message: "C7 是文本格式的数字",
    fix: { kind: "textToNumber", row: 6, col: 2, value: 2417 },
  },
  {
    severity: "warning",
    code: "SEQ_GAP",
    row: 17,
    col: 2,
    cell: "C18",
    message: "同一单元格的提醒",
  },
];

function setup() {
  const excel = new MockExcel(
    [
      { name: "附件1", cells: shizhuCells() },
      { name: "说明", cells: [["本表由街道下达"]] },
    ],
    "附件1"
  );
  const host = new OfficeHost(excel.run, store);
  return { excel, host };
}

describe("OfficeHost", () => {
  test("reads the active sheet as the core's 2-D array, text numbers stay text", async () => {
    const { excel, host } = setup();
    const active = await host.readActiveSheet();
    expect(active.source).toBe("excel");
    expect(active.sheet.name).toBe("附件1");
    expect(active.sheet.rows[6]).toEqual([2, "柏树社区", "2417"]);
    expect(active.sheet.rows[3]).toEqual([null, null, "单位：人"]);
    expect(active.otherSheets.map((s) => s.name)).toEqual(["说明"]);
    expect(excel.syncCount).toBe(3);
    expect(excel.writes).toEqual([]);
  });

  test("marks are conditional formats that are removed in one click; the user's own stay", async () => {
    const { excel, host } = setup();
    excel.addUserCf("附件1", "C6:C17", "=C6>4000");
    await host.readActiveSheet();
    const before = JSON.stringify(excel.sheet("附件1").cells);
    await host.highlight(findings);
    const ours = excel.liveCfs("附件1").filter((c) => isMarkFormula(c.formula));
    expect(ours).toHaveLength(2);
    const error = ours.find((c) => c.formula === MARK_STYLE.error.formula)!;
    const warning = ours.find((c) => c.formula === MARK_STYLE.warning.formula)!;
    expect(error.areas).toBe("C18");
    expect(error.fill).toBe(MARK_STYLE.error.fill);
    expect(warning.areas).toBe("C7"); // C18 is already an error
    // Marking twice does not stack marks.
    await host.highlight(findings);
    expect(excel.liveCfs("附件1").filter((c) => isMarkFormula(c.formula))).toHaveLength(2);
    // Nothing but conditional formats was written: no value, fill or font of the user's cells.
    expect(excel.writes.every((w) => w.property.startsWith("conditionalFormat."))).toBe(true);
    const syncsBefore = excel.syncCount;
    const removed = await host.clearHighlights();
    expect(removed).toBe(2);
    expect(excel.syncCount - syncsBefore).toBe(4); // sheet list, formats, rules, delete
    expect(excel.liveCfs("附件1").map((c) => c.formula)).toEqual(["=C6>4000"]);
    expect(JSON.stringify(excel.sheet("附件1").cells)).toBe(before);
    // A second click finds nothing more to remove.
    expect(await host.clearHighlights()).toBe(0);
  });

  test("marks left in a reopened workbook are still found by their formula", async () => {
    const { excel, host } = setup();
    excel.addUserCf("附件1", "C18", MARK_STYLE.error.formula);
    const fresh = new OfficeHost(excel.run, store);
    expect(await fresh.clearHighlights()).toBe(1);
    expect(excel.liveCfs()).toHaveLength(0);
    void host;
  });

  test("clicking a finding selects its cell on the checked sheet", async () => {
    const { excel, host } = setup();
    await host.readActiveSheet();
    excel.activeSheet = "说明";
    await host.selectCell("C18");
    expect(excel.activeSheet).toBe("附件1");
    expect(excel.selection).toEqual({ sheet: "附件1", address: "C18" });
    expect(excel.writes).toEqual([]);
  });

  test("a text-to-number fix writes exactly one cell", async () => {
    const { excel, host } = setup();
    const { sheet } = await host.readActiveSheet();
    const fix = findings[1].fix!;
    await host.applyFix(fix, sheet.rows[6][2]);
    expect(excel.writes).toEqual([
      { sheet: "附件1", address: "C7", property: "values", value: [[2417]] },
    ]);
    expect(excel.sheet("附件1").cells[6][2]).toBe(2417);
  });

  test("a SUM fix writes the formula into the total cell only", async () => {
    const { excel, host } = setup();
    const { sheet } = await host.readActiveSheet();
    await host.applyFix(findings[0].fix!, sheet.rows[17][2]);
    expect(excel.writes).toEqual([
      { sheet: "附件1", address: "C18", property: "formulas", value: [["=SUM(C6:C17)"]] },
    ]);
    expect(excel.sheet("附件1").formulas.get("C18")).toBe("=SUM(C6:C17)");
  });

  test("a fix is refused when the cell changed after the check", async () => {
    const { excel, host } = setup();
    const { sheet } = await host.readActiveSheet();
    excel.sheet("附件1").cells[6][2] = 2500; // the clerk typed a new figure meanwhile
    await expect(host.applyFix(findings[1].fix!, sheet.rows[6][2])).rejects.toThrow(/已被改动/);
    expect(excel.writes).toEqual([]);
  });

  test("inserting a template creates a new sheet and never writes into the user's", async () => {
    const { excel, host } = setup();
    excel.sheets.push({
      name: "任务分解表",
      cells: [["旧的"]],
      formulas: new Map(),
      visibility: "Visible",
      created: false,
      borders: [],
      pageLayout: {},
    });
    const spec: SheetSpec = {
      name: "任务分解表",
      cells: [
        [{ value: "参保任务分解表", bold: true, align: "center" }, null, null],
        [
          { value: "序号", bold: true, fill: "DEECF9" },
          { value: "村社区", bold: true, fill: "DEECF9" },
          { value: "任务数", bold: true, fill: "DEECF9" },
        ],
        [{ value: 1 }, { value: "" }, { value: null, numFmt: "0" }],
        [{ value: "合计", bold: true }, null, { formula: "SUM(C3:C3)", numFmt: "0", bold: true }],
        [{ value: "-" }, { value: "=不是公式" }, null],
      ],
      columnWidths: [6, 16, 12],
      merges: ["A1:C1"],
      validations: [
        { range: "B3:B100", values: ["红岩社区", "柏树社区"], error: "请从列表中选择村社区" },
      ],
      frozenRows: 2,
      textColumns: [1],
    };
    const names = await host.insertSheets([spec]);
    expect(names).toEqual(["任务分解表(2)"]);
    const created = excel.sheet("任务分解表(2)");
    expect(created.created).toBe(true);
    expect(excel.writes.every((w) => w.sheet === "任务分解表(2)")).toBe(true);
    expect(excel.sheet("任务分解表").cells).toEqual([["旧的"]]);
    expect(created.cells[0][0]).toBe("参保任务分解表");
    expect(created.formulas.get("C4")).toBe("=SUM(C3:C3)");
    expect(created.cells[4][0]).toBe("-"); // written as '- so Excel keeps it text
    expect(created.cells[4][1]).toBe("=不是公式");
    expect(created.frozenRows).toBe(2);
    // The text column's "@" format comes before the values, the other formats after them.
    const props = excel.writes.map((w) => w.property);
    expect(props.indexOf("numberFormat")).toBeLessThan(props.indexOf("formulas"));
    expect(props.lastIndexOf("format.font.bold")).toBeGreaterThan(props.indexOf("formulas"));
    expect(excel.writes.filter((w) => w.property === "format.fill.color")).toEqual([
      { sheet: "任务分解表(2)", address: "A2:C2", property: "format.fill.color", value: "#DEECF9" },
    ]);
    expect(excel.writes.find((w) => w.property === "dataValidation.rule")!.value).toEqual({
      list: { inCellDropDown: true, source: "红岩社区,柏树社区" },
    });
    expect(excel.activeSheet).toBe("任务分解表(2)");
  });

  test("插入空白模板: the project's template goes into a new sheet with its formulas and merges", async () => {
    const { excel, host } = setup();
    const spec = targetTemplate();
    const [name] = await host.insertSheets([spec]);
    expect(name).toBe(spec.name);
    expect(excel.writes.every((w) => w.sheet === name)).toBe(true);
    const sheet = excel.sheet(name);
    const total = spec.cells.findIndex((r) => r.some((c) => c?.value === "合计"));
    const formulaCol = spec.cells[total].findIndex((c) => c?.formula);
    expect(sheet.formulas.get(`${String.fromCharCode(65 + formulaCol)}${total + 1}`)).toBe(
      `=${spec.cells[total][formulaCol]!.formula}`
    );
    expect(excel.writes.filter((w) => w.property === "merge").map((w) => w.address)).toEqual(
      spec.merges
    );
    expect(excel.sheet("附件1").cells).toEqual(shizhuCells());
  });

  test("检查结果 sheets from a real check: new sheets only, findings as notes on the copy", async () => {
    const { excel, host } = setup();
    const read = await host.readActiveSheet();
    const report = checkTargets(read.sheet, { source: "excel", otherSheets: read.otherSheets });
    expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(
      expect.arrayContaining(["SUM_MISMATCH@C18", "TEXT_NUMBER@C7"])
    );
    const names = await host.insertSheets(annotateTargets(read.sheet, report));
    expect(names).toEqual(["附件1(2)", "检查结果"]);
    expect(excel.writes.some((w) => w.sheet === "附件1" || w.sheet === "说明")).toBe(false);
    const notes = excel.writes.filter((w) => w.property === "note");
    expect(notes.find((w) => w.address === "C18")?.value).toContain("33828");
    expect(excel.sheet("附件1").cells).toEqual(shizhuCells());
  });

  test("a 20,000-row sheet is written in blocks under 5 MB", async () => {
    const { excel, host } = setup();
    const cells = Array.from({ length: 20_000 }, (_, i) => [
      { value: i + 1 },
      { value: `村民${i}` },
      { value: "500243198001011234" },
      { value: 400 },
    ]);
    await host.insertSheets([{ name: "大表", cells, textColumns: [2] }]);
    const blocks = excel.writes.filter((w) => w.property === "formulas");
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const t of excel.roundTrips) expect(t.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.sheet("大表").cells[19_999]).toEqual([
      20_000,
      "村民19999",
      "500243198001011234",
      400,
    ]);
    // sheet list + 2 blocks of 10,000 rows + formats + activate
    expect(excel.syncCount).toBe(5);
  });
});
