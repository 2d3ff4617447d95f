/**
 * The YB.* functions called as Excel calls them (registered ids, [[v]] arguments, nulls for
 * missing optional ones, serial dates, ranges) agree with the engine on the notices'
 * numbers, spill ranges row by row, and answer bad input with #VALUE! and a Chinese message.
 */
import { dayFromParts, iso, toIso } from "../../src/core/dates";
import { checkId } from "../../src/core/idNumber";
import { getPolicy, listPolicies } from "../../src/core/policy/registry";
import { grade, workFund } from "../../src/core/rules/assessment";
import { benefit } from "../../src/core/rules/benefit";
import { premium } from "../../src/core/rules/premium";
import { resetSettingsCache } from "../../src/office/settings";
import { englishWords } from "../helpers/clerkText";
import { Excel, expectValueError, loadFromSource, serial } from "./excel";

const PENGSHUI = "cq-pengshui-2025";
const TONGNAN = "cq-tongnan-2025";
const GB_FEMALE = "11010519491231002X"; // GB 11643-1999's own example
const GB_MALE = "440524188001010014";

let excel: Excel;

beforeAll(async () => {
  delete (globalThis as Record<string, unknown>).Office;
  resetSettingsCache();
  excel = await loadFromSource();
});

describe("registration", () => {
  it("associates every function of the metadata, by its id", () => {
    const ids = excel.metadata.functions.map((f) => f.id).sort();
    expect([...excel.registry.keys()].sort()).toEqual(ids);
    expect(ids).toEqual(
      [
        "BENEFITSTART",
        "CATEGORY",
        "GRADE",
        "ID18",
        "IDAGE",
        "IDBIRTH",
        "IDCHECK",
        "IDGENDER",
        "IDREASON",
        "PREMIUM",
        "STANDARD",
        "SUBSIDY",
        "SURCHARGE",
        "WAITDAYS",
        "WORKFUND",
      ].sort()
    );
  });
});

describe("the notices' answers", () => {
  it('=YB.PREMIUM("二档","计生优抚（奖扶）对象",DATE(2024,11,15),,"cq-pengshui-2025") is 455', async () => {
    expect(
      await excel.one(
        "PREMIUM",
        "二档",
        "计生优抚（奖扶）对象",
        serial(2024, 11, 15),
        null,
        PENGSHUI
      )
    ).toBe(455);
  });

  it('=YB.BENEFITSTART(DATE(2025,1,10),"普通居民",,,"cq-tongnan-2025") is 2025-02-01', async () => {
    expect(
      await excel.one("BENEFITSTART", serial(2025, 1, 10), "普通居民", null, null, TONGNAN)
    ).toBe(serial(2025, 2, 1));
    expect(await excel.one("WAITDAYS", serial(2025, 1, 10), "普通居民", null, null, TONGNAN)).toBe(
      22
    );
  });

  it("一档 paid on 2025-07-15 in 潼南 is 1070: 400 standard plus the 670 fiscal part", async () => {
    const args = ["一档", "普通居民", serial(2025, 7, 15), null, TONGNAN];
    expect(await excel.one("PREMIUM", ...args)).toBe(1070);
    expect(await excel.one("STANDARD", ...args)).toBe(400);
    expect(await excel.one("SUBSIDY", ...args)).toBe(0);
    expect(await excel.one("SURCHARGE", ...args)).toBe(670);
  });

  it("trailing optional arguments may be left out entirely", async () => {
    const fn = excel.registry.get("PREMIUM")!;
    expect(
      fn([["二档"]], [["计生优抚（奖扶）对象"]], [[serial(2024, 11, 15)]], null, [[PENGSHUI]])
    ).toEqual([[455]]);
  });
});

