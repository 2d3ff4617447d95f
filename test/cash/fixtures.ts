/**
 * Cash ledgers as village collectors keep them, built from 附件3's rules. Every ID is made
 * here with a GB 11643 check digit; none is a real person's.
 */
import { checkDigit } from "../../src/core/idNumber";
import type { CellValue, SheetData } from "../../src/core/sheet/address";

export const HEADER = ["序号", "收款日期", "村社", "经办人", "缴费人姓名", "身份证号码", "档次", "人员类别", "金额", "收款凭证号", "解缴日期", "解缴方式", "备注"];
/** Column letters of the header above. */
export const COL = { date: "B", village: "C", collector: "D", name: "E", id: "F", tier: "G", category: "H", amount: "I", receipt: "J", remitDate: "K", method: "L" } as const;
/** The header is on row 3 (title and signature line above, as in the template); data from row 4. */
export const FIRST_ROW = 4;

export function personId(n: number): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + ((n * 37) % 25_000) * 86_400_000);
  const ymd = `${birth.getUTCFullYear()}${String(birth.getUTCMonth() + 1).padStart(2, "0")}${String(birth.getUTCDate()).padStart(2, "0")}`;
  const first17 = `500240${ymd}${String(n % 1000).padStart(3, "0")}`;
  return first17 + checkDigit(first17);
}

export interface Payment {
  date?: CellValue;
  village?: string;
  collector?: string;
  name?: string;
  id?: CellValue;
  tier?: string;
  category?: string;
  amount?: CellValue;
  receipt?: string;
  remitDate?: CellValue;
  method?: string;
}

let counter = 0;

/** A 一档 普通居民 payment of 400 in the collection period, remitted the next day by POS. */
export function payment(p: Payment = {}): Payment {
  counter++;
  return {
    date: "2024-11-01",
    village: "红岩社区",
    collector: "张会计",
    name: `居民${counter}`,
    id: personId(counter),
    tier: "一档",
    category: "普通居民",
    amount: 400,
    receipt: undefined,
    remitDate: "2024-11-02",
    method: "POS机",
    ...p,
  };
}

/** A ledger sheet; receipts are numbered XL000001… in order where a payment gives none. Blank payments (null) are blank lines. */
export function ledger(payments: (Payment | null)[], name = "现金征缴台账"): SheetData {
  const rows: CellValue[][] = [["重庆市石柱县下路街道2025年度城乡居民医保现金征缴台账"], ["经办单位（盖章）："], HEADER];
  let n = 0;
  for (const p of payments) {
    if (p === null) {
      rows.push([]);
      continue;
    }
    n++;
    rows.push([
      n,
      p.date ?? null,
      p.village ?? null,
      p.collector ?? null,
      p.name ?? null,
      p.id ?? null,
      p.tier ?? null,
      p.category ?? null,
      p.amount ?? null,
      p.receipt ?? `XL${String(n).padStart(6, "0")}`,
      p.remitDate ?? null,
      p.method ?? null,
      null,
    ]);
  }
  return { name, rows };
}

/** The file row of the i-th entry (0-based) of `payments` (blank lines count). */
export const rowOf = (i: number): number => FIRST_ROW + i;

const VILLAGES = ["红岩社区", "柏树社区", "银河社区", "金彰社区", "高平村", "高鹿村", "湖海村", "白鹤村", "上进村", "双香村", "天泉村", "照明村"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "德文明华国建志永秀英兰芳玉春梅丽军平红霞";

/** 200 clean payments over the 12 villages of 附件1, in the collection period, two collectors. */
export function twoHundred(): Payment[] {
  const out: Payment[] = [];
  for (let i = 0; i < 200; i++) {
    const day = 1 + (i % 28);
    const tier = i % 4 === 0 ? "二档" : "一档";
    out.push(
      payment({
        date: `2024-11-${String(day).padStart(2, "0")}`,
        remitDate: `2024-11-${String(day + 1).padStart(2, "0")}`,
        village: VILLAGES[i % VILLAGES.length],
        collector: i % 2 === 0 ? "张会计" : "李出纳",
        name: SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[(i * 13) % GIVEN.length],
        id: personId(1000 + i),
        tier,
        amount: tier === "二档" ? 775 : 400,
        receipt: `${i % 2 === 0 ? "A" : "B"}${String(Math.floor(i / 2) + 1).padStart(6, "0")}`,
      })
    );
  }
  return out;
}
