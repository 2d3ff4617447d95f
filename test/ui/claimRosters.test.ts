/**
 * The claim panel's choices without the DOM (src/ui/claim/rosters.ts, generate.ts): which
 * sheets are preselected, and how the clerk's column choices reach the core.
 */
import { buildClaim } from "../../src/core/claim/build";
import { getPolicy } from "../../src/core/policy/registry";
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import { openKeys } from "../../src/ui/claim/generate";
import { choicesOf, coreInput, fieldsToMap, headerCells, redetect, RosterChoice, unresolved } from "../../src/ui/claim/rosters";
import type { SheetHead } from "../../src/ui/host";
import { shuangqingRoster, withCheck } from "../claim/fixtures";

const policy = getPolicy("cq-shizhu-2025");
const id = (n: number) => withCheck(`50024019800101${String(n).padStart(3, "0")}`);

function head(name: string, rows: CellValue[][]): SheetHead {
  return { name, rows: rows.length, head: { name, rows: rows.slice(0, 30) } };
}

const minzheng: CellValue[][] = [
  ["序号", "姓名", "身份证号码", "人员类别", "参保档次"],
  [1, "张一", id(1), "低保", "一档"],
];
/** 对象属性 is not a header the core knows: 人员类别 is missing. */
const xiangcun: CellValue[][] = [
  ["序号", "姓名", "身份证号码", "对象属性", "参保档次"],
  [1, "钟二", id(2), "返贫致贫人口", "二档"],
];
/** Another unknown name for the category in a third sheet. */
const canlian: CellValue[][] = [
  ["序号", "姓名", "身份证号码", "残疾类型", "参保档次"],
  [1, "王三", id(3), "重度残疾", "一档"],
];

function choose(c: RosterChoice, field: "category", header: string): void {
  const col = headerCells(c).find((x) => x.text === header)!.col;
  c.mapping[field] = col;
  redetect(c, false);
}

describe("choosing rosters", () => {
  test("rosters and tables of people lacking a column are preselected; instructions and claim output are not", () => {
    const choices = choicesOf(
      [
        head("民政", minzheng),
        head("乡村振兴", xiangcun),
        head("填表说明", [["资助对象花名册填表说明"], [], ["认定部门", "资助对象", "参保档次", "缴费标准", "资助标准"]]),
        head("资助明细", [["序号", "村（社区）", "姓名", "身份证号码", "资助身份", "参保档次"]]),
        head("空表", []),
      ],
      false,
    );
    expect(choices.map((c) => [c.name, c.checked])).toEqual([
      ["民政", true],
      ["乡村振兴", true],
      ["填表说明", false],
      ["资助明细", false],
      ["空表", false],
    ]);
    expect(fieldsToMap(choices[1])).toEqual(["category"]);
    expect(unresolved(choices)).toEqual([{ name: "乡村振兴", message: "“乡村振兴”还缺少：人员类别。请在下面为它们选择对应的列。" }]);
    expect(headerCells(choices[1]).map((c) => c.text)).toEqual(["序号", "姓名", "身份证号码", "对象属性", "参保档次"]);
    choose(choices[1], "category", "对象属性");
    expect(unresolved(choices)).toEqual([]);
    // The chosen field stays offered, so the clerk can change it.
    expect(fieldsToMap(choices[1])).toEqual(["category"]);
  });

  test("one header to map: passed to the core as a mapping by header text", () => {
    const sheets: SheetData[] = [
      { name: "民政", rows: minzheng },
      { name: "乡村振兴", rows: xiangcun },
    ];
    const choices = choicesOf(sheets.map((s) => head(s.name, s.rows)), false);
    choose(choices[1], "category", "对象属性");
    const input = coreInput(choices, sheets, false);
    expect(input.via).toBe("mapping");
    expect(input.mapping).toEqual({ category: "对象属性" });
    expect(input.sheets).toBe(sheets);
    const r = buildClaim(input.sheets, policy, { sheets: ["民政", "乡村振兴"], mapping: input.mapping });
    expect(r.people.map((p) => p.category)).toEqual(["城乡低保对象", "返贫致贫人口"]);
  });

  test("two sheets, two different headers for one field: the copies' headers are renamed, the sheets are not", () => {
    const sheets: SheetData[] = [
      { name: "乡村振兴", rows: xiangcun },
      { name: "残联", rows: canlian },
    ];
    const choices = choicesOf(sheets.map((s) => head(s.name, s.rows)), false);
    choose(choices[0], "category", "对象属性");
    choose(choices[1], "category", "残疾类型");
    const input = coreInput(choices, sheets, false);
    expect(input.via).toBe("headers");
    expect(input.mapping).toBeUndefined();
    expect(input.sheets[0].rows[0][3]).toBe("人员类别");
    expect(xiangcun[0][3]).toBe("对象属性"); // the sheet itself is unchanged
    expect(input.sheets[0].rows[1]).toBe(xiangcun[1]);
    const r = buildClaim(input.sheets, policy, { sheets: ["乡村振兴", "残联"] });
    expect(r.people.map((p) => p.category)).toEqual(["返贫致贫人口", "城乡重度（一、二级）残疾人员"]);
  });

  test("a mapped header that names another column in another sheet is not applied there", () => {
    // 民政 has its own 人员类别 and a note column that happens to be called 对象属性.
    const withNote: CellValue[][] = [
      ["序号", "姓名", "身份证号码", "人员类别", "参保档次", "对象属性"],
      [1, "张一", id(1), "低保", "一档", "新增"],
    ];
    const sheets: SheetData[] = [
      { name: "民政", rows: withNote },
      { name: "乡村振兴", rows: xiangcun },
    ];
    const choices = choicesOf(sheets.map((s) => head(s.name, s.rows)), false);
    choose(choices[1], "category", "对象属性");
    const input = coreInput(choices, sheets, false);
    expect(input.via).toBe("headers");
    const r = buildClaim(input.sheets, policy, { sheets: ["民政", "乡村振兴"], mapping: input.mapping });
    expect(r.rejected).toEqual([]);
    expect(r.people.map((p) => p.category)).toEqual(["城乡低保对象", "返贫致贫人口"]);
  });

  test("values a notice leaves open are named by their key for the panel's inputs", () => {
    const sq = getPolicy("hn-shuangqing-2025");
    const r = buildClaim([shuangqingRoster()], sq, {});
    expect(openKeys(r.rejected)).toEqual([{ key: "subsidy.其他困难群体", what: expect.stringContaining("其他困难群体"), rows: 1 }]);
    // The key comes with the row (RejectedRow.supplyKey), not out of the message's wording.
    const reworded = r.rejected.map((x) => ({ ...x, reason: x.reason.replace(/“[^”]*”/g, "") }));
    expect(openKeys(reworded).map((o) => o.key)).toEqual(["subsidy.其他困难群体"]);
  });
});