describe("dates", () => {
  it.each([
    ["a serial number", serial(2025, 3, 1)],
    ["a serial with a time of day", serial(2025, 3, 1) + 0.75],
    ["2025-03-01", "2025-03-01"],
    ["2025/3/1", "2025/3/1"],
    ["2025年3月1日", "2025年3月1日"],
    ["full-width digits", "２０２５年３月１日"],
  ])("reads %s", async (_, paid) => {
    // Paid after February: the standard 90-day wait.
    expect(await excel.one("BENEFITSTART", paid, "普通居民", null, null, TONGNAN)).toBe(
      serial(2025, 5, 30)
    );
    expect(await excel.one("WAITDAYS", paid, "普通居民", null, null, TONGNAN)).toBe(90);
  });

  it("answers a date as a serial number that formats as the engine's date", async () => {
    const core = benefit({
      policy: TONGNAN,
      category: "普通居民",
      paid: iso("2025-04-10"),
      breakYears: 2,
    });
    const cell = (await excel.one(
      "BENEFITSTART",
      "2025-04-10",
      "普通居民",
      null,
      2,
      TONGNAN
    )) as number;
    expect(cell).toBe(serial(2025, 1, 1) + (core.benefitStart - iso("2025-01-01")));
    expect(await excel.one("WAITDAYS", "2025-04-10", "普通居民", null, 2, TONGNAN)).toBe(
      core.waitDays
    );
    expect(core.waitDays).toBe(120);
  });

  it.each([
    ["text that is no date", "下月初"],
    ["an impossible day", "2025-02-30"],
    ["a serial before 1900-03-01", 12],
    ["TRUE", true],
  ])("refuses %s with #VALUE! saying how to write a date", async (_, paid) => {
    expectValueError(
      await excel.one("PREMIUM", "一档", "普通居民", paid, null, TONGNAN),
      "缴费日期",
      "不是有效日期",
      "DATE(2025,3,1)"
    );
  });
});

describe("ranges", () => {
  it("spills a column, row by row, with values broadcast, and agrees with the engine", async () => {
    const tiers = [["一档"], ["二档"], ["一档"], ["二档"]];
    const categories = [["普通居民"], ["低保"], ["特困"], ["计生优抚（奖扶）对象"]];
    const dates = [
      [serial(2024, 11, 1)],
      [serial(2024, 12, 31)],
      ["2025-03-01"],
      [serial(2024, 11, 15)],
    ];
    const out = excel.call("PREMIUM", tiers, categories, dates, null, PENGSHUI) as unknown[][];
    const paid = [iso("2024-11-01"), iso("2024-12-31"), iso("2025-03-01"), iso("2024-11-15")];
    const expected = tiers.map((t, i) => [
      premium({
        policy: PENGSHUI,
        tier: t[0],
        category: categories[i][0],
        paid: paid[i],
      }).personal.toNumber(),
    ]);
    expect(out).toEqual(expected);
    expect(out[3][0]).toBe(455);
  });

  it("broadcasts a single row across columns and a column across rows, like Excel", async () => {
    const out = excel.call(
      "STANDARD",
      [["一档", "二档"]],
      [["普通居民"], ["普通居民"]],
      serial(2025, 3, 1),
      null,
      TONGNAN
    );
    expect(out).toEqual([
      [400, 775],
      [400, 775],
    ]);
  });

  it("keeps a bad row's error to its own cell", async () => {
    const out = excel.call(
      "PREMIUM",
      "一档",
      [["普通居民"], ["外星人"], ["普通居民"]],
      serial(2025, 3, 1),
      null,
      TONGNAN
    ) as unknown[][];
    expect(out[0][0]).toBe(400);
    expectValueError(out[1][0], "外星人", "本地区的类别有", "普通居民", "低保对象");
    expect(out[2][0]).toBe(400);
  });

  it("leaves empty rows empty and stops the spill after the last row with data", async () => {
    const categories = [["普通居民"], [null], ["普通居民"], [""], [null], [0], [0]];
    const dates = [[serial(2025, 3, 1)], [null], [serial(2025, 3, 1)], [""], [null], [0], [0]];
    // =YB.PREMIUM("一档", B:B, C:C): the constant tier does not make an empty row a data row.
    expect(excel.call("PREMIUM", "一档", categories, dates, null, TONGNAN)).toEqual([
      [400],
      [""],
      [400],
    ]);
    const tiers = [["一档"], [""], ["一档"], [""], [null], [0], [0]];
    expect(excel.call("PREMIUM", tiers, categories, dates, null, TONGNAN)).toEqual([
      [400],
      [""],
      [400],
    ]);
  });

  it("reports what is missing in a row that is only partly filled", async () => {
    const out = excel.call(
      "PREMIUM",
      "一档",
      [["普通居民"], ["普通居民"]],
      [[serial(2025, 3, 1)], [null]],
      null,
      TONGNAN
    ) as unknown[][];
    expect(out[0][0]).toBe(400);
    expectValueError(out[1][0], "缺少缴费日期");
  });

  it("treats the 0 desktop Excel passes for an empty cell as empty (a whole-column reference)", async () => {
    const ids = [[GB_FEMALE], [0], [GB_MALE], ...Array.from({ length: 1000 }, () => [0])];
    expect(excel.call("IDCHECK", ids)).toEqual([[true], [""], [true]]);
  });

  it("answers ranges of different lengths with #N/A where a row is missing", async () => {
    const out = excel.call(
      "PREMIUM",
      [["一档"], ["二档"], ["一档"]],
      [["普通居民"], ["普通居民"]],
      serial(2025, 3, 1),
      null,
      TONGNAN
    ) as unknown[][];
    expect(out[0][0]).toBe(400);
    expect(out[1][0]).toBe(775);
    expect(out[2][0]).toMatchObject({ code: "#N/A" });
  });

  it("takes a policy per row", async () => {
    const out = excel.call("CATEGORY", "低保", [[TONGNAN], [PENGSHUI]]);
    expect(out).toEqual([["低保对象"], ["城乡最低生活保障人员"]]);
  });

  it("answers 100,000 rows with one call", async () => {
    const n = 100_000;
    const dates = Array.from({ length: n }, (_, i) => [serial(2024, 10, 20) + (i % 200)]);
    const tiers = Array.from({ length: n }, (_, i) => [i % 2 ? "一档" : "二档"]);
    const out = excel.call("PREMIUM", tiers, "普通居民", dates, null, PENGSHUI) as unknown[][];
    expect(out).toHaveLength(n);
    for (const i of [0, 1, 77, 99_999]) {
      const paid = iso("2024-10-20") + (i % 200);
      expect(out[i][0]).toBe(
        premium({
          policy: PENGSHUI,
          tier: tiers[i][0],
          category: "普通居民",
          paid,
        }).personal.toNumber()
      );
    }
  });
});

