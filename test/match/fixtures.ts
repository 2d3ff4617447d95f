/**
 * Match fixtures built from the notices.
 *
 * 彭水 (大同府发〔2024〕31号): the four villages of 附件1 with their targets (2490, 1273, 1645,
 * 1774), one household-list row per target person, 7 low-income groups (一) and 脱贫人口 on the
 * departments' lists; paid so that the villages grade A, B, B, C by the notice's rule (三).
 * 石柱 (下路街道发〔2024〕78号): the 12 villages of 附件1, 8 groups (一（二）), 20 people each.
 *
 * The special rows are listed in SPECIAL so the tests can count them by hand.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkDigit } from "../../src/core/idNumber";
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import { PENGSHUI_UNITS, SHIZHU_UNITS } from "../targets/fixtures";

export { PENGSHUI_UNITS, SHIZHU_UNITS };

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
const GIVEN = "德文明华国建志永秀英兰芳玉春梅丽军平红霞云飞桂珍琼强林";

export function makeId(region: string, n: number): string {
  const year = 1950 + (n % 60);
  const month = 1 + (n % 12);
  const day = 1 + (n % 28);
  const seq = String(n % 1000).padStart(3, "0");
  const first17 = `${region}${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}${seq}`;
  return first17 + checkDigit(first17);
}

export function nameOf(n: number): string {
  return SURNAMES[n % SURNAMES.length] + GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length] + GIVEN[Math.floor(n / 997) % GIVEN.length];
}

/** The 7 low-income groups of 彭水 一, by the policy's category names, and 脱贫人口. */
export const PENGSHUI_LOW = ["特困人员", "低保对象", "低保边缘户", "因病致贫重病患者", "脱贫不稳定户", "边缘易致贫户", "突发严重困难户"];
export const PENGSHUI_POVERTY = "脱贫人口";

/** Per village: paid people on the lists, unpaid low-income, unpaid 脱贫人口 (by construction). */
export const PENGSHUI_PLAN: Record<string, { paid: number; lowUnpaid: number; povUnpaid: number }> = {
  大厂社区: { paid: 2490, lowUnpaid: 0, povUnpaid: 0 },
  大河村: { paid: 1230, lowUnpaid: 1, povUnpaid: 0 },
  龙门村: { paid: 1500, lowUnpaid: 0, povUnpaid: 0 },
  马驴村: { paid: 1400, lowUnpaid: 0, povUnpaid: 1 },
};
/** Low-income people per village (2 per group) and 脱贫人口 per village. */
export const LOW_PER_VILLAGE = 14;
export const POV_PER_VILLAGE = 30;

export interface PengshuiFixture {
  household: SheetData;
  civil: SheetData; // 民政 list
  agri: SheetData; // 农业农村 list
  paid: SheetData;
  targets: SheetData;
  /** IDs of the village's people, in household order. */
  ids: Record<string, string[]>;
  /** The 龙门村 person the 民政 list gives under the 15-digit old number. */
  old15: string;
}

/**
 * Special rows (counted by hand in the tests):
 * - household: a row with a wrong check digit (rejected), an exact repeat of a row (merged);
 * - 民政: a row whose ID Excel stored as a number (rejected); a 龙门村 低保 person under the 15-digit old number;
 *   another name under a 大河村 resident's ID (rejected);
 * - 农业农村: a 大河村 低保 person also as 脱贫人口 (two lists, one person, 就高 低保);
 * - paid: IDs with lower-case x, full-width digits and spaces; a duplicate payment; an ID stored
 *   as a number (rejected); a name conflict for an unpaid 马驴村 person; 5 paid people of 马驴村
 *   outside every list; a 合计 line (not data).
 */
