/** Finding the roster table: header names, where it starts, the clerk's mapping, the errors. */
import { buildClaim } from "../../src/core/claim/build";
import {
  cleanName,
  findRoster,
  matchHeader,
  parseField,
  readRoster,
  RosterError,
  scanRoster,
} from "../../src/core/claim/roster";
import { getPolicy } from "../../src/core/policy/registry";
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import { SZ_IDS } from "./fixtures";

const SHIZHU = getPolicy("cq-shizhu-2025");

function errorOf(fn: () => unknown): RosterError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RosterError) return e;
    throw e;
  }
  throw new Error("expected a RosterError");
}

describe("header names", () => {
  test.each<[string, string | null]>([
    ["姓名", "name"],
    ["姓 名", "name"],
    ["参保人姓名", "name"],
    ["身份证号码", "id"],
    ["公民身份号码", "id"],
    ["身份证号码（18位）", "id"],
    ["*身份证号码", "id"],
    ["参保人身份证号码", "id"],
    ["户主身份证号码", null],
    ["监护人姓名", null],
    ["人员类别", "category"],
    ["资助类别", "category"],
    ["身份", "category"],
    ["参保档次", "tier"],
    ["缴费档次", "tier"],
    ["村（社区）", "village"],
    ["村(社区)", "village"],
    ["村社", "village"],
    ["缴费日期", "paidDate"],
    ["认定部门", "department"],
    ["序号", null],
    ["备注", null],
  ])("%s → %s", (header, field) => {
    expect(matchHeader(header)?.field ?? null).toBe(field);
  });

  test("fields by Chinese or English name (for --map)", () => {
    expect(parseField("人员类别")).toBe("category");
    expect(parseField("身份证号码")).toBe("id");
    expect(parseField("tier")).toBe("tier");
    expect(parseField("村（社区）")).toBe("village");
    expect(parseField("什么")).toBeNull();
  });

  test("names padded with spaces are joined, other spaces kept single", () => {
    expect(cleanName("张  三")).toBe("张三");
    expect(cleanName("王 小 明")).toBe("王小明");
    expect(cleanName("John  Smith")).toBe("John Smith");
  });
});

describe("findRoster", () => {
  test("the header may sit under a title; the best row wins", () => {
    const sheet: SheetData = {
      name: "S",
      rows: [
        ["2025年度低保对象名单"],
        ["填报单位：县民政局"],
        [],
        ["序号", "姓名", "公民身份号码", "资助类别", "参保档次", "备注"],
      ],
    };
    const t = findRoster(sheet);
    expect(t.headerRow).toBe(3);
    expect(t.columns).toEqual({ name: 1, id: 2, category: 3, tier: 4 });
  });

  test("when two columns match a field, the better name wins (身份证号码 over 证件号码)", () => {
    const t = findRoster({
      name: "S",
      rows: [["证件号码", "姓名", "身份证号码", "人员类别", "档次"]],
    });
    expect(t.columns.id).toBe(2);
  });

  test("a missing field: the error lists the headers found and what is missing", () => {
    const e = errorOf(() =>
      findRoster({ name: "民政", rows: [["序号", "姓名", "身份证号码", "类型", "档次"]] })
    );
    expect(e.code).toBe("MISSING_FIELDS");
    expect(e.missing).toEqual(["category"]);
    expect(e.headersFound).toEqual(["序号", "姓名", "身份证号码", "类型", "档次"]);
    expect(e.message).toBe(
      "工作表“民政”第1行的花名册缺少：人员类别。该行的表头有：序号、姓名、身份证号码、类型、档次" +
        "（已识别：姓名=姓名、身份证号码=身份证号码、参保档次=档次）。如“类型”列就是人员类别，请把它对应为人员类别。"
    );
    // The CLI says it with its option (cliHint); the core's words name no flag.
    expect(e.mapExample).toEqual({ header: "类型", field: "人员类别" });
  });

  test("no header at all", () => {
    const e = errorOf(() => findRoster({ name: "说明", rows: [["这是一张说明"], ["没有表格"]] }));
    expect(e.code).toBe("NO_ROSTER");
    expect(e.message).toMatch(/工作表“说明”中没有找到花名册表头/);
  });

  test("the clerk's mapping by header text, column letter or index", () => {
    const rows: CellValue[][] = [
      ["名", "证号", "类型", "档"],
      ["甲", SZ_IDS.zhang1, "低保", "一档"],
    ];
    const byText = findRoster(
      { name: "S", rows },
      { mapping: { name: "名", id: "证号", category: "类型", tier: "档" } }
    );
    expect(byText.columns).toEqual({ name: 0, id: 1, category: 2, tier: 3 });
    const byLetter = findRoster(
      { name: "S", rows },
      { mapping: { name: "A", id: "B", category: "C", tier: 3 } }
    );
    expect(byLetter.columns).toEqual({ name: 0, id: 1, category: 2, tier: 3 });
    expect(byLetter.headerRow).toBe(0);
    const r = buildClaim([{ name: "S", rows }], SHIZHU, {
      mapping: { name: "名", id: "证号", category: "类型", tier: "档" },
    });
    expect(r.people.map((p) => [p.name, p.category])).toEqual([["甲", "城乡低保对象"]]);
  });

  test("a mapping to a header that is not there", () => {
    const e = errorOf(() =>
      findRoster(
        { name: "S", rows: [["姓名", "身份证号码", "类型", "档次"]] },
        { mapping: { category: "人员身份类型" } }
      )
    );
    expect(e.code).toBe("BAD_MAPPING");
    expect(e.message).toMatch(/没有名为“人员身份类型”的列（指定为人员类别）/);
  });

  test("a single-tier region does not need the tier column", () => {
    expect(() =>
      findRoster({ name: "S", rows: [["姓名", "身份证号码", "人员类别"]] }, { singleTier: true })
    ).not.toThrow();
    expect(
      errorOf(() => findRoster({ name: "S", rows: [["姓名", "身份证号码", "人员类别"]] })).missing
    ).toEqual(["tier"]);
  });

  test("buildClaim skips sheets it wrote itself and reports the closest sheet when none is a roster", () => {
    const e = errorOf(() =>
      buildClaim(
        [
          { name: "封面", rows: [["资助申报"]] },
          { name: "名单", rows: [["姓名", "身份证号码", "备注"]] },
        ],
        SHIZHU
      )
    );
    expect(e.sheet).toBe("名单");
    expect(e.missing).toEqual(["category", "tier"]);
  });
});