describe("errors", () => {
  it("never gives a number for bad input", async () => {
    const bad: unknown[][] = [
      ["三档", "普通居民", serial(2025, 3, 1), null, TONGNAN],
      ["一档", "普通居民", serial(2026, 3, 1), null, TONGNAN],
      ["一档", "普通居民", serial(2025, 3, 1), 2024, TONGNAN],
      ["一档", "普通居民", serial(2025, 3, 1), "明年", TONGNAN],
      ["一档", "普通居民", serial(2025, 3, 1), null, "beijing-2025"],
      ["", "普通居民", serial(2025, 3, 1), null, TONGNAN],
      ["一档", "", serial(2025, 3, 1), null, TONGNAN],
      ["一档", "普通居民", "", null, TONGNAN],
    ];
    for (const args of bad) {
      for (const id of ["PREMIUM", "SUBSIDY", "STANDARD", "SURCHARGE"]) {
        const cell = await excel.one(id, ...args);
        expect(typeof cell).not.toBe("number");
        expectValueError(cell);
      }
    }
  });

  it("lists this region's categories for an unknown one", async () => {
    const names = getPolicy(TONGNAN).categoryNames();
    expectValueError(
      await excel.one("PREMIUM", "一档", "农民工", serial(2025, 3, 1), null, TONGNAN),
      "农民工",
      ...names
    );
  });

  it("lists the tiers for an unknown tier and the policies for an unknown policy", async () => {
    expectValueError(
      await excel.one("PREMIUM", "三档", "普通居民", serial(2025, 3, 1), null, TONGNAN),
      "三档",
      "一档",
      "二档"
    );
    expectValueError(
      await excel.one("PREMIUM", "一档", "普通居民", serial(2025, 3, 1), null, "bj-2025"),
      "bj-2025",
      // The names a clerk knows; the ids are the CLI's (it adds them to its own message).
      getPolicy(TONGNAN).label,
      getPolicy(PENGSHUI).label
    );
  });

  it("says what is missing when a row is partly filled", async () => {
    expectValueError(
      await excel.one("PREMIUM", "一档", "", serial(2025, 3, 1), null, TONGNAN),
      "缺少人员类别"
    );
    const noBirth = await excel.one("WAITDAYS", serial(2025, 3, 10), "新生儿", null, null, TONGNAN);
    // The function names its own argument; the CLI's flag is the CLI's alone.
    expectValueError(noBirth, "出生日期", "第3个参数“事件日期”");
    expect((noBirth as { message: string }).message).not.toMatch(/--|命令行/);
    expectValueError(
      await excel.one("WAITDAYS", serial(2025, 3, 10), "普通居民", null, -1, TONGNAN),
      "断保年数"
    );
  });

  it("says how to choose a policy when neither the workbook nor the argument names one", async () => {
    const cell = await excel.one("PREMIUM", "一档", "普通居民", serial(2025, 3, 1));
    // The clerk's names, as 政策设置 lists them (the argument takes a name): no ids.
    expectValueError(cell, "没有选择政策", "任务窗格", "最后一个参数", "政策名称");
    for (const p of listPolicies()) expectValueError(cell, p.label);
    expect(englishWords((cell as { message: string }).message)).toEqual([]);
    expectValueError(await excel.one("CATEGORY", "低保"), "没有选择政策");
    // A name the task pane lists is refused with the names, not the ids.
    const unknown = await excel.one(
      "PREMIUM",
      "一档",
      "普通居民",
      serial(2025, 3, 1),
      null,
      "彭水"
    );
    expectValueError(unknown, "没有编号为“彭水”的政策", "重庆市彭水县大同镇2025年度");
    expect(englishWords((unknown as { message: string }).message)).toEqual([]);
  });

  it("passes on what a notice leaves open, and how to supply it", async () => {
    expectValueError(
      await excel.one("PREMIUM", "二档", "低保", serial(2025, 3, 1), null, TONGNAN),
      "未定",
      // In words: the key (subsidy.低保对象) is the settings store's and the CLI's, not the clerk's.
      "在“政策设置”中填写"
    );
  });

  it("refuses a payment in a year the region has no policy for, naming the years it has", async () => {
    expectValueError(
      await excel.one("PREMIUM", "一档", "普通居民", serial(2025, 3, 1), 2024, TONGNAN),
      "2024",
      "2023",
      "2025"
    );
  });
});

