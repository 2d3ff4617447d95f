/**
 * The claim (生成资助申报表) through the Office.js layer, on office-addin-mock: a county's
 * roster (50,000 rows here, 200,000 in `npm run bench`; ./countyClaim.ts) is listed, read in blocks, built by the core and written as new
 * sheets in blocks, as the task pane does it. Counts the round trips of each step, checks
 * that every request and response stays under Excel on the web's 5 MB, that progress only
 * goes forward and ends at 100%, that the roster is never written to and that the new
 * sheets get names not yet taken.
 */
import { claimWorkbook, DETAIL_SHEET } from "../../src/core/claim/workbook";
import { PAYLOAD_LIMIT_BYTES } from "../../src/core/sheet/blocks";
import { OfficeHost } from "../../src/office/host";
import { generateClaim, Step } from "../../src/ui/claim/generate";
import { choicesOf, HEAD_ROWS } from "../../src/ui/claim/rosters";
import { shizhuRosters } from "../claim/fixtures";
import { countyRoster, EXISTING, policy, runCountyClaim, store } from "./countyClaim";
import { MockExcel } from "./excelMock";

jest.setTimeout(240_000);

type Cell = string | number | boolean;

describe("claim through the Office.js layer (office-addin-mock)", () => {
  // npm test runs 50,000 rows (and 20,000 for the growth); npm run bench runs 200,000 (bench/officeClaim.ts).
  test("50,000 roster rows: read and written in blocks under 5 MB, progress to 100%, the roster untouched", async () => {
    const ROWS = 50_000;
    const run = await runCountyClaim(ROWS);
    const { excel, heads, choices, calls, result, written } = run;
    const before = JSON.stringify(countyRoster(ROWS));

    // 1. The sheet list with the first rows of each: the roster is found and preselected.
    expect(run.syncs.list).toBe(3);
    expect(choices.map((c) => [c.name, c.checked])).toEqual([
      ["花名册", true],
      ["公示名单", false],
      ["说明", false],
    ]);
    expect(heads[0].rows).toBe(ROWS + 3);
    expect(heads[0].head.rows).toHaveLength(HEAD_ROWS);

    // 2–4. What the button does (src/ui/claim/generate.ts): read in blocks, build, write in blocks.
    expect(written).not.toBeNull();
    // Reading: 1 for the extent, then 50,003 rows in blocks of at most 10,000 rows: 6.
    expect(run.syncs.read).toBe(1 + Math.ceil((ROWS + 3) / 10_000));
    expect(run.syncs.between).toBe(2);
    expect(Math.max(...run.readTrips.map((t) => t.responseBytes))).toBeGreaterThan(500_000);
    expect(run.largestResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(run.largestRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // Progress: forward only, every step ends at 100%, rows read and written up to their totals.
    for (let i = 1; i < calls.length; i++) {
      const order = ["read", "build", "write"];
      expect(order.indexOf(calls[i].step)).toBeGreaterThanOrEqual(order.indexOf(calls[i - 1].step));
      if (calls[i].step === calls[i - 1].step)
        expect(calls[i].share).toBeGreaterThanOrEqual(calls[i - 1].share);
    }
    for (const step of ["read", "build", "write"] as Step[])
      expect(calls.filter((c) => c.step === step).pop()!.share).toBe(1);
    const readRows = calls
      .filter((c) => c.step === "read" && c.rows)
      .map((c) => [c.rows!.done, c.rows!.total] as [number, number]);
    expectProgress(readRows, ROWS + 3);

    // The core: nothing lost.
    expect(result.inputRows).toBe(ROWS);
    expect(result.people.length + result.merged.length + result.rejected.length).toBe(ROWS);
    expect(result.merged.length).toBe(ROWS / 500);
    expect(result.rejected.filter((r) => r.code === "ID")).toHaveLength(ROWS / 1000);
    expect(result.rejected.filter((r) => r.code === "CATEGORY").length).toBeGreaterThan(50);
    // The ID Excel stored as a number arrived as a number and was refused, not guessed.
    expect(result.rejected.find((r) => r.row === 4)!.reason).toContain("Excel");

    // Writing, as the same sheets the core makes for this workbook.
    const wb = claimWorkbook(result, policy, { publicNotice: true, existingSheets: EXISTING });
    const totalRows = wb.sheets.reduce((n, s) => n + s.cells.length + 1, 0);
    const writeRows = calls
      .filter((c) => c.step === "write" && c.rows)
      .map((c) => [c.rows!.done, c.rows!.total] as [number, number]);
    expectProgress(writeRows, totalRows);

    // New sheets only, under names not yet taken; the old 公示名单 stays.
    const names = written!;
    expect(names).toEqual(wb.sheets.map((s) => s.name));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(EXISTING).not.toContain(n);
    expect(names).toContain("公示名单(2)");
    expect(excel.sheets.map((s) => s.name)).toEqual([...EXISTING, ...names]);
    expect(excel.sheets.filter((s) => s.created).map((s) => s.name)).toEqual(names);
    expect(excel.sheet("公示名单").cells).toEqual([["上次的公示名单"]]);

    // The roster's cells are exactly as before and nothing was written to it.
    expect(excel.writes.filter((w) => EXISTING.includes(w.sheet))).toEqual([]);
    expect(JSON.stringify(excel.sheet("花名册").cells)).toBe(before);

    // The detail sheet holds every person, the IDs as text with their "@" format written first.
    const detail = excel.sheet(DETAIL_SHEET);
    expect(detail.cells).toHaveLength(result.people.length + 1);
    expect(detail.cells[1][3]).toBe(result.people[0].id);
    const detailWrites = excel.writes.filter((w) => w.sheet === DETAIL_SHEET);
    const firstFormat = detailWrites.findIndex(
      (w) => w.property === "numberFormat" && w.address.startsWith("D1:")
    );
    const firstValues = detailWrites.findIndex((w) => w.property === "formulas");
    expect(firstFormat).toBeGreaterThanOrEqual(0);
    expect(firstFormat).toBeLessThan(firstValues);
    const textRows = detailWrites
      .filter((w) => w.property === "numberFormat" && /^D\d+:D\d+$/.test(w.address))
      .reduce((n, w) => n + (w.value as unknown[]).length, 0);
    expect(textRows).toBe(result.people.length + 1);

    // Round trips: per sheet its value blocks of 10,000 rows and 1 for the formats, and 1 to
    // activate the first new sheet (at 50,000 rows the formats fit one request per sheet).
    const blocks = (rows: number) => Math.ceil(rows / 10_000);
    const perSheet = wb.sheets.map((s) => blocks(s.cells.length) + 1);
    expect(run.syncs.write).toBe(perSheet.reduce((a, b) => a + b, 0) + 1);
  });

  test("round trips grow with rows / 10,000: 30,000 more rows, 3 more blocks read and 3 more written on each big sheet", async () => {
    const small = await runCountyClaim(20_000);
    const big = await runCountyClaim(50_000);
    const total = (r: typeof small) =>
      r.syncs.list + r.syncs.read + r.syncs.between + r.syncs.write;
    // Each 10,000 rows: one block read, one of 资助明细 and one of 公示名单 written.
    expect(big.syncs.read - small.syncs.read).toBe(3);
    expect(big.syncs.write - small.syncs.write).toBe(3 * 2);
    expect(total(big) - total(small)).toBe(3 * 3);
    expect(big.syncs.list).toBe(small.syncs.list);
    for (const r of [small, big]) {
      expect(r.largestRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(r.largestResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  });

  test("生成资助申报表 twice in one workbook: the second claim gets (2) sheets whose formulas read its own detail", async () => {
    const rosters = shizhuRosters();
    const excel = new MockExcel(
      rosters.map((r) => ({
        name: r.name,
        cells: r.rows.map((row) =>
          row.map((v) => (v === null || v === undefined ? "" : (v as Cell)))
        ),
      }))
    );
    const host = new OfficeHost(excel.run, store);
    const run = async () => {
      const choices = choicesOf(await host.listSheets(HEAD_ROWS), false);
      return {
        choices,
        ...(await generateClaim(host, choices, {
          policy,
          date: policy.collectionEnd,
          supplied: {},
          publicNotice: true,
        })),
      };
    };
    const first = await run();
    expect(first.choices.filter((c) => c.checked).map((c) => c.name)).toEqual([
      "民政",
      "残联",
      "卫健",
    ]);
    expect(first.names!.detail).toBe(DETAIL_SHEET);
    const firstNames = first.written!;
    const writesBefore = excel.writes.length;
    const firstCells = JSON.stringify(
      firstNames.map((n) => [excel.sheet(n).cells, [...excel.sheet(n).formulas]])
    );

    const second = await run();
    // The first claim's sheets are listed but not taken for rosters.
    expect(second.choices.map((c) => [c.name, c.checked])).toEqual([
      ["民政", true],
      ["残联", true],
      ["卫健", true],
      ...firstNames.map((n) => [n, false]),
    ]);
    expect(second.result.totals).toEqual(first.result.totals);
    expect(second.written).toEqual(firstNames.map((n) => `${n}(2)`));
    expect(second.names).toMatchObject({
      summary: "申报汇总(2)",
      detail: "资助明细(2)",
      merged: "合并记录(2)",
      rejected: "未通过(2)",
      notice: "公示名单(2)",
    });
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "民政",
      "残联",
      "卫健",
      ...firstNames,
      ...second.written!,
    ]);
    // Nothing of the first claim was touched.
    expect(excel.writes.slice(writesBefore).filter((w) => firstNames.includes(w.sheet))).toEqual(
      []
    );
    expect(
      JSON.stringify(firstNames.map((n) => [excel.sheet(n).cells, [...excel.sheet(n).formulas]]))
    ).toBe(firstCells);
    // Every formula written for the second claim names only its own sheets.
    const refs = new Set<string>();
    for (const n of second.written!) {
      for (const f of excel.sheet(n).formulas.values())
        for (const m of f.matchAll(/'((?:[^']|'')+)'!/g)) refs.add(m[1]);
    }
    expect([...refs].sort()).toEqual(["合并记录(2)", "未通过(2)", "资助明细(2)"]);
    const summary = [...excel.sheet("申报汇总(2)").formulas.values()];
    expect(summary.some((f) => f.startsWith("=COUNTIFS('资助明细(2)'!$G:$G,"))).toBe(true);
    expect(summary).toContain("=COUNTA('未通过(2)'!$A:$A)-1");
    expect(excel.sheet("资助明细(2)").cells).toEqual(excel.sheet(DETAIL_SHEET).cells);
  });

  test("a hidden sheet's name is not taken again: the claim moves to (2) instead of failing", async () => {
    const rosters = shizhuRosters();
    const excel = new MockExcel([
      ...rosters.map((r) => ({
        name: r.name,
        cells: r.rows.map((row) =>
          row.map((v) => (v === null || v === undefined ? "" : (v as Cell)))
        ),
      })),
      { name: DETAIL_SHEET, cells: [["上次的明细，已隐藏"]], visibility: "Hidden" as const },
    ]);
    const host = new OfficeHost(excel.run, store);
    const choices = choicesOf(await host.listSheets(HEAD_ROWS), false);
    expect(choices.map((c) => c.name)).toEqual(["民政", "残联", "卫健"]);
    const { written, names } = await generateClaim(host, choices, {
      policy,
      date: policy.collectionEnd,
      supplied: {},
      publicNotice: false,
    });
    expect(names!.detail).toBe("资助明细(2)");
    expect(written).toContain("申报汇总(2)");
    expect(excel.sheet(DETAIL_SHEET).cells).toEqual([["上次的明细，已隐藏"]]);
  });

  test("readSheets gives values: an ID typed as text is a string, one Excel stored as a number is a number", async () => {
    const excel = new MockExcel([
      {
        name: "民政",
        cells: [
          ["姓名", "身份证号码", "人员类别"],
          ["张一", "500240198001010011", "低保"],
          ["陈十一", 500240199001011200, "低保"],
        ],
      },
    ]);
    const host = new OfficeHost(excel.run, store);
    const progress: [number, number][] = [];
    const [sheet] = await host.readSheets(["民政"], (d, t) => progress.push([d, t]));
    expect(sheet.rows[1][1]).toBe("500240198001010011");
    expect(sheet.rows[2][1]).toBe(500240199001011200);
    expect(excel.syncCount).toBe(2); // the extent, then one block
    expect(progress).toEqual([
      [0, 3],
      [3, 3],
    ]);
  });

  test("exactNames refuses before writing anything when a sheet the formulas refer to exists", async () => {
    const excel = new MockExcel([
      { name: "花名册", cells: [["姓名"]] },
      { name: DETAIL_SHEET, cells: [["旧的明细"]] },
    ]);
    const host = new OfficeHost(excel.run, store);
    await expect(
      host.insertSheets(
        [
          { name: "申报汇总", cells: [[{ value: 1 }]] },
          { name: DETAIL_SHEET, cells: [[{ value: 1 }]] },
        ],
        { exactNames: true }
      )
    ).rejects.toThrow(`工作簿中已有名为“${DETAIL_SHEET}”的工作表`);
    expect(excel.sheets.map((s) => s.name)).toEqual(["花名册", DETAIL_SHEET]);
    expect(excel.writes).toEqual([]);
  });

  test("a rejected row's cell is selected in its own sheet", async () => {
    const excel = new MockExcel([
      { name: "民政", cells: [["姓名"]] },
      { name: "残联", cells: [["姓名"]] },
    ]);
    const host = new OfficeHost(excel.run, store);
    await host.selectCell("D7", "残联");
    expect(excel.activeSheet).toBe("残联");
    expect(excel.selection).toEqual({ sheet: "残联", address: "D7" });
    expect(excel.writes).toEqual([]);
  });

  test("hidden sheets are not offered as rosters; empty sheets are listed without a read", async () => {
    const excel = new MockExcel([
      { name: "民政", cells: [["序号", "姓名", "身份证号码", "人员类别", "参保档次"]] },
      { name: "空表", cells: [] },
      { name: "_yibao_lists", cells: [["低保"]], visibility: "VeryHidden" },
    ]);
    const host = new OfficeHost(excel.run, store);
    const heads = await host.listSheets(HEAD_ROWS);
    expect(heads.map((h) => [h.name, h.rows, h.head.rows.length])).toEqual([
      ["民政", 1, 1],
      ["空表", 0, 0],
    ]);
    expect(choicesOf(heads, false).map((c) => c.checked)).toEqual([true, false]);
  });
});

/** Progress only goes forward, with the same total, and its last call is done === total. */
function expectProgress(calls: [number, number][], total: number): void {
  expect(calls.length).toBeGreaterThan(2);
  for (let i = 1; i < calls.length; i++)
    expect(calls[i][0]).toBeGreaterThanOrEqual(calls[i - 1][0]);
  for (const [, t] of calls) expect(t).toBe(total);
  expect(calls[0][0]).toBe(0);
  expect(calls[calls.length - 1]).toEqual([total, total]);
}
