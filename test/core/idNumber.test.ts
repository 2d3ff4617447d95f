import { benchIdNumbers } from "../../bench/idNumber";
import { type Day, dayFromParts, iso } from "../../src/core/dates";
import {
  type IdProblem,
  type IdResult,
  ageOnDate,
  checkDigit,
  checkId,
  idLast4,
  maskId,
  to18,
} from "../../src/core/idNumber";

/** A valid-checksum id from 17 digits, for tests whose subject is not the check digit. */
const withCheck = (first17: string): string => first17 + checkDigit(first17);

const AS_OF = iso("2025-06-30");

// The GB 11643-1999 examples, written out literally so the check digit itself is tested.
const GB_FEMALE = "11010519491231002X";
const GB_MALE = "440524188001010014";

describe("checkId: valid ids", () => {
  test.each<[string, unknown, Partial<IdResult>]>([
    [
      "GB 11643 example, female, final X",
      GB_FEMALE,
      { normalized: GB_FEMALE, birth: iso("1949-12-31"), gender: "女", converted15: false },
    ],
    // Births from 1800 on are accepted (see MIN_BIRTH_YEAR): this is the standard's own example.
    [
      "GB 11643 example, male, born 1880",
      GB_MALE,
      { normalized: GB_MALE, birth: iso("1880-01-01"), gender: "男" },
    ],
    [
      "15-digit old number is converted with century 19",
      "110105491231002",
      { normalized: GB_FEMALE, birth: iso("1949-12-31"), gender: "女", converted15: true },
    ],
    [
      "15-digit old number, odd 15th digit is male",
      "110105491231001",
      { gender: "男", converted15: true },
    ],
    ["lower-case x", "11010519491231002x", { normalized: GB_FEMALE }],
    ["full-width digits and Ｘ", "１１０１０５１９４９１２３１００２Ｘ", { normalized: GB_FEMALE }],
    ["full-width lower-case ｘ", "１１０１０５１９４９１２３１００２ｘ", { normalized: GB_FEMALE }],
    ["spaces inside and around", " 110105 19491231 002X ", { normalized: GB_FEMALE }],
    [
      "ideographic space, NBSP, tab, newline",
      "110105\u300019491231\u00a0002\tX\r\n",
      { normalized: GB_FEMALE },
    ],
    ["zero-width space and BOM", "\ufeff110105\u200b19491231002X", { normalized: GB_FEMALE }],
    [
      "15-digit number value is exact and accepted",
      110105491231002,
      { normalized: GB_FEMALE, converted15: true },
    ],
    [
      "leap day in a leap year",
      withCheck("11010520000229123"),
      { birth: iso("2000-02-29"), gender: "男" },
    ],
    [
      "born 1800-01-01, the earliest accepted",
      withCheck("11010518000101123"),
      { birth: iso("1800-01-01") },
    ],
    ["born on the asOf day itself", withCheck("11010520250630124"), { birth: AS_OF, gender: "女" }],
    ["region 91", withCheck("91010519491231002"), { birth: iso("1949-12-31") }],
    ["region 83", withCheck("83010519491231002"), { birth: iso("1949-12-31") }],
  ])("%s", (_name, input, expected) => {
    const r = checkId(input, AS_OF);
    expect(r).toMatchObject({ valid: true, message: "有效", ...expected });
    expect(r.problem).toBeUndefined();
    expect(r.normalized).toMatch(/^\d{17}[\dX]$/);
  });
});

