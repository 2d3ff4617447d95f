/**
 * The task pane's panels over the WPS host (src/wps/host) on the strict in-memory ET
 * workbook (etWorkbook.ts, which throws on any member WPS does not have): rosters are read
 * in blocks (by the one ET adapter, src/wps/et, that the JS macros use), the claim is written
 * as new sheets, text stays text, the roster is untouched; on 12,000 and 100,000 rows.
 */
/// <reference types="et-jsapi-declare" />
import { getPolicy } from "../../src/core/policy/registry";
import { generateClaim } from "../../src/ui/claim/generate";
import { choicesOf, HEAD_ROWS } from "../../src/ui/claim/rosters";
import type { PolicyStore } from "../../src/ui/host";
import { WpsHost } from "../../src/wps/host/host";
import { countyRoster } from "../office/countyClaim";
import { EtBook } from "./etWorkbook";

jest.setTimeout(600_000);

const store: PolicyStore = {
  load: async () => ({ policyId: "cq-shizhu-2025", supplied: {} }),
  savePolicyId: async () => undefined,
};
const policy = getPolicy("cq-shizhu-2025");

function hostOf(book: EtBook): WpsHost {
  return new WpsHost(book.application as unknown as Et.Application, store);
}

describe.each([12_000, 100_000])("生成资助申报表 in the WPS pane, %i rows", (ROWS) => {
  const roster = countyRoster(ROWS);
  // A name a spreadsheet would run as a formula, and one starting with "-": both stay text.
  roster[5][2] = '=HYPERLINK("http://x","张三")';
  roster[6][2] = "-李四";
  const book = EtBook.from({ 花名册: roster, 说明: [["各部门花名册汇总"]] });
  const before = JSON.stringify(book.values("花名册"));
  const host = hostOf(book);

  let written: string[] | null = null;
  let people = 0;
  beforeAll(async () => {
    const heads = await host.listSheets(HEAD_ROWS);
    expect(heads.map((h) => [h.name, h.rows])).toEqual([
      ["花名册", ROWS + 3],
      ["说明", 1],
    ]);
    const started = Date.now();
    const run = await generateClaim(host, choicesOf(heads, false), {
      policy,
      date: policy.collectionEnd,
      supplied: {},
      publicNotice: true,
    });
    // Recorded, not asserted: the time depends on the machine.
    console.log(`WPS 任务窗格生成资助申报表 ${ROWS} 行：${Date.now() - started} ms`);
    written = run.written;
    people = run.result.people.length;
  });

  it("writes the claim as new sheets after the clerk's, and leaves the roster cell for cell", () => {
    expect(written!.length).toBeGreaterThan(1);
    expect(book.names().slice(0, 2)).toEqual(["花名册", "说明"]);
    expect(book.names().slice(2)).toEqual(written);
    expect(JSON.stringify(book.values("花名册"))).toBe(before);
    expect(book.formulas("花名册").size).toBe(0);
  });

  it("every person is on the detail sheet, ID numbers as text, user text never a formula", () => {
    const detail = written!.find((n) => n.startsWith("资助明细"))!;
    const rows = book.values(detail);
    const ids = rows.flat().filter((v) => typeof v === "string" && /^\d{17}[\dX]$/.test(v));
    expect(ids.length).toBeGreaterThanOrEqual(people);
    expect(rows.flat()).toContain('=HYPERLINK("http://x","张三")');
    expect(rows.flat()).toContain("-李四");
    for (const name of written!)
      for (const f of book.formulas(name).values()) expect(f).not.toContain("HYPERLINK");
  });

  it("reads and writes in blocks of at most 10,000 rows", () => {
    expect(book.log.largestCells).toBeLessThanOrEqual(10_000 * 30);
    expect(book.log.reads).toBeGreaterThanOrEqual(2);
  });
});

describe("检查任务分解表 in the WPS pane", () => {
  it("reads the active sheet and the others; a fix is refused once the cell has changed", async () => {
    const book = EtBook.from({
      汇总: [
        ["村", "任务数"],
        ["高平村", "120"],
      ],
      高平村: [
        ["户主", "人数"],
        ["张一", 3],
      ],
    });
    const host = hostOf(book);
    const read = await host.readActiveSheet();
    expect(read.sheet).toEqual({
      name: "汇总",
      rows: [
        ["村", "任务数"],
        ["高平村", "120"],
      ],
    });
    expect(read.otherSheets.map((s) => s.name)).toEqual(["高平村"]);
    await expect(
      host.applyFix({ kind: "textToNumber", row: 1, col: 1, value: 120 } as never, "121")
    ).rejects.toThrow("在检查之后已被改动");
    await host.applyFix({ kind: "textToNumber", row: 1, col: 1, value: 120 } as never, "120");
    expect(book.values("汇总")[1][1]).toBe(120);
  });
});
