/**
 * Issue 14's defects at the custom functions' front door: impossible newborn premiums,
 * dates and counts out of range, a benefit start past the insurance year, lenient numbers,
 * zero read as blank, strict ISO date-times and overlong names.
 */
import { resetSettingsCache } from "../../src/office/settings";
import { Excel, expectValueError, loadFromSource, serial } from "./excel";

const PENGSHUI = "cq-pengshui-2025";
const TONGNAN = "cq-tongnan-2025";
const TONGNAN23 = "cq-tongnan-2023";
const GB_FEMALE = "11010519491231002X";

let excel: Excel;

beforeAll(async () => {
  delete (globalThis as Record<string, unknown>).Office;
  resetSettingsCache();
  excel = await loadFromSource();
});

describe("1. newborn premiums for impossible dates", () => {
  it.each([[serial(2099, 1, 1)], ["2026-06-01"]])(
    '=YB.PREMIUM("一档","新生儿",%p,,"cq-tongnan-2023") is an error, not 350',
    async (date) => {
      expectValueError(
        await excel.one("PREMIUM", "一档", "新生儿", date, null, TONGNAN23),
        "最迟缴费日"
      );
    }
  );

  it("a newborn inside the year still pays 350 after 30 September (新生儿独立参保除外)", async () => {
    expect(await excel.one("PREMIUM", "一档", "新生儿", "2023-10-29", null, TONGNAN23)).toBe(350);
  });
});

describe("2. bounds on dates and counts", () => {
  it("IDAGE with a date past 9999-12-31 is an error, not NaN or a number", async () => {
    for (const on of [1e9, 1e7, 2958466, -5, Number.MAX_VALUE]) {
      expectValueError(await excel.one("IDAGE", GB_FEMALE, on), "计算年龄的日期");
    }
    expect(await excel.one("IDAGE", GB_FEMALE, serial(2025, 1, 1))).toBe(75);
    expect(await excel.one("IDAGE", GB_FEMALE, 2958465)).toBe(8050); // 9999-12-31
  });

  it("IDBIRTH of a birth before Excel's first date is text, not a negative serial", async () => {
    expect(await excel.one("IDBIRTH", "440524188001010014")).toBe("1880-01-01");
  });

  it("WAITDAYS does not ignore a bad event date", async () => {
    expectValueError(
      await excel.one("WAITDAYS", "2025-01-10", "普通居民", 1e12, null, TONGNAN),
      "事件日期"
    );
  });

  it("break years are bounded: 1e15 is an error, not 30000000000000060 days or a non-date", async () => {
    for (const id of ["WAITDAYS", "BENEFITSTART"]) {
      const cell = await excel.one(id, "2025-04-10", "普通居民", null, 1e15, TONGNAN);
      expectValueError(cell, "断保年数", "0到100");
      expectValueError(
        await excel.one(id, "2025-04-10", "普通居民", null, 101, TONGNAN),
        "断保年数"
      );
    }
  });

  it("no message reads NaN年", async () => {
    for (const ev of [1e12, 1e300, -1e12]) {
      const cell = (await excel.one("WAITDAYS", "2025-04-10", "新生儿", ev, null, TONGNAN)) as {
        message: string;
      };
      expect(cell.message).not.toMatch(/NaN/);
    }
  });
});

describe("3. a benefit start beyond the insurance year", () => {
  it("BENEFITSTART and WAITDAYS give the CLI's answer as an error instead of 2026-03-31", async () => {
    for (const id of ["BENEFITSTART", "WAITDAYS"]) {
      expectValueError(
        await excel.one(id, "2025-12-31", "普通居民", null, null, TONGNAN),
        "本次缴费在2025年度享受不到待遇",
        "2026年3月31日"
      );
    }
  });
});