describe("checkId: problems", () => {
  test.each<[string, unknown, IdProblem, string]>([
    ["empty string", "", "EMPTY", "身份证号码为空"],
    ["only spaces", "  \u3000 ", "EMPTY", "身份证号码为空"],
    ["null", null, "EMPTY", "身份证号码为空"],
    ["undefined", undefined, "EMPTY", "身份证号码为空"],
    [
      "18-digit id given as a JS number",
      // eslint-disable-next-line no-loss-of-precision -- the loss is the point of the test
      500243199001011234,
      "DAMAGED_NUMBER",
      "该号码已被 Excel 按数字存储，末几位已丢失（显示为 5.00243E+17）。请把该列设为文本格式后重新粘贴原始号码",
    ],
    [
      "scientific-notation text",
      "5.00243E+17",
      "DAMAGED_NUMBER",
      "该号码已被 Excel 按数字存储，末几位已丢失（显示为 5.00243E+17）。请把该列设为文本格式后重新粘贴原始号码",
    ],
    [
      "scientific text, lower-case e without +",
      "5.00243e17",
      "DAMAGED_NUMBER",
      "（显示为 5.00243e17）",
    ],
    [
      "scientific text, full-width",
      "５.００２４３Ｅ＋１７",
      "DAMAGED_NUMBER",
      "（显示为 5.00243E+17）",
    ],
    ["scientific text, decimal comma", "5,00243E+17", "DAMAGED_NUMBER", "（显示为 5,00243E+17）"],
    ["16-digit number value", 1_101_051_949_123_100, "DAMAGED_NUMBER", "（显示为 1.10105E+15）"],
    ["17-digit number value", 11010519491231002, "DAMAGED_NUMBER", "（显示为 1.10105E+16）"],
    ["number above 2^53", 2 ** 60, "DAMAGED_NUMBER", "（显示为 1.15292E+18）"],
    [
      "letter inside",
      "1101051949A231002X",
      "BAD_CHARS",
      "身份证号码含有非法字符“A”：只能是数字，最后一位可以是 X",
    ],
    ["X not in last place", "11010519491231X023", "BAD_CHARS", "非法字符“X”"],
    ["two X at the end", "11010519491231002XX", "BAD_CHARS", "非法字符“X”"],
    ["Chinese character", "110105１９４９年1231002X", "BAD_CHARS", "非法字符“年”"],
    ["hyphen", "110105-19491231-002X", "BAD_CHARS", "非法字符“-”"],
    ["X ending a 15-digit old number", "11010549123100X", "BAD_CHARS", "15位旧号码不应含有 X"],
    ["fractional number", 1.5, "BAD_CHARS", "非法字符“.”"],
    ["negative number", -110105491231002, "BAD_CHARS", "非法字符“-”"],
    ["NaN", NaN, "BAD_CHARS", "非法字符“N”"],
    ["boolean", true, "BAD_CHARS", "非法字符“t”"],
    [
      "17 digits",
      "11010519491231002",
      "BAD_LENGTH",
      "身份证号码位数不对：应为18位（或15位旧号），实为17位",
    ],
    [
      "19 digits",
      "1101051949123100201",
      "BAD_LENGTH",
      "身份证号码位数不对：应为18位（或15位旧号），实为19位",
    ],
    ["17 digits with X", "1101051949123100X", "BAD_LENGTH", "实为17位"],
    ["short number value", 12345, "BAD_LENGTH", "实为5位"],
    [
      "region 99",
      withCheck("99010519491231002"),
      "BAD_REGION",
      "地区代码不对：前两位 99 不是有效的省级代码",
    ],
    ["region 00", withCheck("00010519491231002"), "BAD_REGION", "前两位 00"],
    ["region 16", withCheck("16010519491231002"), "BAD_REGION", "前两位 16"],
    ["region 72", withCheck("72010519491231002"), "BAD_REGION", "前两位 72"],
    ["region 84", withCheck("84010519491231002"), "BAD_REGION", "前两位 84"],
    ["region 99 in a 15-digit number", "990105491231002", "BAD_REGION", "前两位 99"],
    ["February 30", withCheck("11010519900230123"), "BAD_DATE", "出生日期不存在：19900230"],
    ["month 13", withCheck("11010519901301123"), "BAD_DATE", "出生日期不存在：19901301"],
    ["month 00", withCheck("11010519900001123"), "BAD_DATE", "出生日期不存在：19900001"],
    ["day 00", withCheck("11010519900100123"), "BAD_DATE", "出生日期不存在：19900100"],
    ["April 31", withCheck("11010519900431123"), "BAD_DATE", "出生日期不存在：19900431"],
    [
      "1900-02-29 (1900 is not a leap year)",
      withCheck("11010519000229123"),
      "BAD_DATE",
      "出生日期不存在：19000229",
    ],
    ["15-digit February 30", "110105900230123", "BAD_DATE", "出生日期不存在：19900230"],
    [
      "born before 1800",
      withCheck("11010517991231123"),
      "BAD_DATE",
      "出生日期早于1800年：1799-12-31",
    ],
    [
      "born the day after asOf",
      withCheck("11010520250701123"),
      "BAD_DATE",
      "出生日期晚于2025-06-30：2025-07-01",
    ],
    ["wrong check digit", "110105194912310023", "BAD_CHECK_DIGIT", "校验位错误：应为 X，实为 3"],
    // Text that Excel had rounded to 15 significant digits (a CSV it saved): why, and how to keep IDs as text.
    ["wrong check digit after 000 (Excel rounded)", "500240196503121000", "BAD_CHECK_DIGIT", "应为 5，实为 0。末3位是000：多半是 Excel 曾把号码当作数字保存"],
    [
      "X where a digit belongs",
      "44052418800101001X",
      "BAD_CHECK_DIGIT",
      "校验位错误：应为 4，实为 X",
    ],
    [
      "wrong check digit, full-width",
      "４４０５２４１８８００１０１００１５",
      "BAD_CHECK_DIGIT",
      "应为 4，实为 5",
    ],
  ])("%s → %s", (_name, input, problem, message) => {
    const r = checkId(input, AS_OF);
    expect(r.valid).toBe(false);
    expect(r.problem).toBe(problem);
    expect(r.message).toContain(message);
    expect(r.normalized).toBeUndefined();
    expect(r.converted15).toBeUndefined();
  });

  test("a wrong check digit not after 000 gets no Excel explanation", () => {
    expect(checkId("110105194912310023", AS_OF).message).not.toContain("Excel");
  });

  test("the default asOf is today", () => {
    const r = checkId(withCheck("11010529990101123"));
    expect(r).toMatchObject({ problem: "BAD_DATE", message: "出生日期晚于今天：2999-01-01" });
    expect(checkId(GB_FEMALE).valid).toBe(true);
  });
});

