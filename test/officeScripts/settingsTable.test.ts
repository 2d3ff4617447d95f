/**
 * 政策设置 as a table or as text (src/core/policy/settingsTable.ts), the way the Office Scripts
 * take the values a notice leaves open: each item named as the pane shows it (or by its key),
 * each value read by the pane's own reader, and every problem reported with its cell.
 */
import { getPolicy } from "../../src/core/policy/registry";
import {
  readSettings,
  settingItems,
  settingsSheetEntries,
  settingsTextEntries,
  supplyFrom,
} from "../../src/core/policy/settingsTable";

const tongnan = getPolicy("cq-tongnan-2023");
const shizhu = getPolicy("cq-shizhu-2025");

function read(model = tongnan, rows: unknown[][]) {
  return readSettings(model, settingsSheetEntries("政策设置", rows));
}

it("lists the items as the pane shows them, per-tier forms after their slot", () => {
  const items = settingItems(tongnan).map((i) => [i.item, i.key]);
  expect(items[0]).toEqual(["财政补助标准", "fiscalSubsidy"]);
  expect(items).toContainEqual(["“特困人员”资助标准", "subsidy.特困人员"]);
  expect(items).toContainEqual(["“特困人员”资助标准 二档", "subsidy.特困人员.二档"]);
  expect(settingItems(shizhu).map((i) => i.item)).toContain("每多断保1年增加的待遇等待期");
});

describe.each([
  ["财政补助标准", 670, "fiscalSubsidy", 670],
  ["财政补助标准（元/人，集中缴费期后缴费须另缴）", "670元", "fiscalSubsidy", 670],
  ["fiscalSubsidy", "６７０", "fiscalSubsidy", 670],
  ["“特困人员”资助标准", 400, "subsidy.特困人员", 400],
  ["特困人员资助标准（元/人）", "400.5", "subsidy.特困人员", 400.5],
  ["“特困人员”资助标准 二档", 450, "subsidy.特困人员.二档", 450],
  ["“特困人员”资助标准（二档）", 450, "subsidy.特困人员.二档", 450],
  ["subsidy.特困人员.二档", 450, "subsidy.特困人员.二档", 450],
])("%s = %s", (item, value, key, supplied) => {
  it(`supplies ${key}`, () => {
    expect(
      read(tongnan, [
        ["项目", "值"],
        [item, value],
      ])
    ).toEqual({
      supplied: { [key]: supplied },
      problems: [],
    });
  });
});

it("reads a waiting period as its choice (the pane's words or its value) and months as a count", () => {
  const r = read(shizhu, [
    ["项目", "值"],
    ["“农村低收入人口”的待遇等待期", "自缴费之日起，不设等待期"],
    ["“脱贫人口”的待遇等待期", "fromEvent"],
    ["每多断保1年增加的待遇等待期（月）", 1],
  ]);
  expect(r).toEqual({
    supplied: {
      "exception.lowIncome": "fromPayment",
      "exception.povertyAlleviated": "fromEvent",
      breakPenalty: 1,
    },
    problems: [],
  });
});

it("without a header row, reads from the first row; blank rows and empty values supply nothing", () => {
  expect(read(tongnan, [["财政补助标准", 670], [], ["“低保对象”资助标准", ""]])).toEqual({
    supplied: { fiscalSubsidy: 670 },
    problems: [],
  });
});

it("reports each problem with its cell, in the clerk's words, and supplies nothing for it", () => {
  const r = read(shizhu, [
    ["项目", "值"],
    ["财政补助标准", 670],
    ["每多断保1年增加的待遇等待期", 1.5],
    ["“脱贫人口”的待遇等待期", "不等"],
    ["", 300],
  ]);
  expect(r.supplied).toEqual({});
  expect(r.problems).toEqual([
    expect.stringMatching(
      /^政策设置!B2：“财政补助标准”不是重庆市石柱县下路街道2025年度通知未定的项目。可填的项目有：.*每多断保1年增加的待遇等待期/
    ),
    "政策设置!B3：“每多断保1年增加的待遇等待期”的值“1.5”不能用：月数应为整数，如 1。",
    expect.stringMatching(
      /^政策设置!B4：“‘脱贫人口’的待遇等待期”的值“不等”不能用：应为“自事件之日起.*之一。$/
    ),
    "政策设置!A5：有值“300”而没有项目，请在它左边写上项目。",
  ]);
  const money = read(tongnan, [
    ["财政补助标准", -1],
    ["“低保对象”资助标准", 300.125],
    ["“特困人员”资助标准", "四百"],
  ]);
  expect(money.problems).toEqual([
    "政策设置!B1：“财政补助标准”的值“-1”不能用：金额不能小于0。",
    "政策设置!B2：“‘低保对象’资助标准”的值“300.125”不能用：金额最多两位小数（到分）。",
    "政策设置!B3：“‘特困人员’资助标准”的值“四百”不能用：请填写不小于0的金额（元），如 670。",
  ]);
});

it("refuses one item given twice with different values, wherever they are", () => {
  expect(() =>
    supplyFrom(tongnan, {
      sheet: { name: "政策设置", rows: [["财政补助标准", 670]] },
      text: "财政补助标准=700",
      textName: "运行参数“政策设置”",
    })
  ).toThrow(
    "政策设置有1处问题，未做计算：\n  运行参数“政策设置”第1项：“财政补助标准”已在政策设置!B1填了“670”，这里又填了“700”，请只留一个。"
  );
  // The same value twice is no conflict.
  expect(
    supplyFrom(tongnan, {
      sheet: { name: "政策设置", rows: [["财政补助标准", 670]] },
      text: "fiscalSubsidy=670",
    })
  ).toEqual({ fiscalSubsidy: 670 });
});

it("reads text as 项目=值 separated by semicolons or lines, = or a colon of either width", () => {
  expect(
    settingsTextEntries(
      "财政补助标准=670；“特困人员”资助标准：400\n低保对象资助标准＝300; x",
      "参数"
    )
  ).toEqual([
    { at: "参数第1项", item: "财政补助标准", value: "670" },
    { at: "参数第2项", item: "“特困人员”资助标准", value: "400" },
    { at: "参数第3项", item: "低保对象资助标准", value: "300" },
    {
      at: "参数第4项",
      item: "x",
      value: null,
      problem: "“x”应写成 项目=值，例如 财政补助标准=670。",
    },
  ]);
});