describe("reading rows", () => {
  test("rows keep their file row numbers; the cell is the ID cell", () => {
    const sheet: SheetData = {
      name: "S",
      rows: [
        ["标题"],
        ["姓名", "身份证号码", "人员类别", "参保档次"],
        ["甲", SZ_IDS.zhang1, "低保", "一档"],
        [],
        ["乙", "", "", ""],
      ],
    };
    const t = findRoster(sheet);
    const { records, ignored } = readRoster(sheet, t);
    expect(records.map((r) => [r.row, r.cell, r.name])).toEqual([
      [3, "B3", "甲"],
      [5, "B5", "乙"],
    ]);
    expect(ignored).toEqual([]);
    let n = 0;
    expect(scanRoster(sheet, t, () => n++)).toBe(2);
    expect(n).toBe(2);
  });
});

test("an id in a row taken for the header is masked in the message", () => {
  const e = errorOf(() => findRoster({ name: "S", rows: [["姓名", "村", SZ_IDS.zhang1]] }));
  expect(e.message).not.toContain(SZ_IDS.zhang1);
  expect(e.message).toContain("**************" + SZ_IDS.zhang1.slice(14));
});

describe("lines below the data that are not people (#23)", () => {
  const header = ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"];
  const person = [1, "红岩社区", "张一", SZ_IDS.zhang1, "低保", "一档"];
  test.each<[string, CellValue[]]>([
    ["合计 in 序号, the count in 姓名", ["合计", null, "30人"]],
    ["小计 in 序号 with counts", ["小计", null, "2人", null, null, null]],
    ["填表人 under 村", [null, "填表人：", "李四", null, null, null]],
    ["合 计 spaced", ["合 计", "", "1人", "", "", ""]],
    ["审核人 and 日期", [null, null, "审核人：王五", null, "日期：2025年1月"]],
  ])("%s is ignored with its reason, not a person with an empty ID", (_, footer) => {
    const sheet: SheetData = { name: "民政", rows: [header, person, footer] };
    const { records, ignored } = readRoster(sheet, findRoster(sheet));
    expect(records.map((r) => r.name)).toEqual(["张一"]);
    expect(ignored).toEqual([
      { sheet: "民政", row: 3, reason: expect.stringMatching(/^合计或签名行（“.+”）$/) },
    ]);
    const claim = buildClaim([sheet], SHIZHU, { asOf: SHIZHU.collectionEnd });
    expect(claim.rejected).toEqual([]);
    expect(claim.ignored).toHaveLength(1);
  });

  test("a person without an ID in a numbered row is still rejected, not ignored", () => {
    const sheet: SheetData = {
      name: "民政",
      rows: [header, person, [2, "湖海村", "周七", null, "低保", "一档"]],
    };
    const claim = buildClaim([sheet], SHIZHU, { asOf: SHIZHU.collectionEnd });
    expect(claim.rejected.map((r) => r.row)).toEqual([3]);
    expect(claim.ignored).toEqual([]);
  });
});