describe("4. numbers read strictly but kindly", () => {
  it.each([
    "0x64",
    "0o144",
    "0b1100100",
    "1e2",
    "Infinity",
    "-Infinity",
    "∞",
    "%",
    "1e400",
    "",
    "+",
  ])("WORKFUND refuses %p with a message", async (v) => {
    const cell = await excel.one("WORKFUND", v === "" ? 100 : v, v === "" ? "  " : v, PENGSHUI);
    expectValueError(cell);
  });

  it("hex, exponents and infinities say why", async () => {
    expectValueError(await excel.one("WORKFUND", "0x64", "0x64", PENGSHUI), "十六进制");
    expectValueError(await excel.one("WORKFUND", "1e2", 96, PENGSHUI), "科学计数法");
    expectValueError(await excel.one("GRADE", "0x1", "0x1", "0x1", PENGSHUI), "十六进制");
    expectValueError(await excel.one("GRADE", "%", 1, 1, PENGSHUI), "总体完成率");
    expectValueError(
      await excel.one("WAITDAYS", "2025-04-10", "普通居民", null, "0x2", TONGNAN),
      "十六进制"
    );
  });

  it("decimals, 96%, full-width ９６％ and a bare 96 for a rate are accepted", async () => {
    expect(await excel.one("GRADE", "96%", "１００％", "９９％", PENGSHUI)).toBe("A");
    expect(await excel.one("GRADE", 96, 100, 99, PENGSHUI)).toBe("A");
    expect(await excel.one("GRADE", "96", "100", "99", PENGSHUI)).toBe("A");
    expect(await excel.one("GRADE", 0.96, "1", "0.99", PENGSHUI)).toBe("A");
    expect(await excel.one("WORKFUND", "１００", " 96 ", PENGSHUI)).toBe(144);
    expect(await excel.one("WORKFUND", "1,000", "960", PENGSHUI)).toBe(1440);
  });

  it("a rate above 1000% is refused", async () => {
    expectValueError(await excel.one("GRADE", 9600, 1, 1, PENGSHUI), "总体完成率");
  });
});

describe("5. zero is not blank", () => {
  it('GRADE(0,0,0) is C and WORKFUND(0,0) an error, not ""', async () => {
    expect(await excel.one("GRADE", 0, 0, 0, PENGSHUI)).toBe("C");
    expectValueError(await excel.one("WORKFUND", 0, 0, PENGSHUI), "目标任务数为0");
  });

  it("a range keeps a zero row in the middle but drops trailing empty rows", async () => {
    // Desktop Excel passes empty cells of a range as 0: all-zero rows after the data are cut.
    const col = (...v: unknown[]): unknown[][] => v.map((x) => [x]);
    const out = (await excel.call(
      "GRADE",
      col(0.96, 0, 0.5, null, 0),
      col(1, 0, 0.5, null, 0),
      col(1, 0, 0.5, null, 0),
      PENGSHUI
    )) as unknown[][];
    expect(out).toEqual([["A"], ["C"], ["C"]]);
  });
});

describe("13 and 14. overlong names and strict date-times", () => {
  it("a 1,000-character category is refused at once", async () => {
    const long = "低".repeat(1000);
    expectValueError(await excel.one("CATEGORY", long, TONGNAN), "过长");
    const column = Array.from({ length: 20_000 }, (_, i) => [`${i}${long}`]);
    const out = (await excel.call("CATEGORY", column, TONGNAN)) as unknown[][];
    expect(out.length).toBe(20_000);
    for (const [cell] of out) expectValueError(cell, "过长");
  });

  it('"2024-11-15T99:99:99" is not a date; a real ISO date-time is', async () => {
    expectValueError(
      await excel.one("PREMIUM", "二档", "普通居民", "2024-11-15T99:99:99", null, PENGSHUI),
      "不是有效日期"
    );
    expect(
      await excel.one("PREMIUM", "二档", "普通居民", "2024-11-15T08:30:00Z", null, PENGSHUI)
    ).toBe(775);
  });
});
