/**
 * The workbook's policy and supplied values (Office document settings, mocked with
 * office-addin-mock) as the functions see them: the optional argument wins over the
 * workbook's choice; with neither, an error says how to choose; the task pane's setters
 * save to the workbook, refresh what the functions read, and ask Excel to recalculate.
 */
// office-addin-mock imports office-addin-manifest only for its host names; the real module
// pulls in ESM-only packages that Jest would have to transform.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import { iso } from "../../src/core/dates";
import { premium } from "../../src/core/rules/premium";
import {
  getSettings,
  onSettingsChanged,
  POLICY_KEY,
  resetSettingsCache,
  setPolicyId,
  setSupplied,
  SUPPLIED_KEY,
} from "../../src/office/settings";
import { installOfficeSettings, removeOfficeGlobals } from "../helpers/officeSettings";
import { Excel, expectValueError, loadFromSource, serial } from "./excel";

const PENGSHUI = "cq-pengshui-2025";
const TONGNAN = "cq-tongnan-2025";
const g = globalThis as Record<string, unknown>;

const openWorkbook = installOfficeSettings;

let excel: Excel;

beforeAll(async () => {
  excel = await loadFromSource();
});

afterEach(removeOfficeGlobals);

const LATE = serial(2025, 7, 15);

describe("which policy a function uses", () => {
  it("uses the workbook's policy when the argument is left out", async () => {
    openWorkbook({ [POLICY_KEY]: TONGNAN });
    expect(await excel.one("PREMIUM", "一档", "普通居民", LATE)).toBe(1070);
    expect(await excel.one("BENEFITSTART", serial(2025, 1, 10), "普通居民")).toBe(
      serial(2025, 2, 1)
    );
    expect(await excel.one("CATEGORY", "低保")).toBe("低保对象");
  });

  it("lets the optional argument override the workbook's policy", async () => {
    openWorkbook({ [POLICY_KEY]: TONGNAN });
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
    expectValueError(
      await excel.one("PREMIUM", "二档", "计生优抚（奖扶）对象", serial(2024, 11, 15)),
      "重庆市潼南区",
      "本地区的类别有"
    );
  });

  it("says how to choose one when the workbook has none and the argument is left out", async () => {
    openWorkbook();
    expectValueError(
      await excel.one("PREMIUM", "一档", "普通居民", LATE),
      "没有选择政策",
      "任务窗格",
      "政策设置",
      "重庆市潼南区2025年度"
    );
  });

  it("refuses a workbook setting that names no known policy, listing the known ones", async () => {
    openWorkbook({ [POLICY_KEY]: "beijing-2025" });
    expectValueError(
      await excel.one("PREMIUM", "一档", "普通居民", LATE),
      "beijing-2025",
      "重庆市潼南区2025年度",
      "重庆市彭水县大同镇2025年度"
    );
  });
});