describe("checkId: order of checks", () => {
  test.each<[string, unknown, IdProblem]>([
    ["blank beats everything", " \u3000", "EMPTY"],
    ["damaged number beats length", 11010519491231002, "DAMAGED_NUMBER"],
    ["bad chars beat bad length", "12A", "BAD_CHARS"],
    ["bad length beats bad region", "9901051949123100", "BAD_LENGTH"],
    ["bad region beats bad date", withCheck("99010519901301123"), "BAD_REGION"],
    ["bad date beats bad check digit", "110105199002301230", "BAD_DATE"],
    ["future date beats bad check digit", "110105202507011230", "BAD_DATE"],
  ])("%s", (_name, input, problem) => {
    expect(checkId(input, AS_OF).problem).toBe(problem);
  });
});

describe("checkId: what a failed result still carries", () => {
  test.each<[string, string, Day | undefined, "男" | "女" | undefined]>([
    ["wrong check digit keeps birth and gender", "110105194912310023", iso("1949-12-31"), "女"],
    ["bad region keeps birth and gender", withCheck("99010519491231001"), iso("1949-12-31"), "男"],
    ["impossible date has gender but no birth", withCheck("11010519900230123"), undefined, "男"],
    ["future date keeps the (real) birth", withCheck("11010520250701122"), iso("2025-07-01"), "女"],
    ["bad length has neither", "11010519491231002", undefined, undefined],
  ])("%s", (_name, input, birth, gender) => {
    const r = checkId(input, AS_OF);
    expect(r.valid).toBe(false);
    expect(r.birth).toBe(birth);
    expect(r.gender).toBe(gender);
  });
});

describe("checkId: dates agree with dayFromParts", () => {
  // The module memoises dayFromParts; sweep real and impossible dates through both.
  test.each([1800, 1899, 1900, 1901, 1949, 1996, 2000, 2004, 2023, 2024])("year %i", (year) => {
    for (let m = 0; m <= 13; m++) {
      for (let d = 0; d <= 32; d++) {
        const date = `${year}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`;
        const expected = dayFromParts(year, m, d);
        const r = checkId(withCheck(`110105${date}123`), iso("2025-12-31"));
        // Run twice: the second call is served from the cache.
        const again = checkId(withCheck(`110105${date}123`), iso("2025-12-31"));
        expect(again).toEqual(r);
        if (expected === null) {
          expect(r).toMatchObject({ problem: "BAD_DATE", message: `出生日期不存在：${date}` });
        } else {
          expect(r).toMatchObject({ valid: true, birth: expected });
        }
      }
    }
  });
});