describe("ID numbers", () => {
  const asOf = dayFromParts(2025, 6, 30)!;

  it.each([
    GB_FEMALE,
    GB_MALE,
    "110105491231002",
    "11010519491231002x",
    " 1101 0519 4912 3100 2X ",
  ])("IDCHECK(%s) is TRUE", async (id) => {
    expect(await excel.one("IDCHECK", id)).toBe(true);
    expect(await excel.one("IDREASON", id)).toBe("有效");
  });

  it.each([
    ["a wrong check digit", "110105194912310021"],
    ["a wrong length", "1101051949123100"],
    ["an id stored as a number (digits lost)", 110105194912310020],
    ["an unknown region", "990105194912310029"],
  ])("IDCHECK is FALSE for %s, and IDREASON says why", async (_, id) => {
    expect(await excel.one("IDCHECK", id)).toBe(false);
    const reason = await excel.one("IDREASON", id);
    expect(reason).toBe(checkId(id).message);
    expect(reason).not.toBe("有效");
  });

  it("reads birth, gender and age from a valid id", async () => {
    expect(await excel.one("IDBIRTH", GB_FEMALE)).toBe(serial(1949, 12, 31));
    expect(await excel.one("IDGENDER", GB_FEMALE)).toBe("女");
    expect(await excel.one("IDGENDER", GB_MALE)).toBe("男");
    expect(await excel.one("IDAGE", GB_FEMALE, serial(2025, 6, 30))).toBe(75);
    expect(await excel.one("IDAGE", GB_FEMALE, serial(2025, 12, 31))).toBe(76);
    expect(await excel.one("IDAGE", GB_FEMALE, "2025年12月30日")).toBe(75);
    // Without a date IDAGE counts to today, as Excel's TODAY(): "today" is set, only the clock's date.
    const clockOnly = {
      doNotFake: [
        "nextTick",
        "setImmediate",
        "clearImmediate",
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "queueMicrotask",
        "hrtime",
        "performance",
      ] as const,
    };
    try {
      jest.useFakeTimers({
        ...clockOnly,
        doNotFake: [...clockOnly.doNotFake],
        now: new Date(2025, 11, 30, 12),
      });
      expect(await excel.one("IDAGE", GB_FEMALE)).toBe(75);
      jest.setSystemTime(new Date(2025, 11, 31, 12));
      expect(await excel.one("IDAGE", GB_FEMALE)).toBe(76);
    } finally {
      jest.useRealTimers();
    }
  });

  it("converts a 15-digit number to 18 digits and normalises an 18-digit one", async () => {
    expect(await excel.one("ID18", "110105491231002")).toBe(GB_FEMALE);
    expect(await excel.one("ID18", 110105491231002)).toBe(GB_FEMALE);
    expect(await excel.one("ID18", "11010519491231002x")).toBe(GB_FEMALE);
  });

  it("gives #VALUE! with the reason, never a date or a number, for an invalid id", async () => {
    const bad = "110105194912310021";
    const reason = checkId(bad, asOf).message;
    for (const id of ["IDBIRTH", "IDGENDER", "IDAGE", "ID18"])
      expectValueError(await excel.one(id, bad), reason);
    expectValueError(await excel.one("IDAGE", GB_FEMALE, serial(1940, 1, 1)));
  });

  it("checks a column of ids in one call", async () => {
    const ids = [[GB_FEMALE], ["110105194912310021"], [""], [GB_MALE]];
    expect(excel.call("IDCHECK", ids)).toEqual([[true], [false], [""], [true]]);
    expect(excel.call("IDGENDER", ids)).toMatchObject([
      ["女"],
      [{ code: "#VALUE!" }],
      [""],
      ["男"],
    ]);
  });
});

