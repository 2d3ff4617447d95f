/**
 * The subsidy claim for a whole county: buildClaim over a generated roster (石柱, three
 * departments' sheets) of `rows` rows with the usual mix — mostly valid, some exact
 * duplicates, people on two lists, bad check digits, 15-digit ids, unknown and
 * non-subsidised categories. Target: 200,000 rows in under 2 s. Prints nothing.
 */
import { buildClaim } from "../src/core/claim/build";
import { dayFromParts, partsOf } from "../src/core/dates";
import { checkDigit } from "../src/core/idNumber";
import { getPolicy } from "../src/core/policy/registry";
import type { CellValue, SheetData } from "../src/core/sheet/address";

// 石柱 下路街道's villages as its 附件1 lists them (cited in the policy data).
const VILLAGES: readonly string[] = (() => {
  const v = getPolicy("cq-shizhu-2025").villages()?.value;
  if (!v?.length)
    throw new Error("bench/claim: 石柱's 附件1 village list is missing from the policy data");
  return v;
})();
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
const GIVEN = "德文明华国建志永秀英兰芳玉春梅丽军平红霞云飞桂珍琼强林";
const DEPARTMENTS: { sheet: string; categories: string[] }[] = [
  {
    sheet: "民政",
    categories: ["城乡低保对象", "特困人员", "低保边缘户", "城乡孤儿", "事实无人抚养儿童", "低保"],
  },
  {
    sheet: "乡村振兴",
    categories: ["返贫致贫人口", "脱贫不稳定户", "边缘易致贫户", "突发严重困难户"],
  },
  { sheet: "残联", categories: ["城乡重度（一、二级）残疾人员", "三四级残疾人", "重度残疾"] },
];

const BIRTH_FROM = dayFromParts(1930, 1, 1)!;

/** Deterministic rosters, so runs are comparable (a seeded generator instead of Math.random). */
export function makeClaimRosters(rows: number): SheetData[] {
  let seed = 20250101;
  // mulberry32: small, fast and well spread.
  const next = (k: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const pad = (v: number, w: number): string => String(v).padStart(w, "0");
  const sheets = DEPARTMENTS.map((d) => ({
    name: d.sheet,
    rows: [["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"]] as CellValue[][],
  }));
  const people: { name: string; id: string; village: string; tier: string }[] = [];
  for (let i = 0; i < rows; i++) {
    const s = sheets[i % 10 < 6 ? 0 : i % 10 < 8 ? 1 : 2];
    const dept = DEPARTMENTS[sheets.indexOf(s)];
    const kind = next(100);
    let name: string;
    let id: string;
    let village: string;
    let tier = next(4) === 0 ? "二档" : "一档";
    let category = dept.categories[next(dept.categories.length)];
    if (kind < 5 && people.length > 0) {
      // Someone already listed: an exact duplicate or (on another sheet) another identity.
      const p = people[next(people.length)];
      ({ name, id, village, tier } = p);
    } else {
      name =
        SURNAMES[next(SURNAMES.length)] +
        GIVEN[next(GIVEN.length)] +
        (next(2) ? GIVEN[next(GIVEN.length)] : "");
      village = VILLAGES[next(VILLAGES.length)];
      // Unique ids: the birth day walks the calendar, the sequence number counts the walks
      // (spread over 000..999, so that 000 endings are as rare as in real ids).
      const birth = partsOf(BIRTH_FROM + ((i * 7919) % 32000));
      const sequence = (Math.floor(i / 32000) * 37 + 123) % 1000;
      const unique = `500240${birth.year}${pad(birth.month, 2)}${pad(birth.day, 2)}${pad(sequence, 3)}`;
      id = unique + checkDigit(unique);
      if (kind >= 5 && kind < 7)
        id = id.slice(0, 17) + (id[17] === "1" ? "2" : "1"); // wrong check digit
      else if (kind === 7)
        id = id.slice(0, 6) + id.slice(8, 17); // 15-digit old number (century lost)
      else if (kind === 8)
        category = "低收入人口"; // not in the table
      else if (kind === 9)
        category = "普通居民"; // not subsidised
      else people.push({ name, id, village, tier });
    }
    s.rows.push([s.rows.length, village, name, id, category, tier]);
  }
  // A JSON round trip gives flat strings, as a workbook reader would.
  return JSON.parse(JSON.stringify(sheets)) as SheetData[];
}

export function benchClaim(rows: number): { rows: number; ms: number } {
  const policy = getPolicy("cq-shizhu-2025");
  const rosters = makeClaimRosters(rows);
  const asOf = dayFromParts(2025, 1, 1)!;
  const start = process.hrtime.bigint();
  const result = buildClaim(rosters, policy, { asOf });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.inputRows !== rows)
    throw new Error(`benchClaim: ${result.inputRows} rows read, ${rows} generated`);
  if (rows > 100 && result.people.length === 0) throw new Error("benchClaim: nobody claimed");
  return { rows, ms };
}
