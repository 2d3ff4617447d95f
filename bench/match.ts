/**
 * 参保比对 for a county: a household list of `people` rows (12 villages, with a department
 * list of 5% of them) matched against `payments` payments in the core (matchPaid and the
 * village figures). Target: 200,000 people against 150,000 payments in under 3 s. The
 * reference is the least any match must do on the same rows: checkId on every ID and a Map
 * join; the ratio to it shows the cost of everything else (accounting, 就高身份, groups).
 */
import { matchPaid } from "../src/core/match/match";
import { villageStats } from "../src/core/match/villages";
import { checkDigit, checkId } from "../src/core/idNumber";
import { getPolicy } from "../src/core/policy/registry";
import type { CellValue, SheetData } from "../src/core/sheet/address";

const VILLAGES = ["红岩社区", "柏树社区", "银河社区", "金彰社区", "高平村", "高鹿村", "湖海村", "白鹤村", "上进村", "双香村", "天泉村", "照明村"];
const GROUPS = ["城乡低保对象", "特困人员", "低保边缘户", "脱贫不稳定户", "稳定脱贫户"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";

function id(i: number): string {
  const d = new Date(Date.UTC(1940, 0, 1) + (i % 25_000) * 86_400_000);
  const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
  const first17 = `500240${ymd}${String(Math.floor(i / 25_000)).padStart(3, "0")}`;
  return first17 + checkDigit(first17);
}

function inputs(people: number, payments: number): { lists: SheetData[]; paid: SheetData } {
  const household: CellValue[][] = [["姓名", "身份证号码", "村（社区）"]];
  const dept: CellValue[][] = [["姓名", "身份证号码", "人员类别", "村（社区）"]];
  const paid: CellValue[][] = [["姓名", "证件号码", "缴费档次", "缴费金额", "缴费日期"]];
  for (let i = 0; i < people; i++) {
    const name = SURNAMES[i % SURNAMES.length] + "某" + (i % 97);
    const v = VILLAGES[i % VILLAGES.length];
    household.push([name, id(i), v]);
    if (i % 20 === 0) dept.push([name, id(i), GROUPS[i % GROUPS.length], v]);
    if (i < payments) paid.push([name, id(i), "一档", 400, "2024-11-20"]);
  }
  return { lists: [{ name: "民政", rows: dept }, { name: "户籍", rows: household }], paid: { name: "缴费", rows: paid } };
}

export function benchMatch(people: number, payments: number): { rows: number; ms: number; referenceMs: number } {
  const policy = getPolicy("cq-shizhu-2025");
  const { lists, paid } = inputs(people, payments);
  const t0 = process.hrtime.bigint();
  const r = matchPaid(lists, paid, policy);
  villageStats(r, policy, VILLAGES);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.people.length !== people || r.counts.paidMatched !== payments) throw new Error("bench: wrong match");
  const t1 = process.hrtime.bigint();
  const byId = new Map<string, number>();
  for (const sheet of lists) for (let i = 1; i < sheet.rows.length; i++) byId.set(checkId(sheet.rows[i][1]).normalized!, i);
  let hits = 0;
  for (let i = 1; i < paid.rows.length; i++) if (byId.has(checkId(paid.rows[i][1]).normalized!)) hits++;
  const referenceMs = Number(process.hrtime.bigint() - t1) / 1e6;
  if (hits !== payments) throw new Error("bench: wrong reference");
  return { rows: people + payments, ms, referenceMs };
}
