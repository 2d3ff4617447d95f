/**
 * Rosters as departments send them, with the usual faults: bad check digits, impossible
 * dates, 15-digit and lower-case-x ids, full-width digits, one person on two lists,
 * unknown categories, blank ids, ids Excel turned into numbers, titles above the header,
 * 合计 lines. Every id is made here (GB 11643 check digit), none is a real person's.
 */
import { checkDigit } from "../../src/core/idNumber";
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import type { SheetSpec } from "../../src/core/sheet/spec";

export const withCheck = (first17: string): string => first17 + checkDigit(first17);

/** A valid id whose check digit is X (the sequence number is searched). */
export function idEndingX(region: string, birth: string): string {
  for (let seq = 0; seq < 1000; seq++) {
    const first17 = `${region}${birth}${String(seq).padStart(3, "0")}`;
    if (checkDigit(first17) === "X") return first17 + "X";
  }
  throw new Error("no X id");
}

/** A wrong check digit that is never the right one. */
export function wrongCheck(id: string): string {
  const c = id[17];
  const wrong = c === "X" ? "0" : c === "9" ? "X" : String(Number(c) + 1);
  return id.slice(0, 17) + wrong;
}

export function fullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

const SZ = "500240"; // 石柱县
const PS = "500243"; // 彭水县
const SQ = "430502"; // 邵阳市双清区

/** Ids of the 石柱 fixture, by person. */
export const SZ_IDS = {
  zhang1: withCheck(`${SZ}19800101001`),
  li2: idEndingX(SZ, "19750505"),
  wang3_15: `${SZ}850315123`,
  wang3_18: withCheck(`${SZ}19850315123`),
  zhao4: withCheck(`${SZ}20150606004`),
  qian5: wrongCheck(withCheck(`${SZ}19700707005`)),
  sun6: withCheck(`${SZ}19900230006`), // 2月30日
  wu8: withCheck(`${SZ}19600808007`),
  zheng9: withCheck(`${SZ}19550909008`),
  feng10: withCheck(`${SZ}19451010009`),
  chu12: withCheck(`${SZ}19881111011`),
  jiang13: withCheck(`${SZ}20181212012`),
  shen14: withCheck(`${SZ}19770101013`),
  yang16: withCheck(`${SZ}19920202015`),
  qin17: withCheck(`${SZ}19850303016`),
  han18: withCheck(`${SZ}19660404017`),
  you19: withCheck(`${SZ}19700505018`),
  xu20: withCheck(`${SZ}19710606019`),
  he21: withCheck(`${SZ}19500707020`),
  lv22: withCheck(`${SZ}19720808021`),
  shi23: withCheck(`${SZ}19730909022`),
};

/**
 * 石柱县下路街道 (cq-shizhu-2025), three rosters in one workbook:
 *  民政 — header in row 1; 残联 — a title and a blank row above the header (row 3), other
 *  column names and order, a 认定部门 column; 卫健 — 身份/缴费档次/村社 and a 缴费日期 column.
 */
