/**
 * 公示名单 in the order of the region's 附件1 (石柱 下路街道's village list, cited in the policy
 * data), the villages not on it after, in the roster's order; where the policy has no list
 * (彭水), the roster's order. Never pinyin.
 */
import { buildClaim } from "../../src/core/claim/build";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy } from "../../src/core/policy/registry";
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import type { SheetSpec } from "../../src/core/sheet/spec";
import { pengshuiRoster, shizhuRosters, withCheck } from "./fixtures";

const SHIZHU = getPolicy("cq-shizhu-2025");
const PENGSHUI = getPolicy("cq-pengshui-2025");

function noticeVillages(rosters: SheetData[], policy = SHIZHU): { runs: string[]; rows: string[] } {
  const wb = claimWorkbook(buildClaim(rosters, policy), policy, { publicNotice: true });
  const n: SheetSpec = wb.sheets.find((s) => s.name === wb.names.notice)!;
  const rows = n.cells.slice(3).map((r) => String(r[1]!.value));
  return { rows, runs: rows.filter((v, i) => i === 0 || v !== rows[i - 1]) };
}

/** The rosters with their data rows in a shuffled (reversed, interleaved) order. */
function shuffled(rosters: SheetData[]): SheetData[] {
  return rosters.map((s) => {
    const [header, ...data] = s.rows;
    const back = [...data].reverse();
    const mixed = back.filter((_, i) => i % 2 === 1).concat(back.filter((_, i) => i % 2 === 0));
    return { ...s, rows: [header, ...mixed] };
  });
}

describe("公示名单 village order", () => {
  const list = SHIZHU.villages()!.value;

  test("石柱: a roster in shuffled village order gives 附件1's order, each village's people together", () => {
    const rosters = shuffled(shizhuRosters());
    const rosterFirst = rosters[0].rows.slice(1).map((r) => String(r[1]));
    // The shuffle really moved the villages out of 附件1's order.
    expect(rosterFirst[0]).not.toBe(list[0]);
    const { runs } = noticeVillages(rosters);
    expect(runs.length).toBeGreaterThan(5);
    expect(runs).toEqual(list.filter((v) => runs.includes(v)));
    expect(new Set(runs).size).toBe(runs.length);
  });

  test("石柱: villages not on 附件1 come after the listed ones, in the roster's order", () => {
    const rosters = shuffled(shizhuRosters());
    const extra: CellValue[][] = [
      [90, "新建村", "甲一", withCheck("50024019800505123"), "低保", "一档"],
      [91, "红岩社区", "乙二", withCheck("50024019810606124"), "低保", "一档"],
      [92, "老街社区", "丙三", withCheck("50024019820707125"), "低保", "一档"],
      [93, "新建村", "丁四", withCheck("50024019830808126"), "低保", "一档"],
    ];
    // At the top of the first roster: first in roster order, yet after every listed village.
    rosters[0] = { ...rosters[0], rows: [rosters[0].rows[0], ...extra, ...rosters[0].rows.slice(1)] };
    const { runs } = noticeVillages(rosters);
    expect(runs.slice(-2)).toEqual(["新建村", "老街社区"]);
    const listed = runs.slice(0, -2);
    expect(listed[0]).toBe("红岩社区");
    expect(listed).toEqual(list.filter((v) => listed.includes(v)));
  });

  test("the core's order: listed villages by 附件1 (width and spaces ignored), the rest as they came, each once", () => {
    expect(SHIZHU.villageOrder(["白鹤村", "新建村", "红岩　社区", "照明村", "老街社区", "白鹤村"])).toEqual([
      "红岩　社区",
      "白鹤村",
      "照明村",
      "新建村",
      "老街社区",
    ]);
    expect(PENGSHUI.villageOrder(["马驴村", "大厂社区", "马驴村"])).toEqual(["马驴村", "大厂社区"]);
  });

  test("a region whose policy has no village list keeps the roster's order", () => {
    expect(PENGSHUI.villages()).toBeNull();
    const roster = pengshuiRoster();
    const result = buildClaim([roster], PENGSHUI);
    const rosterOrder = [...new Set(result.people.filter((p) => p.subsidy > 0).map((p) => p.village))];
    expect(rosterOrder.length).toBeGreaterThan(1);
    expect(noticeVillages([roster], PENGSHUI).runs).toEqual(rosterOrder);
    // Reversed roster, reversed notice: the order is the roster's, not a sort.
    const reversed = { ...roster, rows: [roster.rows[0], ...roster.rows.slice(1).reverse()] };
    const back = [...new Set(buildClaim([reversed], PENGSHUI).people.filter((p) => p.subsidy > 0).map((p) => p.village))];
    expect(noticeVillages([reversed], PENGSHUI).runs).toEqual(back);
    expect(back).not.toEqual(rosterOrder);
  });
});
