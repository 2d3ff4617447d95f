/**
 * The ledger check on fixtures built from 下路街道发〔2024〕78号 附件3, table-driven at every
 * boundary: the 5 days, the 10,000 yuan, receipt numbers, the amounts the rules engine gives,
 * IDs, the same person twice, the dates, unreadable cells and blank lines, and that every
 * ledger row is accounted for.
 */
import { checkCash, CashReport } from "../../src/core/cash/check";
import { iso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { premium } from "../../src/core/rules/premium";
import { COL, ledger, payment, Payment, personId, rowOf } from "./fixtures";

const SHIZHU = getPolicy("cq-shizhu-2025");

function check(payments: (Payment | null)[], asOf = "2025-12-31"): CashReport {
  return checkCash(ledger(payments), SHIZHU, { asOf: iso(asOf) });
}

const codesAt = (r: CashReport, cell: string) => r.findings.filter((f) => f.cell === cell).map((f) => f.code);
const codes = (r: CashReport) => r.findings.map((f) => f.code);

describe("附件3 三: remitted within 5 days (the day of receipt not counted)", () => {
  test.each([
    ["2024-11-01", null],
    ["2024-11-02", null],
    ["2024-11-06", null], // day 5
    ["2024-11-07", "LATE_REMITTANCE"], // day 6
    ["2024-12-01", "LATE_REMITTANCE"],
  ])("received 2024-11-01, remitted %s → %s", (remit, code) => {
    const r = check([payment({ date: "2024-11-01", remitDate: remit })]);
    expect(codesAt(r, `${COL.remitDate}${rowOf(0)}`)).toEqual(code ? [code] : []);
    if (code) expect(r.findings[0].message).toContain("最迟2024年11月6日");
  });

  test.each([
    ["2024-11-06", []],
    ["2024-11-07", ["OVERDUE_UNREMITTED"]],
  ])("received 2024-11-01, not remitted, checked as of %s → %s", (asOf, expected) => {
    const r = check([payment({ date: "2024-11-01", remitDate: undefined, method: undefined })], asOf);
    expect(codes(r)).toEqual(expected);
  });
});

describe("附件3 三: no more than 10,000 yuan held", () => {
  /** 24 payments of 400 on one day, left over night, and a last one of `last`. */
  const day = (last: number | string) => [
    ...Array.from({ length: 24 }, () => payment({ date: "2024-11-10", remitDate: "2024-11-12" })),
    payment({ date: "2024-11-10", remitDate: "2024-11-12", amount: last }),
  ];
  test("10,000.00 held over night is within the limit", () => {
    const r = check(day(400));
    expect(codes(r)).toEqual([]);
    expect(r.ok).toBe(true);
  });
  test("10,000.01 crosses it: the day, the amount and the receipt that crossed", () => {
    const r = check(day("400.01"));
    const held = r.findings.filter((f) => f.code === "HOLD_LIMIT");
    expect(held).toHaveLength(1);
    expect(held[0].cell).toBe(`${COL.amount}${rowOf(24)}`);
    expect(held[0].message).toContain("2024年11月10日");
    expect(held[0].message).toContain("10000.01元");
    // The amount itself is also not the premium.
    expect(codesAt(r, `${COL.amount}${rowOf(24)}`).sort()).toEqual(["AMOUNT_MISMATCH", "HOLD_LIMIT"]);
  });
  test("the same cash received and remitted the same day is never held", () => {
    const r = check(Array.from({ length: 30 }, () => payment({ date: "2024-11-10", remitDate: "2024-11-10" })));
    expect(codes(r)).toEqual([]);
  });
  test("a balance carried over from the day before counts", () => {
    const r = check([
      ...Array.from({ length: 20 }, () => payment({ date: "2024-11-10", remitDate: "2024-11-12" })), // 8000 over night
      ...Array.from({ length: 5 }, () => payment({ date: "2024-11-11", remitDate: "2024-11-12" })), // 10000 at end of 11th
      payment({ date: "2024-11-11", remitDate: "2024-11-13", tier: "二档", amount: 775 }), // 10775
    ]);
    const held = r.findings.filter((f) => f.code === "HOLD_LIMIT");
    expect(held.map((f) => f.cell)).toEqual([`${COL.amount}${rowOf(25)}`]);
    expect(held[0].message).toContain("2024年11月11日");
    expect(held[0].message).toContain("10775元");
  });
  test("collectors are counted apart", () => {
    const r = check(
      Array.from({ length: 40 }, (_, i) =>
        payment({ collector: i % 2 ? "甲" : "乙", receipt: `${i % 2 ? "A" : "B"}${String(i >> 1).padStart(4, "0")}`, remitDate: "2024-11-03" })
      )
    );
    expect(codes(r)).toEqual([]); // 20 × 400 = 8000 each
  });
});

describe("附件3 二: numbered receipts", () => {
  test("a gap in a collector's numbers is shown at the receipt after it, with the missing numbers", () => {
    const r = check([payment({ receipt: "XL0001" }), payment({ receipt: "XL0002" }), payment({ receipt: "XL0004" })]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["RECEIPT_GAP", `${COL.receipt}${rowOf(2)}`]]);
    expect(r.findings[0].message).toContain("XL0003");
    expect(r.findings[0].severity).toBe("warning");
  });
  test("a duplicate number is an error at the second, naming the first row", () => {
    const r = check([payment({ receipt: "XL0001" }), payment({ receipt: "XL0002" }), payment({ receipt: "XL0002" })]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["DUPLICATE_RECEIPT", `${COL.receipt}${rowOf(2)}`]]);
    expect(r.findings[0].message).toContain(`第${rowOf(1)}行`);
  });
  test("two collectors' booklets are two sequences", () => {
    const r = check([
      payment({ collector: "甲", receipt: "0101" }),
      payment({ collector: "乙", receipt: "0201" }),
      payment({ collector: "甲", receipt: "0102" }),
      payment({ collector: "乙", receipt: "0202" }),
    ]);
    expect(codes(r)).toEqual([]);
  });
});

