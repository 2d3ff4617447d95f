/**
 * 不在名单内 (paid, on no list): the village comes from the paid list's own village column,
 * under the headers tax and POS exports give it (issue 23 §6: 所属村社 was left empty), into
 * the result and the 不在名单内 sheet.
 */
import { iso } from "../../src/core/dates";
import { matchPaid } from "../../src/core/match/match";
import { matchWorkbook } from "../../src/core/match/workbook";
import { getPolicy } from "../../src/core/policy/registry";
import { makeId, nameOf } from "./fixtures";

const policy = getPolicy("cq-pengshui-2025");
const onList = makeId("500243", 7001);
const outside = makeId("500101", 900001);
const list = {
  name: "户籍人员",
  rows: [
    ["序号", "姓名", "身份证号码", "村（社区）"],
    [1, nameOf(1), onList, "大河村"],
  ],
};

function paidWith(villageHeader: string) {
  return {
    name: "税务导出",
    rows: [
      ["纳税人名称", "证件号码", "缴费档次", "缴费金额", "缴费日期", villageHeader],
      [nameOf(1), onList, "一档", 400, "2024-11-20", "大河村"],
      [nameOf(2), outside, "一档", 400, "2024-11-21", "龙门村"],
    ],
  };
}

describe.each([
  "所属村社",
  "所在村社",
  "所属村居",
  "村社名称",
  "村（社区）名称",
  "村（社区）",
  "村社",
])("the paid list's village column headed %s", (header) => {
  const r = matchPaid([list], paidWith(header), policy, { asOf: iso("2024-12-06") });

  test("the payment outside the lists keeps its village", () => {
    expect(r.outside.map((p) => [p.id, p.village])).toEqual([[outside, "龙门村"]]);
  });

  test("the 不在名单内 sheet shows it under 村（社区）", () => {
    const sheet = matchWorkbook(r, policy, { date: "2024-12-06", villages: [] }).find(
      (s) => s.name === "不在名单内"
    )!;
    const head = sheet.cells[1]!.map((c) => c?.value);
    const row = sheet.cells[2]!.map((c) => c?.value);
    expect(row[head.indexOf("村（社区）")]).toBe("龙门村");
  });
});
