import { getPolicy } from "../../src/core/policy/registry";
import { PAYLOAD_LIMIT_BYTES } from "../../src/core/sheet/blocks";
import { readWorkbook } from "../../src/office/read";
import { MockExcel } from "./excelMock";

// 石柱's 附件1 villages, from the policy data.
const VILLAGES = getPolicy("cq-shizhu-2025").villages()!.value;

/** A 20,000-row sheet of 8 columns: number, village, group, name, ID number, target, paid, note. */
function bigSheet(rows = 20_000): (string | number)[][] {
  const out: (string | number)[][] = [
    ["序号", "村社区", "组", "户主", "身份证号", "任务数", "已缴费", "备注"],
  ];
  for (let i = 1; i < rows; i++) {
    out.push([
      i,
      VILLAGES[i % 12],
      `${(i % 9) + 1}组`,
      `张${i}`,
      `50024319${String(800101 + (i % 1000)).padStart(6, "0")}123X`,
      300 + (i % 50),
      200 + (i % 40),
      i % 7 === 0 ? "外出务工" : "",
    ]);
  }
  return out;
}

describe("readWorkbook (Office.js layer, office-addin-mock)", () => {
  test("a 20,000-row sheet is read in 2 blocks: 4 round trips, each under 5 MB", async () => {
    const cells = bigSheet();
    const excel = new MockExcel([{ name: "花名册", cells }]);
    const result = await excel.run((ctx) => readWorkbook(ctx));
    expect(result.active.name).toBe("花名册");
    expect(result.active.rows).toHaveLength(20_000);
    expect(result.active.rows[1][1]).toBe("柏树社区");
    expect(result.active.rows[19_999][0]).toBe(19_999);
    // The last column is blank on most rows: trailing blanks are dropped, blanks are null.
    expect(result.active.rows[1]).toHaveLength(7);
    expect(result.active.rows[7][7]).toBe("外出务工");
    // 1 sheet list + 1 extents + 2 value blocks of 10,000 rows.
    expect(excel.syncCount).toBe(4);
    expect(result.syncs).toBe(4);
    for (const trip of excel.roundTrips) {
      expect(trip.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(trip.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    const biggest = Math.max(...excel.roundTrips.map((t) => t.responseBytes));
    expect(biggest).toBeGreaterThan(500_000); // the blocks really carry the values
    expect(excel.writes).toEqual([]);
  });

  test("small other sheets share a round trip; big ones are skipped and reported", async () => {
    const excel = new MockExcel(
      [
        {
          name: "汇总",
          cells: [
            ["序号", "村社区", "任务数"],
            [1, "红岩社区", 4162],
            ["合计", null as unknown as string, 4162],
          ],
        },
        {
          name: "红岩社区",
          cells: [
            ["序号", "组", "任务数"],
            [1, "1组", 4162],
          ],
        },
        { name: "隐藏", cells: [["x"]], visibility: "Hidden" },
        { name: "花名册", cells: bigSheet(6_000) },
      ],
      "汇总"
    );
    const result = await excel.run((ctx) => readWorkbook(ctx));
    expect(result.active.rows[1]).toEqual([1, "红岩社区", 4162]);
    expect(result.active.rows[2]).toEqual(["合计", null, 4162]);
    expect(result.others.map((s) => s.name)).toEqual(["红岩社区"]);
    expect(result.skipped).toEqual([{ name: "花名册", rows: 6_000 }]);
    expect(excel.syncCount).toBe(3);
  });

  test("an empty sheet reads as no rows", async () => {
    const excel = new MockExcel([{ name: "Sheet1", cells: [] }]);
    const result = await excel.run((ctx) => readWorkbook(ctx));
    expect(result.active.rows).toEqual([]);
    expect(excel.syncCount).toBe(2);
  });

  test("long texts: a block over 5 MB is refused and read again in smaller blocks", async () => {
    const long = "村民小组集中缴费登记说明".repeat(20); // 240 characters, 720 bytes in UTF-8
    const cells = Array.from({ length: 20_000 }, (_, i) => [i, long, long]);
    const excel = new MockExcel([{ name: "说明", cells }]);
    const result = await excel.run((ctx) => readWorkbook(ctx));
    expect(result.active.rows).toHaveLength(20_000);
    expect(result.active.rows[19_999]).toEqual([19_999, long, long]);
    const ok = excel.roundTrips.filter((t) => t.responseBytes < PAYLOAD_LIMIT_BYTES);
    // Every block that went through was under the limit; the sheet is ~29 MB, so at least 6 blocks.
    expect(ok.length).toBeGreaterThanOrEqual(2 + 6);
    expect(excel.syncCount - ok.length).toBeLessThanOrEqual(2);
  });
});