describe("CATEGORY, WORKFUND and GRADE", () => {
  it("gives the policy's own name for a short form", async () => {
    expect(await excel.one("CATEGORY", "低保", TONGNAN)).toBe("低保对象");
    expect(await excel.one("CATEGORY", " 特困 ", TONGNAN)).toBe("特困人员");
    expect(await excel.one("CATEGORY", "计生优抚（奖扶）对象", PENGSHUI)).toBe(
      "计生优抚（奖扶）人员"
    );
    expectValueError(await excel.one("CATEGORY", "农民工", TONGNAN), "本地区的类别有");
  });

  it("computes 彭水's work funds by completion rate", async () => {
    const model = getPolicy(PENGSHUI);
    for (const [target, paid] of [
      [100, 96],
      [100, 100],
      [100, 92],
      [100, 80],
      [250, 0],
    ]) {
      expect(await excel.one("WORKFUND", target, paid, PENGSHUI)).toBe(
        workFund(model, target, paid).total.toNumber()
      );
    }
    expect(await excel.one("WORKFUND", 100, 96, PENGSHUI)).toBe(144);
    expect(await excel.one("WORKFUND", 100, 100, PENGSHUI)).toBe(1150);
    expectValueError(await excel.one("WORKFUND", 0, 5, PENGSHUI), "目标任务数为0");
    expectValueError(await excel.one("WORKFUND", 100, 96, TONGNAN), "没有工作经费的规定");
  });

  it("grades A, B, C from the two indicators, rates as numbers or percentages", async () => {
    const model = getPolicy(PENGSHUI);
    expect(await excel.one("GRADE", 0.96, 1, 0.99, PENGSHUI)).toBe("A");
    expect(await excel.one("GRADE", "96%", "100%", "99%", PENGSHUI)).toBe("A");
    expect(await excel.one("GRADE", 0.96, 0.9, 0.99, PENGSHUI)).toBe(
      grade(model, 0.96, 0.9, 0.99).grade
    );
    expect(await excel.one("GRADE", 0.96, 0.9, 0.99, PENGSHUI)).toBe("B");
    expect(await excel.one("GRADE", 0.5, 0.5, 0.5, PENGSHUI)).toBe("C");
    expectValueError(await excel.one("GRADE", "很好", 1, 1, PENGSHUI), "总体完成率");
    expectValueError(await excel.one("GRADE", 1, 1, 1, TONGNAN), "没有A/B/C评档的规定");
  });
});

describe("the engine's dates are Excel's", () => {
  it("round-trips through serial numbers", () => {
    expect(toIso(iso("2025-02-01"))).toBe("2025-02-01");
    expect(serial(2025, 2, 1)).toBe(45689);
  });
});
