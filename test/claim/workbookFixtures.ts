/** Rosters for the printed and cached-result tests of the claim workbook. */
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import { withCheck } from "./fixtures";

/** 20 people of 石柱, spread over the departments' categories and both tiers. */
export function twentyPeople(): SheetData {
  const categories = [
    "城乡低保对象",
    "特困人员",
    "城乡孤儿",
    "低保边缘户",
    "城乡重度（一、二级）残疾人员",
    "计生优抚（奖扶）对象",
    "脱贫不稳定户",
    "边缘易致贫户",
    "参战退役军人、参试退役军人、带病回乡退役军人、60周岁以上农村籍退役人员、七级至十级残疾退役军人",
    "突发严重困难户",
  ];
  const villages = ["红岩社区", "柏树社区", "银河社区", "白鹤村", "高平村"];
  const rows: CellValue[][] = [["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"]];
  for (let i = 0; i < 20; i++) {
    const id = withCheck(`500240${1950 + i}0${(i % 9) + 1}1${i % 10}${String(i + 1).padStart(3, "0")}`);
    rows.push([
      i + 1,
      villages[i % villages.length],
      `居民${i + 1}`,
      id,
      categories[i % categories.length],
      i % 3 === 0 ? "二档" : "一档",
    ]);
  }
  return { name: "花名册", rows };
}

