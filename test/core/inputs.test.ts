/**
 * The core's readers of what clerks type (issue 14): numbers read strictly but kindly, dates
 * inside Excel's range with real times of day, ID-like runs masked in any text, echoed
 * input cut short, an ID column damaged by Excel judged as a whole, and premium()'s newborn
 * checks as benefit() makes them.
 */
import { idColumnDamage, findRoster } from "../../src/core/claim/roster";
import {
  cellDay,
  iso,
  parseDate,
  fromExcelSerial,
  toChinese,
  LAST_EXCEL_SERIAL,
} from "../../src/core/dates";
import { checkDigit, maskIdsIn } from "../../src/core/idNumber";
import { readCount, readNumber, readShare } from "../../src/core/numbers";
import { premium } from "../../src/core/rules/premium";
import { benefit } from "../../src/core/rules/benefit";
import { clip } from "../../src/core/text";

describe("readNumber", () => {
  test.each([
    ["1200", 1200, false],
    ["1,200", 1200, false],
    ["12,345,678.5", 12345678.5, false],
    [" 12.5 ", 12.5, false],
    ["-3", -3, false],
    [".5", 0.5, false],
    ["96%", 0.96, true],
    ["９６％", 0.96, true],
    ["12.5%", 0.125, true],
    ["０.５", 0.5, false],
    [7, 7, false],
  ])("%p reads as %p", (text, value, percent) => {
    expect(readNumber(text)).toEqual({ ok: true, value, percent });
  });

  test.each([
    ["0x64", "十六进制"],
    ["0X2BC", "十六进制"],
    ["0o10", "八进制"],
    ["0b101", "二进制"],
    ["1e3", "科学计数法"],
    ["1E-2", "科学计数法"],
    ["1e400", "科学计数法"],
    ["Infinity", "有限"],
    ["-∞", "有限"],
    ["%", "没有数字"],
    ["+", "没有数字"],
    ["", "为空"],
    ["1,20", "不是数字"],
    ["12元", "不是数字"],
    ["NaN", "不是数字"],
  ])("%p is refused (%s)", (text, why) => {
    const r = readNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });

  test("non-finite numbers and non-text values are refused", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined, true, {}])
      expect(readNumber(v).ok).toBe(false);
  });

  test("counts are whole and bounded; shares take 96 as 96% with a note", () => {
    expect(readCount("2", { max: 100 })).toEqual({ ok: true, value: 2 });
    expect(readCount("101", { max: 100 }).ok).toBe(false);
    expect(readCount("1.5", { max: 100 }).ok).toBe(false);
    expect(readCount("50%", { max: 100 }).ok).toBe(false);
    expect(readShare(96)).toEqual({ ok: true, value: 0.96, note: "“96”按 96% 计" });
    expect(readShare("1.05")).toEqual({ ok: true, value: 1.05 });
    expect(readShare(9600).ok).toBe(false);
    expect(readShare("-5%").ok).toBe(false);
  });
});

describe("dates", () => {
  test("ISO date-times must have a real time of day", () => {
    expect(parseDate("2024-11-15T99:99:99")).toBeNull();
    expect(parseDate("2024-11-15T24:00:00")).toBeNull();
    expect(parseDate("2024-11-15T08:30:00+08:00")).toBe(iso("2024-11-15"));
    expect(parseDate("2024-11-15T08:30:00.123Z")).toBe(iso("2024-11-15"));
    expect(parseDate("2024-11-15T08:30")).toBe(iso("2024-11-15"));
  });

  test("only dates inside Excel's range are dates", () => {
    expect(parseDate("9999-12-31")).toBe(iso("9999-12-31"));
    expect(parseDate("1899-12-31")).toBeNull();
    expect(fromExcelSerial(LAST_EXCEL_SERIAL)).toBe(iso("9999-12-31"));
    for (const s of [LAST_EXCEL_SERIAL + 1, 1e9, 1e12, NaN, Infinity])
      expect(fromExcelSerial(s)).toBeNull();
  });

  // The one reader of a payment-date cell, for the claim's roster, the paid list and the premium sheet.
  test.each([
    ["a date, as file readers give it", new Date(Date.UTC(2024, 11, 1)), iso("2024-12-01")],
    ["an Excel serial", 45627, iso("2024-12-01")],
    ["a date-time serial", 45627.75, iso("2024-12-01")],
    ["a serial stored as text", "45627", iso("2024-12-01")],
    ["a date-time serial stored as text", "45627.5", iso("2024-12-01")],
    ["text as clerks type it", " 2024年12月1日 ", iso("2024-12-01")],
    ["a count, not a date", 150, null],
    ["a yes/no cell", true, null],
    ["text that is no date", "十二月初", null],
    ["a blank cell", null, undefined],
    ["blank text", "  ", undefined],
  ])("cellDay reads %s", (_what, cell, day) => {
    expect(cellDay(cell)).toBe(day);
  });

  test("no message reads NaN年", () => {
    expect(toChinese(NaN)).not.toMatch(/NaN/);
    expect(toChinese(1e12)).not.toMatch(/NaN/);
  });
});