describe("the amount is the premium the rules engine gives (石柱, tier × category × day)", () => {
  const cases: [string, string, string, string | number, boolean][] = [
    ["2024-11-15", "一档", "普通居民", 400, true],
    ["2024-11-15", "二档", "普通居民", 775, true],
    ["2025-06-30", "一档", "普通居民", 400, true],
    ["2025-07-01", "一档", "普通居民", 1070, true], // 400 + 670 财政补助 from 1 July
    ["2025-07-01", "一档", "普通居民", 400, false],
    ["2025-08-01", "一档", "城乡低保对象", 40, true], // 三（三）1: low-income, subsidised, no surcharge
    ["2025-08-01", "一档", "低保", 1070, false],
    ["2024-11-15", "二档", "城乡低保对象", 375, true],
    ["2024-11-15", "一档", "特困人员", "0.00", false], // unreadable: an amount must be above 0
  ];
  test.each(cases)("%s %s %s paid %s → %s", (date, tier, category, amount, fine) => {
    const r = check([payment({ date, remitDate: date, tier, category, amount })]);
    if (typeof amount === "number") {
      const expected = premium({ policy: SHIZHU, tier, category, paid: iso(date) }).personal.toNumber();
      expect(expected === amount).toBe(fine);
      expect(codes(r)).toEqual(fine ? [] : ["AMOUNT_MISMATCH"]);
      if (!fine) expect(r.findings[0].message).toContain(`应缴${expected}元`);
    } else {
      expect(codes(r)).toEqual(["UNREADABLE_AMOUNT"]);
    }
  });
  test("the late-year payment names the surcharge", () => {
    const r = check([payment({ date: "2025-07-20", remitDate: "2025-07-20", amount: 400 })]);
    expect(r.findings[0].message).toContain("另缴财政补助670元");
  });
  test("a category the region does not have, or a tier the category cannot take, cannot be checked", () => {
    const r = check([
      payment({ category: "孤寡老人" }),
      payment({ tier: "二档", category: "烈士遗属", amount: 0.5 }),
      payment({ tier: "一档", category: "烈士遗属", amount: 400 }),
    ]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["AMOUNT_UNCHECKED", `${COL.category}${rowOf(0)}`],
      ["AMOUNT_MISMATCH", `${COL.amount}${rowOf(1)}`],
      ["AMOUNT_UNCHECKED", `${COL.tier}${rowOf(2)}`],
    ]);
  });
});