describe("the task pane's setters", () => {
  it("save the policy in the workbook, change what the functions answer, and recalculate", async () => {
    const wb = openWorkbook();
    const seen: (string | null)[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.policy));
    await setPolicyId(" CQ-Tongnan-2025 ");
    stop();
    expect(wb.store.get(POLICY_KEY)).toBe(TONGNAN);
    expect(wb.saves).toEqual([{ [POLICY_KEY]: TONGNAN }]);
    expect(wb.recalculations).toEqual(["Full"]);
    expect(seen).toEqual([TONGNAN]);
    expect(await excel.one("PREMIUM", "一档", "普通居民", LATE)).toBe(1070);

    await setPolicyId(PENGSHUI);
    expect(await excel.one("CATEGORY", "低保")).toBe("城乡最低生活保障人员");

    await setPolicyId(null);
    expect(wb.store.has(POLICY_KEY)).toBe(false);
    expectValueError(await excel.one("CATEGORY", "低保"), "没有选择政策");
  });

  it("refuse an unknown policy id with the core's message and leave the workbook alone", async () => {
    const wb = openWorkbook({ [POLICY_KEY]: TONGNAN });
    await expect(setPolicyId("nope-2025")).rejects.toThrow("没有编号为“nope-2025”的政策");
    expect(wb.store.get(POLICY_KEY)).toBe(TONGNAN);
    expect(wb.saves).toHaveLength(0);
  });

  it("save supplied values, which the functions then use for what a notice leaves open", async () => {
    const wb = openWorkbook({ [POLICY_KEY]: TONGNAN });
    const paid = serial(2025, 3, 1);
    expectValueError(await excel.one("PREMIUM", "二档", "低保", paid), "“低保对象”二档资助标准未定");

    await setSupplied({ "subsidy.低保对象": 300, "exception.newbornWithin90": "fromEvent" });
    expect(wb.store.get(SUPPLIED_KEY)).toEqual({
      "subsidy.低保对象": 300,
      "exception.newbornWithin90": "fromEvent",
    });
    expect(wb.store.get(POLICY_KEY)).toBe(TONGNAN);
    const core = premium({
      policy: TONGNAN,
      tier: "二档",
      category: "低保",
      paid: iso("2025-03-01"),
      supplied: { "subsidy.低保对象": 300 },
    });
    expect(await excel.one("PREMIUM", "二档", "低保", paid)).toBe(core.personal.toNumber());
    expect(core.personal.toNumber()).toBe(475);
    expect(await excel.one("SUBSIDY", "二档", "低保", paid)).toBe(300);
    // A newborn paid for within 90 days of birth: benefits from birth, no wait.
    expect(await excel.one("WAITDAYS", serial(2025, 3, 10), "新生儿", serial(2025, 2, 1))).toBe(0);
    expect(await excel.one("BENEFITSTART", serial(2025, 3, 10), "新生儿", serial(2025, 2, 1))).toBe(
      serial(2025, 2, 1)
    );

    await setSupplied({});
    expect(wb.store.has(SUPPLIED_KEY)).toBe(false);
    expectValueError(await excel.one("PREMIUM", "二档", "低保", paid), "“低保对象”二档资助标准未定");
  });
});

describe("reading the workbook", () => {
  it("reads supplied values saved as a JSON string, and ignores what is not a value", async () => {
    openWorkbook({
      [POLICY_KEY]: TONGNAN,
      [SUPPLIED_KEY]: JSON.stringify({ "subsidy.低保对象": "300", bad: { x: 1 } }),
    });
    expect(getSettings().supplied).toEqual({ "subsidy.低保对象": "300" });
    expect(await excel.one("PREMIUM", "二档", "低保", serial(2025, 3, 1))).toBe(475);
  });

  it("follows another user's change (settingsChanged) and recalculates", async () => {
    const wb = openWorkbook({ [POLICY_KEY]: TONGNAN });
    expect(await excel.one("CATEGORY", "低保")).toBe("低保对象");
    wb.coauthor(POLICY_KEY, PENGSHUI);
    expect(await excel.one("CATEGORY", "低保")).toBe("城乡最低生活保障人员");
    await new Promise((r) => setImmediate(r));
    expect(wb.recalculations).toEqual(["Full"]);
  });

  it("waits for Office when Excel calls a function before Office.onReady", async () => {
    let ready: () => void = () => undefined;
    const onReady = new Promise<void>((resolve) => (ready = resolve));
    const office: Record<string, unknown> = {
      onReady: () => onReady,
      EventType: { SettingsChanged: "settingsChanged" },
    };
    g.Office = office;
    resetSettingsCache();
    const pending = excel.call("PREMIUM", "一档", "普通居民", LATE);
    expect(pending).toBeInstanceOf(Promise);
    const store = new Map<string, unknown>([[POLICY_KEY, TONGNAN]]);
    office.context = {
      document: {
        settings: { get: (k: string) => store.get(k) ?? null, addHandlerAsync: () => undefined },
      },
    };
    ready();
    expect(await pending).toEqual([[1070]]);
  });

  it("answers at once, with no policy, outside Office", async () => {
    expect(excel.call("PREMIUM", "一档", "普通居民", LATE, null, TONGNAN)).toEqual([[1070]]);
    expectValueError(await excel.one("PREMIUM", "一档", "普通居民", LATE), "没有选择政策");
    await expect(setPolicyId(TONGNAN)).rejects.toThrow("不在 Excel 中");
  });
});