export function shizhuRosters(): SheetData[] {
  const I = SZ_IDS;
  const minzheng: CellValue[][] = [
    ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
    [1, "红岩社区", "张一", I.zhang1, "城乡低保对象", "一档"], // 2 person
    [2, "柏树社区", "李二", I.li2.toLowerCase(), "特困", "二档"], // 3 person (lower-case x)
    [3, "银河社区", "王三", I.wang3_15, "低保边缘户", "1"], // 4 person (15 digits, tier "1")
    [4, "金彰社区", "赵四", fullWidth(I.zhao4), "孤儿", "一档"], // 5 person (full-width)
    [5, "高平村", "钱五", I.qian5, "低保", "一档"], // 6 rejected: check digit
    [6, "高鹿村", "孙六", I.sun6, "特困", "一档"], // 7 rejected: date
    [7, "湖海村", "周七", null, "低保", "一档"], // 8 rejected: blank id
    [8, "白鹤村", "吴八", I.wu8, "低收入人口", "一档"], // 9 rejected: unknown category
    [9, "上进村", "郑九", I.zheng9, "普通居民", "一档"], // 10 rejected: not subsidised
    [10, "双香村", "冯十", I.feng10, "烈士遗属", "一档"], // 11 rejected: tier not allowed
    [11, "红岩社区", "张一", I.zhang1, "城乡低保对象", "一档"], // 12 merged into 2 (exact duplicate)
    [12, "天泉村", "陈十一", 500240199001011234, "低保", "一档"], // 13 rejected: number
    [13, "照明村", "褚十二", I.chu12, "计生特扶", "二档"], // 14 person
    [], // 15 blank
    [14, "高平村", "蒋  十三", ` ${I.jiang13} `, "事实无人抚养儿童", "二档"], // 16 person
    [15, "白鹤村", "沈十四", I.shen14, "低保", "三档"], // 17 rejected: unknown tier
    ["合计", null, null, null, null, null], // 18 ignored
  ];
  const canlian: CellValue[][] = [
    ["石柱县2025年度残疾人资助参保名单"],
    [],
    ["序号", "姓名", "公民身份号码", "资助类别", "参保档次", "村（社区）", "认定部门"],
    [1, "李二", I.li2, "重度残疾", "二档", "柏树社区", "县残联"], // 4 merged into 民政 3 (tie)
    [2, "张壹", I.zhang1, "重度残疾", "一档", "红岩社区", "县残联"], // 5 rejected: name conflict
    [3, "王三", I.wang3_18, "三四级残疾人", "二档", "银河社区", "县残联"], // 6 rejected: tier conflict
    [4, "杨十六", I.yang16, "三四级残疾人", "一档", "湖海村", "县残联"], // 7 merged into 卫健 2
    [
      5,
      "秦十七",
      `${I.qin17.slice(0, 6)} ${I.qin17.slice(6, 14)} ${I.qin17.slice(14)}`,
      "重度残疾",
      "一档",
      "天泉村",
      "县民政局",
    ], // 8 person, department warning
    [6, "韩十八", I.han18, "脱贫人口", "一档", "照明村", "县乡村振兴局"], // 9 rejected: not subsidised
    [7, "张一", I.zhang1, "城乡重度残疾人员", "一档", "红岩社区", "县残联"], // 10 merged into 民政 2 (lower subsidy)
    ["合计：7人"], // 11 ignored
  ];
  const weijian: CellValue[][] = [
    ["姓名", "身份证号码", "身份", "缴费档次", "村社", "缴费日期"],
    ["杨十六", I.yang16, "计生特扶", "一档", "湖海村", null], // 2 person (higher than 残联 7)
    ["尤十九", I.you19, "计生优抚", "二档", "双香村", "2024-12-01"], // 3 person
    ["许二十", I.xu20, "奖扶", "二档", "上进村", "2025-08-01"], // 4 person, late: +670
    ["何廿一", I.he21, "特困", "一档", "高鹿村", "2025/8/1"], // 5 person, late but low-income: exempt
    ["吕廿二", I.lv22, "计生优抚", "一档", "照明村", "2026-03-01"], // 6 rejected: past last payable day
    ["施廿三", I.shi23, "低保", "一档", "白鹤村", "2025年13月1日"], // 7 rejected: bad date
  ];
  return [
    { name: "民政", rows: minzheng },
    { name: "残联", rows: canlian },
    { name: "卫健", rows: weijian },
  ];
}

export const PS_IDS = {
  jia: withCheck(`${PS}19800101101`),
  yi: withCheck(`${PS}19400202102`),
  bing15: `${PS}660303103`,
  ding: idEndingX(PS, "19900404"),
  wu: withCheck(`${PS}19750505105`),
  ji: wrongCheck(withCheck(`${PS}19800606106`)),
  geng: withCheck(`${PS}19500707107`),
  xin: withCheck(`${PS}19900808108`),
  ren: withCheck(`${PS}19600909109`),
};