describe("IDs, the same person twice, the dates", () => {
  test("a bad check digit and an ID Excel turned into a number, at the ID cell, never printed in full", () => {
    const good = personId(7);
    const bad = good.slice(0, 17) + (good[17] === "1" ? "2" : "1");
    const r = check([payment({ id: bad }), payment({ id: Number(good.slice(0, 15)) * 1000 })]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([
      ["BAD_ID", `${COL.id}${rowOf(0)}`],
      ["BAD_ID", `${COL.id}${rowOf(1)}`],
    ]);
    for (const f of r.findings) expect(f.message).not.toContain(good.slice(0, 14));
  });
  test("the same person paid twice in one year", () => {
    const id = personId(42);
    const r = check([payment({ id }), payment(), payment({ id: id.toLowerCase(), date: "2025-01-05", remitDate: "2025-01-05" })]);
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["DUPLICATE_PERSON", `${COL.id}${rowOf(2)}`]]);
    expect(r.findings[0].message).toContain(`第${rowOf(0)}行`);
    expect(r.findings[0].message).toContain(id.slice(-4));
  });
  test.each([
    ["2024-10-17", "2024-10-18", 400, "DATE_OUTSIDE_YEAR"], // the day before 文件下发之日
    ["2024-10-18", "2024-10-18", 400, null],
    ["2025-12-31", "2025-12-31", 1070, null],
    ["2026-01-02", "2026-01-02", 1070, "DATE_OUTSIDE_YEAR"],
    ["2024-11-05", "2024-11-04", 400, "REMITTED_BEFORE_RECEIVED"],
  ])("received %s, remitted %s, %s yuan → %s", (date, remitDate, amount, code) => {
    const r = check([payment({ date, remitDate, amount })], "2026-01-31");
    expect(codes(r)).toEqual(code ? [code] : []);
  });
});

describe("bad input: reported at its cell, never guessed; every row accounted for", () => {
  test("unreadable dates and amounts, blank lines, a 合计 row", () => {
    const payments: (Payment | null)[] = [
      payment(), // 4 fine
      null, // 5 blank
      payment({ date: "11月3日" }), // 6 no year
      payment({ amount: "四百元" }), // 7
      payment({ remitDate: "2024-13-01" }), // 8
      payment({ amount: 400.125 }), // 9 three decimals
      payment({ date: 45600.5 }), // 10 a serial with a time: a real date? no: not an integer
      payment({ name: "" , receipt: "XL000007"}), // 11 finding: name missing
      payment({ amount: "1,070元", date: "2025-07-02", remitDate: "2025-07-02" }), // 12 fine
      null,
      null,
    ];
    const sheet = ledger(payments);
    sheet.rows.push(["合计", null, null, null, null, null, null, null, 9999]);
    const r = checkCash(sheet, SHIZHU, { asOf: iso("2025-12-31") });
    const at = (row: number) => r.accounting.rows.find((a) => a.row === row)!;
    expect(at(4).status).toBe("ok");
    expect(at(6)).toEqual({ row: 6, status: "unreadable", reasons: [expect.stringContaining("“11月3日”无法识别为日期")] });
    expect(at(7).status).toBe("unreadable");
    expect(codesAt(r, `${COL.amount}7`)).toEqual(["UNREADABLE_AMOUNT"]);
    expect(codesAt(r, `${COL.remitDate}8`)).toEqual(["UNREADABLE_DATE"]);
    expect(at(9).reasons[0]).toContain("超过两位小数");
    expect(at(10).status).toBe("unreadable");
    expect(at(11).status).toBe("finding");
    expect(codesAt(r, `${COL.name}11`)).toEqual(["MISSING_VALUE"]);
    expect(at(12).status).toBe("ok");
    expect(r.accounting.rows.map((a) => a.row)).toEqual([4, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.accounting.blank).toBe(3); // rows 5, 13 and 14; those after the last row are not counted
    expect(r.accounting.skipped).toEqual([{ row: 15, reason: "“合计”行，不是一笔缴费" }]);
    expect(r.accounting.ok + r.accounting.withFindings + r.accounting.unreadable).toBe(8);
    // Unreadable rows are in no total.
    expect(r.totals.count).toBe(3);
    expect(r.totals.received.toFixed(2)).toBe("1870.00");
  });
  test("a 村社 not in 附件1's list is a hint at its cell", () => {
    const r = check([payment({ village: "红岩村" }), payment({ village: "高平村" })]);
    expect(r.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([["UNKNOWN_VILLAGE", `${COL.village}${rowOf(0)}`, "warning"]]);
    expect(r.ok).toBe(true);
  });
  test("a ledger without its required columns is refused with what is missing", () => {
    expect(() => checkCash({ name: "表", rows: [["收款日期", "姓名", "金额"]] }, SHIZHU)).toThrow(/缺少：经办人、身份证号码、档次、人员类别/);
  });
  test("another region: the 双限 are 石柱's and are not applied, and the check says so", () => {
    const r = checkCash(ledger([payment({ remitDate: "2024-12-30" })]), getPolicy("cq-pengshui-2025"), { asOf: iso("2024-12-31") });
    expect(codes(r)).not.toContain("LATE_REMITTANCE");
    expect(r.notes.join()).toContain("本次未检查这两项");
  });
});
