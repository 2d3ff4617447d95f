/**
 * The progress history core over 2-D arrays (进度记录): three 彭水 report dates ranked, the change
 * since the last report, the villages behind the milestone due (20% / 65% / 100%, 大同府发〔2024〕31号
 * 四（四）), a date recorded again replaces its rows, dates recorded out of order, and the chart's table.
 * It must stay usable from an Office Script: no imports.
 */
import { getPolicy } from "../../src/core/policy/registry";
import { chartTable, isProgressHeader, PROGRESS_HEADER, progressReport, readProgress, recordProgress } from "../../src/core/progress/history";
import { dueOn } from "../../src/core/progress/fromTargets";

const ps = getPolicy("cq-pengshui-2025");
const T: [string, number][] = [
  ["大厂社区", 2490],
  ["大河村", 1273],
  ["龙门村", 1645],
  ["马驴村", 1774],
];
const snap = (paid: number[]) => T.map(([village, target], i) => ({ village, target, paid: paid[i] }));

describe("进度记录 core", () => {
  let v = recordProgress([], "2024-10-31", snap([600, 200, 329, 400]), dueOn(ps, "2024-10-31"));
  v = recordProgress(v, "2024-11-29", snap([1700, 800, 1100, 1100]), dueOn(ps, "2024-11-29"));
  v = recordProgress(v, "2024-12-31", snap([2490, 1230, 1500, 1405]), dueOn(ps, "2024-12-31"));

  test("the milestone due on each date is the notice's", () => {
    expect([dueOn(ps, "2024-10-30"), dueOn(ps, "2024-10-31"), dueOn(ps, "2024-11-29"), dueOn(ps, "2024-12-31")]).toEqual([null, 0.2, 0.2, 1]);
  });

  test("ranks per date, change since the last report, behind the milestone", () => {
    expect(v[0]).toEqual(PROGRESS_HEADER);
    const h = readProgress(v);
    expect(h.dates).toEqual(["2024-10-31", "2024-11-29", "2024-12-31"]);
    const r1 = progressReport(h, "2024-10-31")!;
    // 600/2490 = 24.1%, 200/1273 = 15.7%, 329/1645 = 20.0%, 400/1774 = 22.5%; due 20%.
    expect(r1.ranking.map((x) => [x.village, x.rank])).toEqual([
      ["大厂社区", 1],
      ["马驴村", 2],
      ["龙门村", 3],
      ["大河村", 4],
    ]);
    expect(r1.behind.map((x) => x.village)).toEqual(["大河村"]);
    expect(r1.previous).toBeNull();
    const r3 = progressReport(h)!;
    expect(r3.date).toBe("2024-12-31");
    expect(r3.previous).toBe("2024-11-29");
    expect(r3.ranking.map((x) => [x.village, x.rank, x.change])).toEqual([
      ["大厂社区", 1, 790],
      ["大河村", 2, 430],
      ["龙门村", 3, 400],
      ["马驴村", 4, 305],
    ]);
    expect(r3.behind.map((x) => x.village)).toEqual(["大河村", "龙门村", "马驴村"]);
  });

  test("equal rates share a rank", () => {
    const t = recordProgress([], "2024-11-01", [
      { village: "甲村", target: 100, paid: 50 },
      { village: "乙村", target: 200, paid: 100 },
      { village: "丙村", target: 100, paid: 60 },
    ], 0.2);
    expect(progressReport(readProgress(t))!.ranking.map((x) => [x.village, x.rank])).toEqual([
      ["丙村", 1],
      ["乙村", 2],
      ["甲村", 2],
    ]);
  });

  test("a date recorded again replaces its rows; an earlier date slots in and the changes follow", () => {
    const again = recordProgress(v, "2024-11-29", snap([1800, 900, 1200, 1200]), 0.2);
    const h = readProgress(again);
    expect(h.rows).toHaveLength(12);
    expect(h.rows.filter((r) => r.date === "2024-11-29").map((r) => r.paid)).toEqual([1800, 900, 1200, 1200]);
    expect(h.rows.filter((r) => r.date === "2024-12-31").map((r) => r.change)).toEqual([690, 330, 300, 205]);
    const earlier = readProgress(recordProgress(v, "2024-11-15", snap([1000, 500, 700, 700]), 0.2));
    expect(earlier.dates).toEqual(["2024-10-31", "2024-11-15", "2024-11-29", "2024-12-31"]);
    expect(earlier.rows.filter((r) => r.date === "2024-11-29").map((r) => r.change)).toEqual([700, 300, 400, 400]);
  });

  test("the chart's table: a row per date with the share due and each village's rate", () => {
    const t = chartTable(readProgress(v));
    expect(t.header).toEqual(["报告日期", "应完成进度", "大厂社区", "大河村", "龙门村", "马驴村"]);
    expect(t.rows.map((r) => r[1])).toEqual([0.2, 0.2, 1]);
    expect(t.rows[2][2]).toBe(1);
  });

  test("Excel serial dates and text percentages from a sheet are read; a bad date is refused in Chinese", () => {
    const h = readProgress([PROGRESS_HEADER, [45657, "大厂社区", 2490, 2490, "100%", "100%"]]);
    expect(h.rows[0]).toMatchObject({ date: "2024-12-31", due: 1, rate: 1 });
    expect(() => recordProgress([], "12月6日", [], null)).toThrow(/报告日期“12月6日”不是有效日期/);
  });

  test("the gap in people is the share due of the target rounded up, less those paid, and a header without it still reads", () => {
    const v = recordProgress([], "2024-11-29", [{ village: "甲村", target: 1774, paid: 1153 }, { village: "乙村", target: 100, paid: 7 }], 0.65);
    expect(v[0]).toEqual(PROGRESS_HEADER);
    expect(v.slice(1).map((r) => [r[1], r[9], r[10]])).toEqual([["甲村", "落后", 1], ["乙村", "落后", 58]]);
    expect(recordProgress([], "2024-11-29", [{ village: "丙村", target: 100, paid: 7 }], 0.07)[1].slice(9)).toEqual(["", 0]);
    expect(isProgressHeader(PROGRESS_HEADER)).toBe(true);
    expect(isProgressHeader([...PROGRESS_HEADER.slice(0, -1), ""])).toBe(true);
    expect(isProgressHeader(["报告日期", "村（社区）"])).toBe(false);
  });
});