export function pengshui(): PengshuiFixture {
  const household: CellValue[][] = [["大同镇户籍人员花名册"], ["序号", "姓名", "身份证号码", "村（社区）"]];
  const civil: CellValue[][] = [["序号", "姓名", "公民身份号码", "人员类别", "村（社区）"]];
  const agri: CellValue[][] = [["序号", "姓名", "身份证号", "身份", "村社"]];
  const paid: CellValue[][] = [["姓名", "证件号码", "缴费档次", "缴费金额", "缴费日期", "村（社区）"]];
  const ids: Record<string, string[]> = {};
  let n = 1000;
  PENGSHUI_UNITS.forEach(([village, target], vi) => {
    const plan = PENGSHUI_PLAN[village];
    const list: string[] = [];
    for (let i = 0; i < target; i++) {
      n++;
      // Ids ending in X exist among these (checkDigit 10).
      const id = makeId("500243", n * 7 + vi);
      list.push(id);
      household.push([household.length - 1, nameOf(n), id, village]);
    }
    ids[village] = list;
    // People 0..13 low-income (2 per group), 14..43 脱贫人口; the unpaid are at the end of the
    // village, except the planned unpaid in the groups.
    for (let i = 0; i < LOW_PER_VILLAGE; i++)
      civil.push([civil.length, nameAt(household, village, i, list), list[i], PENGSHUI_LOW[Math.floor(i / 2)], village]);
    for (let i = 0; i < POV_PER_VILLAGE; i++)
      agri.push([agri.length, nameAt(household, village, LOW_PER_VILLAGE + i, list), list[LOW_PER_VILLAGE + i], PENGSHUI_POVERTY, village]);
    const unpaid = new Set<number>();
    for (let k = 0; k < plan.lowUnpaid; k++) unpaid.add(k);
    for (let k = 0; k < plan.povUnpaid; k++) unpaid.add(LOW_PER_VILLAGE + k);
    for (let i = target - 1; unpaid.size < target - plan.paid; i--) unpaid.add(i);
    list.forEach((id, i) => {
      if (unpaid.has(i)) return;
      paid.push([nameAt(household, village, i, list), id, i % 3 === 0 ? "二档" : "一档", i % 3 === 0 ? 775 : 400, "2024-11-20", village]);
    });
  });
  // --- special rows
  const find = (village: string, i: number) => {
    const id = ids[village][i];
    const row = household.find((r) => r[2] === id)!;
    return { id, name: row[1] as string };
  };
  const bad = find("大厂社区", 100);
  household.push([household.length - 1, "错号人", bad.id.slice(0, 17) + (bad.id[17] === "0" ? "1" : "0"), "大厂社区"]);
  const rep = find("大厂社区", 50);
  household.push([household.length - 1, rep.name, rep.id, "大厂社区"]);
  civil.push([civil.length, "数字号", 500243198001011234, "城乡最低生活保障人员", "大河村"]);
  // 龙门村 person 5 is a 低保边缘户 (group 2); a 龙门村 person born 19xx listed again under the 15-digit number.
  const old = find("龙门村", ids["龙门村"].findIndex((id, i) => i >= 60 && id.slice(6, 8) === "19"));
  const id15 = old.id.slice(0, 6) + old.id.slice(8, 17);
  civil.push([civil.length, old.name, id15, "低保对象", "龙门村"]);
  // The same ID as a 大河村 resident, under another name: rejected, the household row kept.
  civil.push([civil.length, "名字不同", find("大河村", 500).id, "低保对象", "大河村"]);
  const two = find("大河村", 2); // a 低保对象 (i = 2, 3)
  agri.push([agri.length, two.name, two.id, PENGSHUI_POVERTY, "大河村"]);
  // Paid list: the first three paid 大厂社区 rows rewritten with x, full-width digits, spaces.
  const rowOf = (id: string) => paid.findIndex((r) => r[1] === id);
  const withX = ids["大厂社区"].find((id) => id.endsWith("X"));
  if (withX) paid[rowOf(withX)][1] = withX.toLowerCase();
  const fw = ids["大厂社区"][1];
  paid[rowOf(fw)][1] = fw.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const sp = ids["大厂社区"][3];
  paid[rowOf(sp)][1] = ` ${sp.slice(0, 6)} ${sp.slice(6, 14)} ${sp.slice(14)} `;
  const dup = find("大厂社区", 7);
  paid.push([dup.name, dup.id, "一档", 400, "2024-11-21", "大厂社区"]);
  const unpaidMalv = ids["马驴村"];
  paid.push([find("马驴村", 1773).name, Number(unpaidMalv[1773].slice(0, 15) + "000"), "一档", 400, "2024-11-21", "马驴村"]);
  const conflict = find("马驴村", 1772);
  paid.push(["另一人", conflict.id, "一档", 400, "2024-11-21", "马驴村"]);
  for (let k = 0; k < 5; k++) paid.push([nameOf(90000 + k), makeId("500101", 900000 + k), "一档", 400, "2024-11-22", "马驴村"]);
  paid.push(["合计", null, null, null, null, null]);

  const targets: CellValue[][] = [
    ["附件1"],
    ["大同镇2025年度村（社区）城乡居民基本医疗保险参保目标任务表"],
    [null, null, "单位：人"],
    ["序号", "村（社区）", "2025年度参保目标"],
    ...PENGSHUI_UNITS.map(([u, t], i) => [i + 1, u, t] as CellValue[]),
    [null, "合 计", 7182],
  ];
  return {
    household: { name: "户籍人员", rows: household },
    civil: { name: "民政", rows: civil },
    agri: { name: "农业农村", rows: agri },
    paid: { name: "缴费明细", rows: paid },
    targets: { name: "附件1", rows: targets },
    ids,
    old15: old.id,
  };
}

function nameAt(household: CellValue[][], _village: string, i: number, list: string[]): string {
  const id = list[i];
  for (let r = household.length - 1; r >= 0; r--) if (household[r][2] === id) return household[r][1] as string;
  throw new Error("fixture: no such person");
}

/** 石柱's 8 groups (一（二）): the 7 low-income ones and 稳定脱贫户 (脱贫人口). */
export const SHIZHU_GROUPS = ["特困人员", "城乡低保对象", "低保边缘户", "返贫致贫人口", "脱贫不稳定户", "边缘易致贫户", "突发严重困难户", "稳定脱贫户"];

/** 石柱: 20 people per village on the household list; 8 of them on the group lists, one per group; person 19 unpaid, and in 高平村 also the 特困 person. */
export function shizhu(): { household: SheetData; groups: SheetData; paid: SheetData } {
  const household: CellValue[][] = [["姓名", "身份证号码", "村（社区）"]];
  const groups: CellValue[][] = [["姓名", "身份证号码", "人员类别", "村（社区）"]];
  const paid: CellValue[][] = [["纳税人名称", "证件号码", "缴费档次", "实缴金额", "缴费时间"]];
  let n = 5000;
  for (const [village] of SHIZHU_UNITS) {
    for (let i = 0; i < 20; i++) {
      n++;
      const id = makeId("500240", n);
      household.push([nameOf(n), id, village]);
      if (i < 8) groups.push([nameOf(n), id, SHIZHU_GROUPS[i], village]);
      const unpaid = i === 19 || (village === "高平村" && i === 0);
      if (!unpaid) paid.push([nameOf(n), id, "一档", 400, "2024-12-01"]);
    }
  }
  return {
    household: { name: "户籍", rows: household },
    groups: { name: "八类人群", rows: groups },
    paid: { name: "税务导出", rows: paid },
  };
}

export async function writeSheets(dir: string, file: string, sheets: SheetData[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (typeof v === "string" && /^\s*[\d０-９]/.test(v)) cell.numFmt = "@";
      })
    );
  }
  const path = join(dir, file);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "yibao-match-"));
}
