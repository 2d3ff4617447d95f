/**
 * Issue 23 §4 at the functions' front door: no full ID in an error, digits with a space are
 * no number, a zoned date-time is its day in Beijing, trailing zero counts are rows,
 * STANDARD and SUBSIDY ask for no unrelated open value, and a supplied amount is capped.
 */
import { POLICY_KEY, resetSettingsCache, SUPPLIED_KEY } from "../../src/office/settings";
import { installOfficeSettings, removeOfficeGlobals } from "../helpers/officeSettings";
import { Excel, expectValueError, loadFromSource } from "./excel";

const TONGNAN23 = "cq-tongnan-2023";
const TONGNAN = "cq-tongnan-2025";
const PENGSHUI = "cq-pengshui-2025";
const GB_FEMALE = "11010519491231002X";

let excel: Excel;

beforeAll(async () => {
  removeOfficeGlobals();
  resetSettingsCache();
  excel = await loadFromSource();
});

afterEach(() => {
  removeOfficeGlobals();
  resetSettingsCache();
});

function messageOf(cell: unknown): string {
  return (cell as { message?: string }).message ?? "";
}

describe("an error never shows a whole ID number", () => {
  it.each([
    ["CATEGORY", [GB_FEMALE, TONGNAN]],
    ["PREMIUM", ["一档", "500240198001010005", "2025-03-01", null, TONGNAN]],
    ["PREMIUM", ["一档", "普通居民", "500240198001010005", null, TONGNAN]],
    ["WORKFUND", ["500240198001010005", 3, PENGSHUI]],
  ])("=YB.%s(…) masks the ID it echoes", async (id, args) => {
    const cell = await excel.one(id, ...args);
    expectValueError(cell);
    expect(messageOf(cell)).not.toMatch(/\d{11}/);
  });
});

describe("digits with a space inside are refused, as 9,9 is", () => {
  it.each(["9 9", "9,9", "1 273"])("WORKFUND(1273, %p) is an error", async (paid) => {
    expectValueError(await excel.one("WORKFUND", 1273, paid, PENGSHUI), "已缴费人数");
  });
  it("a number with spaces around it is still read", async () => {
    expect(await excel.one("WORKFUND", " 1273 ", 1273, PENGSHUI)).toBe(
      await excel.one("WORKFUND", 1273, 1273, PENGSHUI)
    );
  });
});

describe("a date-time with a zone is read in China Standard Time", () => {
  it("2025-06-30T16:30:00Z is 1 July in Beijing: the late premium, 1070", async () => {
    expect(
      await excel.one("PREMIUM", "一档", "普通居民", "2025-06-30T16:30:00Z", null, TONGNAN)
    ).toBe(1070);
    expect(
      await excel.one("PREMIUM", "一档", "普通居民", "2025-06-30T15:30:00Z", null, TONGNAN)
    ).toBe(400);
  });
});

describe("trailing rows whose counts are 0 are rows", () => {
  it("WORKFUND(1273,{95;0}) answers two rows", async () => {
    const grid = (await excel.call("WORKFUND", [[1273]], [[95], [0]], [[PENGSHUI]])) as unknown[][];
    expect(grid).toHaveLength(2);
    expect(grid[1][0]).toBe(await excel.one("WORKFUND", 1273, 0, PENGSHUI));
  });
  it("rows whose every count is 0 or blank still end the spill", async () => {
    const grid = (await excel.call(
      "WORKFUND",
      [[1273], [0], [0]],
      [[95], [0], [0]],
      [[PENGSHUI]]
    )) as unknown[][];
    expect(grid).toHaveLength(1);
  });
});

describe("STANDARD and SUBSIDY need no value the notice leaves open for another part", () => {
  it("STANDARD of a 低保 payer whose subsidy is open: 350", async () => {
    expect(await excel.one("STANDARD", "一档", "低保对象", "2023-03-01", null, TONGNAN23)).toBe(
      350
    );
    expectValueError(await excel.one("PREMIUM", "一档", "低保对象", "2023-03-01", null, TONGNAN23));
  });
  it("STANDARD and SUBSIDY of a late payer whose fiscal subsidy is open: 350 and 0", async () => {
    expect(await excel.one("STANDARD", "一档", "普通居民", "2023-09-01", null, TONGNAN23)).toBe(
      350
    );
    expect(await excel.one("SUBSIDY", "一档", "普通居民", "2023-09-01", null, TONGNAN23)).toBe(0);
    expectValueError(
      await excel.one("SURCHARGE", "一档", "普通居民", "2023-09-01", null, TONGNAN23),
      "财政补助"
    );
  });
});

describe("a supplied amount from the workbook's settings is capped", () => {
  it.each([1e12, "1e3", "6 70", -5])(
    "fiscalSubsidy %p is refused, not added to the premium",
    async (v) => {
      installOfficeSettings({ [POLICY_KEY]: TONGNAN23, [SUPPLIED_KEY]: { fiscalSubsidy: v } });
      resetSettingsCache();
      const cell = await excel.one("PREMIUM", "一档", "普通居民", "2023-09-01");
      expectValueError(cell, "财政补助标准");
      expect(messageOf(cell)).toContain("10000");
    }
  );
  it("670 is used", async () => {
    installOfficeSettings({ [POLICY_KEY]: TONGNAN23, [SUPPLIED_KEY]: { fiscalSubsidy: 670 } });
    resetSettingsCache();
    expect(await excel.one("PREMIUM", "一档", "普通居民", "2023-09-01")).toBe(350 + 670);
  });
});