/** 彭水县大同镇 (cq-pengshui-2025): one roster, as a CSV would hold it (all text). */
export function pengshuiRoster(): SheetData {
  const I = PS_IDS;
  return {
    name: "花名册",
    rows: [
      ["姓名", "公民身份号码", "身份", "参保档次", "村（社区）"],
      ["甲", I.jia, "稳定脱贫人口", "一档", "大厂社区"], // 2
      ["乙", I.yi, "重点优抚对象", "二档", "大河村"], // 3
      ["丙", I.bing15, "低保", "二档", "龙门村"], // 4 (15 digits)
      ["丁", fullWidth(I.ding.toLowerCase()), "因病致贫", "一档", "马驴村"], // 5 (full-width, x)
      ["戊", I.wu, "计生优抚", "二档", "大厂社区"], // 6
      ["乙", I.yi, "其他优抚对象", "二档", "大河村"], // 7 merged into 3 (775 > 400)
      ["己", I.ji, "低保", "一档", "大河村"], // 8 rejected: check digit
      ["庚", I.geng, "重点优抚对象", "一档", "龙门村"], // 9 rejected: tier
      ["辛", I.xin, "普通居民", "一档", "马驴村"], // 10 rejected: not subsidised
      ["壬", I.ren, "孤寡老人", "一档", "马驴村"], // 11 rejected: unknown
      ["甲", I.jia, "稳定脱贫人口", "一档", "大厂社区"], // 12 merged into 2
      ["癸", "", "特困", "一档", "龙门村"], // 13 rejected: blank id
    ],
  };
}

export const SQ_IDS = {
  a: withCheck(`${SQ}19600101201`),
  b: withCheck(`${SQ}19700202202`),
  c: withCheck(`${SQ}19800303203`),
  d: withCheck(`${SQ}19900404204`),
  e: withCheck(`${SQ}19550505205`),
  f: withCheck(`${SQ}19850606206`),
};

/** 邵阳市双清区 (hn-shuangqing-2025): single tier, so the roster has no 参保档次 column. */
export function shuangqingRoster(): SheetData {
  const I = SQ_IDS;
  return {
    name: "Sheet1",
    rows: [
      ["序号", "姓名", "身份证号码", "人员类别", "村（社区）"],
      [1, "刘甲", I.a, "特困供养人员", "东风村"], // 2 full: 400
      [2, "刘乙", I.b, "低保", "东风村"], // 3 200 → merged into 8
      [3, "刘丙", I.c, "脱贫不稳定户", "西湖村"], // 4 防止返贫监测对象 200
      [4, "刘丁", I.d, "其他困难群体", "西湖村"], // 5 open value
      [5, "刘戊", I.e, "普通居民", "西湖村"], // 6 not subsidised
      [6, "刘己", I.f, "重度残疾人", "东风村"], // 7 full: 400
      [7, "刘乙", I.b, "重度残疾", "东风村"], // 8 full 400 > 200: wins
    ],
  };
}

/**
 * The 双清 roster with a 缴费日期 column: 刘甲, 刘丙 and 刘己 paid on 2025-03-01, after the
 * collection period, so they also pay the fiscal subsidy, which the notice leaves open
 * (fiscalSubsidy); 刘丁's subsidy is open too (subsidy.其他困难群体).
 */
export function shuangqingLateRoster(): SheetData {
  const late = new Set([1, 3, 6]);
  const s = shuangqingRoster();
  return { name: s.name, rows: s.rows.map((row, i) => [...row, i === 0 ? "缴费日期" : late.has(i) ? "2025-03-01" : null]) };
}

/** A SheetData as SheetSpecs for writeXlsx (ids stay text, numbers stay numbers). */
export function asSpecs(sheets: SheetData[]): SheetSpec[] {
  return sheets.map((s) => ({
    name: s.name,
    cells: s.rows.map((r) =>
      r.map((v) =>
        v === null || v === undefined ? null : { value: v instanceof Date ? v.toISOString() : v }
      )
    ),
  }));
}
