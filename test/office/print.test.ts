/**
 * Sheets inserted into the open workbook print as the written files do: the Office.js writer
 * applies the same print plan (core/sheet/print.ts) — thin borders on the table, A4, one page
 * wide, header rows repeated, the title and 第 N 页 共 M 页 — in the format round trip, and the
 * page setup only where the host has ExcelApi 1.9.
 */
import { claimWorkbook } from "../../src/core/claim/workbook";
import { templateSheets } from "../../src/core/claim/templates";
import { getPolicy } from "../../src/core/policy/registry";
import { cellAddress } from "../../src/core/sheet/address";
import { printPlan } from "../../src/core/sheet/print";
import type { SheetSpec } from "../../src/core/sheet/spec";
import { targetTemplate } from "../../src/core/targets/template";
import { OfficeHost } from "../../src/office/host";
import { generateClaim } from "../../src/ui/claim/generate";
import { choicesOf, HEAD_ROWS } from "../../src/ui/claim/rosters";
import type { PolicyStore } from "../../src/ui/host";
import { shizhuRosters } from "../claim/fixtures";
import { MockExcel, MockSheet } from "./excelMock";

type Cell = string | number | boolean;

const store: PolicyStore = {
  load: async () => ({ policyId: "cq-shizhu-2025", supplied: {} }),
  savePolicyId: async () => undefined,
};
const policy = getPolicy("cq-shizhu-2025");

function rosterWorkbook(): MockExcel {
  return new MockExcel(
    shizhuRosters().map((r) => ({
      name: r.name,
      cells: r.rows.map((row) =>
        row.map((v) => (v === null || v === undefined ? "" : (v as Cell)))
      ),
    }))
  );
}

/** The sheet in the fake carries exactly the print plan the file writer uses for its spec. */
function expectPrinted(sheet: MockSheet, spec: SheetSpec): void {
  const plan = printPlan(spec);
  const box = plan.borders!;
  expect(box).not.toBeNull();
  const address = `${cellAddress(box.r0, box.c0)}:${cellAddress(box.r1, box.c1)}`;
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (box.r1 > box.r0) edges.push("InsideHorizontal");
  if (box.c1 > box.c0) edges.push("InsideVertical");
  expect(sheet.borders).toEqual(
    edges.map((edge) => ({ address, edge, style: "Continuous", weight: "Thin", color: "#000000" }))
  );
  expect(sheet.pageLayout).toEqual({
    paperSize: "A4",
    orientation: plan.orientation === "landscape" ? "Landscape" : "Portrait",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: plan.pagesTall },
    centerHorizontally: true,
    margins: { unit: "Inches", options: plan.margins },
    printTitleRows: `$${plan.repeatRows!.first + 1}:$${plan.repeatRows!.last + 1}`,
    headerFooterState: "Default",
    centerHeader: plan.header,
    centerFooter: "第 &P 页 共 &N 页",
  });
}

describe("inserted sheets print like the written files", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("生成资助申报表 in Excel: every claim sheet gets its table's borders and page setup", async () => {
    const excel = rosterWorkbook();
    const host = new OfficeHost(excel.run, store);
    const existing = excel.sheets.map((s) => s.name);
    const choices = choicesOf(await host.listSheets(HEAD_ROWS), false);
    const { result, written } = await generateClaim(host, choices, {
      policy,
      date: policy.collectionEnd,
      supplied: {},
      publicNotice: true,
    });
    const wb = claimWorkbook(result, policy, { publicNotice: true, existingSheets: existing });
    expect(written).toEqual(wb.sheets.map((s) => s.name));
    for (const spec of wb.sheets) expectPrinted(excel.sheet(spec.name), spec);
    // What a clerk sees on paper: 申报汇总 has its title on top and repeats its header.
    const summary = excel.sheet("申报汇总").pageLayout;
    expect(summary.centerHeader).toContain("石柱");
    expect(summary.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    // The rosters themselves get nothing.
    for (const name of existing) {
      expect(excel.sheet(name).borders).toEqual([]);
      expect(excel.sheet(name).pageLayout).toEqual({});
    }
  });

  test("插入空白模板: the roster and claim templates and the 任务分解表 print as their files do", async () => {
    const excel = new MockExcel([{ name: "说明", cells: [["各部门花名册汇总"]] }]);
    const host = new OfficeHost(excel.run, store);
    const specs = [
      ...templateSheets("roster", policy),
      ...templateSheets("claim", policy),
      targetTemplate(),
    ];
    const before = excel.syncCount;
    const names = await host.insertSheets(specs);
    specs.forEach((spec, i) => expectPrinted(excel.sheet(names[i]), spec));
    // The print setup rides in each sheet's format round trip: no round trip more than without it.
    const blocks = specs.reduce((n, s) => n + Math.ceil(s.cells.length / 10_000) + 1, 0);
    expect(excel.syncCount - before).toBe(1 + blocks + 1);
    // The 任务分解表 (the widest) prints landscape, one page wide.
    const target = excel.sheet(names[names.length - 1]).pageLayout;
    expect(target.orientation).toBe(
      printPlan(targetTemplate()).orientation === "landscape" ? "Landscape" : "Portrait"
    );
    expect(target.zoom!.horizontalFitToPages).toBe(1);
  });

  test("a host before ExcelApi 1.9 gets the borders (1.1) but no page setup, and the insert still works", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) =>
            set === "ExcelApi" && Number(version.split(".")[1]) <= 8,
        },
      },
    };
    const excel = new MockExcel([{ name: "说明", cells: [["x"]] }]);
    const host = new OfficeHost(excel.run, store);
    const spec = targetTemplate();
    const [name] = await host.insertSheets([spec]);
    const sheet = excel.sheet(name);
    expect(sheet.borders.length).toBeGreaterThanOrEqual(4);
    expect(sheet.pageLayout).toEqual({});
    expect(excel.writes.some((w) => w.property.startsWith("pageLayout"))).toBe(false);
  });
});