describe("messages", () => {
  test("every ID-like run is masked, wherever it sits", () => {
    expect(maskIdsIn("第9行：标题或说明行（“11010519491231002X”）")).toBe(
      "第9行：标题或说明行（“**************002X”）"
    );
    expect(maskIdsIn("合计12345678901234567人")).toBe("合计*************4567人");
    expect(maskIdsIn("全角１１０１０５１９４９１２３１００２Ｘ")).toBe("全角**************002X");
    expect(maskIdsIn("合计 33828 人，2025年3月1日，电话 1234567")).toBe(
      "合计 33828 人，2025年3月1日，电话 1234567"
    );
  });

  test("echoed input is cut short", () => {
    expect(clip("9".repeat(1_000_000))).toBe(`${"9".repeat(40)}…（共1000000字）`);
    expect(clip("短")).toBe("短");
  });
});

describe("an ID column damaged by Excel", () => {
  const id = (seq: number): string => {
    const first17 = `50024319800101${String(seq).padStart(3, "0")}`;
    return first17 + checkDigit(first17);
  };
  const sheet = (ids: string[]) => ({
    name: "花名册",
    rows: [
      ["姓名", "身份证号码", "人员类别", "参保档次"],
      ...ids.map((v, i) => [`人${i}`, v, "低保", "一档"]),
    ],
  });
  const judge = (ids: string[]) => {
    const s = sheet(ids);
    return idColumnDamage(s, findRoster(s));
  };

  test("far more 000 endings than chance is damage, with how to keep IDs as text", () => {
    const ids = Array.from({ length: 40 }, (_, i) => id(100 + i));
    for (let i = 0; i < 40; i += 8) ids[i] = ids[i].slice(0, 15) + "000";
    const d = judge(ids)!;
    expect(d).toMatchObject({ ids: 40, endingIn000: 5 });
    expect(d.message).toContain("被 Excel 损坏");
    expect(d.message).toContain("设为“文本”格式");
  });

  test("a real 000 ending, and two in a county's roster, are chance", () => {
    let real000 = "";
    for (let s = 0; s < 1000 && !real000; s++) if (id(s).endsWith("000")) real000 = id(s);
    expect(judge([...Array.from({ length: 50 }, (_, i) => id(100 + i)), real000])).toBeNull();
    const county = Array.from({ length: 5000 }, (_, i) => {
      const first17 = `5002${String(40 + (i % 50)).padStart(2, "0")}1980${String(1 + (i % 12)).padStart(2, "0")}1${i % 10}${String(1 + (i % 99)).padStart(3, "0")}`;
      return first17 + checkDigit(first17);
    });
    // 5,000 real IDs have about 5 ending in 000; 9 is within chance (none of these others do).
    county.splice(0, 9, ...Array.from({ length: 9 }, () => real000));
    expect(judge(county)).toBeNull();
  });
});

describe("premium() checks a newborn's birth as benefit() does", () => {
  const q = { policy: "cq-tongnan-2023", tier: "一档", category: "新生儿" };

  test("paying for 2023 in 2099 is refused, with or without a birth date", () => {
    expect(() =>
      premium({ ...q, paid: iso("2099-01-01"), eventDate: iso("2098-12-01") })
    ).toThrow();
    expect(() => premium({ ...q, paid: iso("2026-06-01") })).toThrow(/最迟缴费日/);
  });

  test("a birth after the payment or after the year's end is an error for both", () => {
    for (const eventDate of [iso("2023-06-01"), iso("2024-01-05")]) {
      expect(() => premium({ ...q, paid: iso("2023-05-01"), eventDate })).toThrow(/晚于/);
      expect(() =>
        benefit({ policy: q.policy, category: q.category, paid: iso("2023-05-01"), eventDate })
      ).toThrow(/晚于/);
    }
  });

  test("the exception still holds inside the year", () => {
    expect(
      premium({ ...q, paid: iso("2023-10-29"), eventDate: iso("2023-08-01") }).personal.toNumber()
    ).toBe(350);
  });
});