describe("checkDigit", () => {
  test.each([
    ["11010519491231002", "X"],
    ["44052418800101001", "4"],
    // Cross-checked with an independent implementation of the ISO 7064 MOD 11-2 sum.
    ["11010519491231001", "1"],
    ["11010519900101123", "2"],
    ["00000000000000000", "1"],
  ])("%s → %s", (first17, digit) => {
    expect(checkDigit(first17)).toBe(digit);
  });

  test.each([
    "1101051949123100",
    "110105194912310021",
    "1101051949123100X",
    "１１０１０５１９４９１２３１００２",
  ])("rejects %s", (bad) => {
    expect(() => checkDigit(bad)).toThrow();
  });

  test("every check digit value occurs and validates", () => {
    const seen = new Set<string>();
    for (let seq = 100; seq < 200; seq++) {
      const id = withCheck(`11010519900101${seq}`);
      seen.add(id[17]);
      expect(checkId(id, AS_OF).valid).toBe(true);
    }
    expect([...seen].sort()).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "X"]);
  });
});

describe("to18", () => {
  test.each([
    ["110105491231002", GB_FEMALE],
    ["１１０１０５ ４９１２３１ ００２", GB_FEMALE],
    ["440524800101001", "440524198001010013"],
  ])("%s → %s", (id15, id18) => {
    expect(to18(id15)).toBe(id18);
    expect(checkId(id18, AS_OF).valid).toBe(true);
  });

  test.each([
    [GB_FEMALE, "不是15位旧身份证号码：**************002X"],
    ["110105900230123", "出生日期不存在：19900230"],
    ["11010549123100", "实为14位"],
    ["990105491231002", "地区代码不对"],
    ["", "身份证号码为空"],
  ])("rejects %s", (bad, message) => {
    expect(() => to18(bad)).toThrow(message);
  });
});

describe("maskId and idLast4", () => {
  test.each([
    [GB_FEMALE, "**************002X", "002X"],
    ["11010519491231002x", "**************002X", "002X"],
    ["１１０１０５ １９４９１２３１００２ｘ", "**************002X", "002X"],
    ["110105491231002", "***********1002", "1002"],
    ["12345", "*2345", "2345"],
    ["1234", "****", "1234"],
    ["123", "***", ""],
    ["", "", ""],
  ])("%s → %s / %s", (id, masked, last4) => {
    expect(maskId(id)).toBe(masked);
    expect(idLast4(id)).toBe(last4);
  });
});

describe("ageOnDate", () => {
  const leapBorn = withCheck("11010520000229123");
  test.each<[string, string, string, number | null]>([
    ["day before the 70th birthday", GB_FEMALE, "2019-12-30", 69],
    ["on the 70th birthday", GB_FEMALE, "2019-12-31", 70],
    ["day after the 70th birthday", GB_FEMALE, "2020-01-01", 70],
    ["15-digit old number", "110105491231002", "2019-12-31", 70],
    ["born 1880", GB_MALE, "2025-01-01", 145],
    ["leap-day birth, 28 Feb of a common year", leapBorn, "2001-02-28", 0],
    ["leap-day birth, 1 Mar of a common year", leapBorn, "2001-03-01", 1],
    ["leap-day birth, 29 Feb four years on", leapBorn, "2004-02-29", 4],
    ["on the day of birth", GB_FEMALE, "1949-12-31", 0],
    ["before birth", GB_FEMALE, "1949-12-30", null],
    ["wrong check digit", "110105194912310023", "2020-01-01", null],
    ["bad length", "11010519491231002", "2020-01-01", null],
  ])("%s", (_name, id, onDate, age) => {
    expect(ageOnDate(id, iso(onDate))).toBe(age);
  });
});

describe("benchIdNumbers", () => {
  test("reports rows and a positive rate", () => {
    const r = benchIdNumbers(2000);
    expect(r.rows).toBe(2000);
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.perSecond).toBeCloseTo(r.rows / r.seconds);
  });
});
