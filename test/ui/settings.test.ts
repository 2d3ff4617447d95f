/**
 * 政策设置 without the DOM (src/ui/settings/form.ts) and saving through the panels' shared
 * context (createPanelContext in src/ui/app.ts): in Excel into the workbook's settings
 * (Office.context.document.settings on office-addin-mock), which recalculates the YB.*
 * functions and which the claim uses on its next run; on the standalone page into
 * localStorage. Invalid input is refused with a Chinese message and nothing is saved.
 */
import { getPolicy, listPolicies } from "../../src/core/policy/registry";
import type { PolicyModel } from "../../src/core/policy/model";
import { openValues } from "../../src/core/policy/openValues";
import { excelPolicyStore, OfficeHost } from "../../src/office/host";
import { POLICY_KEY, SUPPLIED_KEY } from "../../src/office/settings";
import { localPolicyStore } from "../../src/standalone/host";
import { createPanelContext, PanelContext } from "../../src/ui/app";
import { generateClaim } from "../../src/ui/claim/generate";
import { choicesOf, HEAD_ROWS } from "../../src/ui/claim/rosters";
import type { PanelHost } from "../../src/ui/host";
import {
  authorityOf,
  cleared,
  clearSettings,
  collect,
  parseSlot,
  policySummary,
  saveSettings,
  slotKeys,
  suppliedSummary,
} from "../../src/ui/settings/form";
import { SettingsPanel } from "../../src/ui/settings/panel";
import { seedText, squeeze } from "../core/helpers";
import { FakeElement, installFakeDocument } from "./fakeDom";
import { shuangqingLateRoster } from "../claim/fixtures";
import { Excel, expectValueError, loadFromSource, serial } from "../functions/excel";
import { installOfficeSettings, removeOfficeGlobals } from "../helpers/officeSettings";
import { MockExcel } from "../office/excelMock";

const SQ = getPolicy("hn-shuangqing-2025");
const SHIZHU = getPolicy("cq-shizhu-2025");
const slot = (key: string) => openValues(SQ).find((s) => s.key === key)!;

describe("the policy summary", () => {
  test("双清: region, year, the notice and its number, the tier, the open fiscal subsidy, the dates", () => {
    const s = policySummary(SQ);
    const item = (label: string) => s.items.find((i) => i.label === label)!;
    expect(s.title).toBe("湖南省邵阳市双清区2025年度");
    expect(item("地区").lines).toEqual(["湖南省邵阳市双清区"]);
    expect(item("年度").lines[0]).toMatch(/^2025年度/);
    expect(item("政策文件").lines).toEqual([
      expect.stringMatching(/^双政办发〔2024〕11号《邵阳市双清区人民政府办公室关于印发/),
      "国务院令第649号《社会救助暂行办法》（国务院，2014年2月21日）", // why 五保户 is 特困供养人员
    ]);
    expect(item("缴费档次（个人缴费）").lines).toEqual(["单档：400元/人"]);
    expect(item("缴费档次（个人缴费）").cite).toBe("双政办发〔2024〕11号 三（四）1");
    expect(item("财政补助标准").lines[0]).toContain("通知未定");
    expect(item("财政补助标准").lines[1]).toBe("2025年1月1日起在集中缴费期外缴费的，个人另缴财政补助");
    expect(item("集中缴费期").lines).toEqual(["2024年9月1日至2024年12月31日"]);
    expect(item("最后缴费日").lines[0]).toMatch(/^2025年12月31日/);
    expect(s.subsidies.find((r) => r.category === "其他困难群体")!.amount).toBe("通知未定");
    expect(s.subsidies.find((r) => r.category === "特困供养人员")!.amount).toBe("全额资助（400元）");
  });

  test("石柱: the fiscal subsidy as stated, two tiers with student rates, and only the notices it cites", () => {
    const s = policySummary(SHIZHU);
    const item = (label: string) => s.items.find((i) => i.label === label)!;
    expect(item("财政补助标准").lines[0]).toBe("670元/人（通知写“暂定”。）");
    expect(item("缴费档次（个人缴费）").lines).toEqual(["一档：400元/人（在渝高校大学生380元/人）", "二档：775元/人（在渝高校大学生755元/人）"]);
    // The documents its values cite, and no other region's township notice (issue 23);
    // 国办发〔2024〕38号, listed by the base but cited only where 潼南 uses it, is left out.
    expect(item("政策文件").lines.map((l) => l.replace(/《.*$/, ""))).toEqual(["潼医保发〔2024〕33号", "下路街道发〔2024〕78号", "国务院令第649号"]);
  });
});

describe("checking what the clerk typed", () => {
  test.each<[string, string, string | number | null]>([
    ["fiscalSubsidy", "670", 670],
    ["fiscalSubsidy", " 670.5 ", 670.5],
    ["fiscalSubsidy", "６７０元", 670],
    ["fiscalSubsidy", "0", 0],
    ["fiscalSubsidy", "", null],
    ["breakPenalty", "1", 1],
    ["breakPenalty", "2个月", 2],
  ])("%s “%s” → %p", (key, text, value) => {
    expect(parseSlot(slot(key), text)).toEqual({ ok: true, value });
  });

  test.each<[string, string, string]>([
    ["fiscalSubsidy", "-5", "金额不能小于0"],
    ["fiscalSubsidy", "六百七十", "请填写不小于0的金额（元），如 670"],
    ["fiscalSubsidy", "670.123", "金额最多两位小数（到分）"],
    ["breakPenalty", "1.5", "月数应为整数，如 1"],
    ["breakPenalty", "-1", "月数不能小于0"],
  ])("%s “%s” is refused: %s", (key, text, error) => {
    expect(parseSlot(slot(key), text)).toEqual({ ok: false, error });
  });

  test("a choice is one of the listed values", () => {
    const wait = openValues(getPolicy("cq-tongnan-2025")).find((s) => s.key === "exception.lowIncome")!;
    expect(parseSlot(wait, "fromPayment")).toEqual({ ok: true, value: "fromPayment" });
    expect(parseSlot(wait, "never")).toEqual({ ok: false, error: "请从列表中选择一项" });
  });

  test("collect replaces this policy's values and keeps the others; cleared removes them with their per-tier forms", () => {
    const current = { fiscalSubsidy: 600, "subsidy.其他困难群体.单档": 150, "exception.lowIncome": "standard" };
    const slots = openValues(SQ);
    expect(collect(slots, { fiscalSubsidy: "670", "subsidy.其他困难群体": "", breakPenalty: "x" }, current)).toEqual({
      values: { fiscalSubsidy: 670, "subsidy.其他困难群体.单档": 150, "exception.lowIncome": "standard" },
      errors: { breakPenalty: "请填写不小于0的整数（月数），如 1" },
    });
    expect(cleared(SQ, { ...current, "subsidy.其他困难群体": 200, breakPenalty: 1 })).toEqual({ "exception.lowIncome": "standard" });
  });
});

describe("saving in Excel: the workbook's settings (office-addin-mock)", () => {
  let functions: Excel;
  beforeAll(async () => {
    functions = await loadFromSource();
  });
  afterEach(() => removeOfficeGlobals());

  const cells = () => shuangqingLateRoster().rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : (v as string | number))));

  test("保存 writes the values into the workbook, recalculates, and the claim's next run uses them", async () => {
    const wb = installOfficeSettings({ [POLICY_KEY]: SQ.id });
    const excel = new MockExcel([{ name: "花名册", cells: cells() }]);
    const host = new OfficeHost(excel.run, excelPolicyStore);
    const ctx = createPanelContext(host);
    const changes: Record<string, string | number>[] = [];
    ctx.onSuppliedChange((v) => changes.push(v));
    await ctx.ready;
    expect(ctx.policy()?.id).toBe(SQ.id);
    expect(ctx.supplied()).toEqual({});

    const claim = async () => {
      const choices = choicesOf(await host.listSheets(HEAD_ROWS), true);
      return (await generateClaim(host, choices, { policy: SQ, date: SQ.collectionEnd, supplied: ctx.supplied(), publicNotice: false })).result;
    };
    const before = await claim();
    expect(before.rejected.filter((r) => r.supplyKey === "fiscalSubsidy").map((r) => r.row)).toEqual([2, 4, 7]);
    const paid = serial(2025, 3, 1);
    expectValueError(await functions.one("PREMIUM", "单档", "普通居民", paid), "财政补助标准未定", "政策设置");

    // A refused value: a message for that field, nothing saved.
    const refused = await saveSettings(ctx, { fiscalSubsidy: "-670", "subsidy.其他困难群体": "200" });
    expect(refused).toEqual({ saved: false, errors: { fiscalSubsidy: "金额不能小于0" } });
    expect(wb.saves).toEqual([]);
    expect(wb.store.has(SUPPLIED_KEY)).toBe(false);
    expect(ctx.supplied()).toEqual({});

    const saved = await saveSettings(ctx, { fiscalSubsidy: "670", "subsidy.其他困难群体": "200", breakPenalty: "" });
    expect(saved).toEqual({ saved: true, values: { fiscalSubsidy: 670, "subsidy.其他困难群体": 200 } });
    expect(wb.store.get(SUPPLIED_KEY)).toEqual({ fiscalSubsidy: 670, "subsidy.其他困难群体": 200 });
    expect(wb.store.get(POLICY_KEY)).toBe(SQ.id);
    expect(wb.saves).toHaveLength(1);
    expect(wb.recalculations).toEqual(["Full"]);
    expect(ctx.supplied()).toEqual({ fiscalSubsidy: 670, "subsidy.其他困难群体": 200 });
    expect(changes).toEqual([{ fiscalSubsidy: 670, "subsidy.其他困难群体": 200 }]);
    // The YB functions read the workbook's values: 400 + 670 for a late payer.
    expect(await functions.one("PREMIUM", "单档", "普通居民", paid)).toBe(1070);

    // The claim's next run: nothing rejected for an open value, the late payers pay 670 more.
    const after = await claim();
    expect(after.rejected.map((r) => r.code)).toEqual(["NOT_SUBSIDISED"]);
    expect(after.totals.fiscalSurcharge).toBe(3 * 670);
    expect(after.people.find((p) => p.name === "刘丁")!.subsidy).toBe(200);

    // 清除: this policy's values go, the workbook is saved and recalculated again.
    await clearSettings(ctx);
    expect(wb.store.has(SUPPLIED_KEY)).toBe(false);
    expect(wb.recalculations).toEqual(["Full", "Full"]);
    expect(ctx.supplied()).toEqual({});
    expectValueError(await functions.one("PREMIUM", "单档", "普通居民", paid), "财政补助标准未定");
  });

  test("values changed by a co-author reach the panels", async () => {
    const wb = installOfficeSettings({ [POLICY_KEY]: SQ.id, [SUPPLIED_KEY]: { fiscalSubsidy: 600 } });
    const ctx = createPanelContext(new OfficeHost(new MockExcel([{ name: "S", cells: [] }]).run, excelPolicyStore));
    await ctx.ready;
    expect(ctx.supplied()).toEqual({ fiscalSubsidy: 600 });
    const seen: unknown[] = [];
    ctx.onSuppliedChange((v) => seen.push(v));
    wb.coauthor(SUPPLIED_KEY, { fiscalSubsidy: 670 });
    expect(ctx.supplied()).toEqual({ fiscalSubsidy: 670 });
    expect(seen).toEqual([{ fiscalSubsidy: 670 }]);
  });
});

describe("saving on the standalone page: this browser's localStorage", () => {
  const g = globalThis as Record<string, unknown>;
  let items: Map<string, string>;
  beforeEach(() => {
    items = new Map([["yibao.policy", SQ.id]]);
    g.window = {
      localStorage: {
        getItem: (k: string) => items.get(k) ?? null,
        setItem: (k: string, v: string) => void items.set(k, v),
        removeItem: (k: string) => void items.delete(k),
      },
    };
  });
  afterEach(() => delete g.window);

  test("保存 and 清除", async () => {
    const host = { kind: "standalone", policyStore: localPolicyStore } as unknown as PanelHost;
    const ctx = createPanelContext(host);
    await ctx.ready;
    expect(ctx.policy()?.id).toBe(SQ.id);
    await saveSettings(ctx, { fiscalSubsidy: "670" });
    expect(JSON.parse(items.get("yibao.supplied")!)).toEqual({ fiscalSubsidy: 670 });
    // Another page load reads them back.
    const again = createPanelContext(host);
    await again.ready;
    expect(again.supplied()).toEqual({ fiscalSubsidy: 670 });
    await clearSettings(again);
    expect(items.has("yibao.supplied")).toBe(false);
  });
});

describe("what the 政策设置 panel shows a clerk", () => {
  let restore: () => void;
  beforeAll(() => {
    restore = installFakeDocument();
  });
  afterAll(() => restore());

  /** The panel rendered for a policy on the standalone page, with some values saved. */
  function render(model: PolicyModel, supplied: Record<string, string | number> = {}): FakeElement {
    const listeners: Array<() => void> = [];
    const ctx = {
      host: { kind: "standalone" },
      policy: () => model,
      supplied: () => supplied,
      onPolicyChange: (f: () => void) => listeners.push(f),
      onSuppliedChange: (f: () => void) => listeners.push(f),
      onTableChange: (f: () => void) => listeners.push(f),
      userTable: () => null,
      status: () => undefined,
    } as unknown as PanelContext;
    const container = new FakeElement("div");
    new SettingsPanel().mount(container as unknown as HTMLElement, ctx);
    return container;
  }

  /** Every value a notice leaves open, supplied, so the panel shows its 当前已保存 line in full. */
  const allSupplied = (model: PolicyModel) =>
    Object.fromEntries(openValues(model).flatMap((s) => slotKeys(s).map((k) => [k, s.input === "choice" ? s.choices![0].value : 1] as const)));

  test.each(listPolicies().map((p) => [p.id, p] as const))("%s: no key, code, flag or policy id in what the panel shows", (_id, model) => {
    const strings = render(model, allSupplied(model)).visibleStrings();
    expect(strings.length).toBeGreaterThan(10);
    for (const s of strings) {
      // Latin letters only in the two measure words the notices use themselves (none here); keys are dotted ASCII.
      expect(s).not.toMatch(/[A-Za-z]{2,}|--|=/);
    }
    const text = strings.join("\n");
    expect(text).not.toContain(model.id);
    expect(text).toContain(model.label);
  });

  test("潼南's subsidies may differ by tier: each tier has its own box, saved under its own key", async () => {
    const tongnan = getPolicy("cq-tongnan-2025");
    const root = render(tongnan, { "subsidy.特困人员.二档": 500 });
    const keys = root.all().filter((e) => e.tagName === "input").map((e) => e.dataset.key);
    expect(keys).toEqual(expect.arrayContaining(["subsidy.特困人员", "subsidy.特困人员.一档", "subsidy.特困人员.二档"]));
    const second = root.all().find((e) => e.tagName === "input" && e.dataset.key === "subsidy.特困人员.二档")!;
    expect(second.value).toBe("500");
    const slots = openValues(tongnan);
    expect(collect(slots, { "subsidy.特困人员": "400", "subsidy.特困人员.二档": "450", "subsidy.特困人员.一档": "" }, {}).values).toEqual({
      "subsidy.特困人员": 400,
      "subsidy.特困人员.二档": 450,
    });
    expect(collect(slots, { "subsidy.特困人员.二档": "-1" }, {}).errors).toEqual({ "subsidy.特困人员.二档": "金额不能小于0" });
    expect(suppliedSummary({ "subsidy.特困人员": 400, "subsidy.特困人员.二档": 450 }, slots)).toBe("“特困人员”资助标准 400元；“特困人员”资助标准 二档 450元");
  });

  test.each(listPolicies().map((p) => [p.id, p] as const))("%s: every text labelled 通知原文 is verbatim in its notice", (_id, model) => {
    const root = render(model);
    const quotes = root.all().filter((e) => e.className === "yb-quote");
    expect(quotes.length).toBeGreaterThanOrEqual(openValues(model).length > 0 ? 1 : 0);
    for (const q of quotes) {
      const [label, words, where] = q.childNodes.map((c) => c.textContent);
      expect(label).toBe("通知原文：");
      const doc = model.policy.documents[where.replace(/^（(\S+) .*）$/, "$1")];
      expect(doc?.file).toBeDefined();
      expect(squeeze(seedText(doc.file!))).toContain(squeeze(words.replace(/^“|”$/g, "")));
    }
    // The summary's 通知写作 words too.
    for (const s of root.visibleStrings().filter((t) => t.includes("通知写作"))) {
      const words = /通知写作“([^”]+)”/.exec(s)![1].split("至");
      const file = model.policy.documents[model.policy.collection.start.cite[0].doc].file!;
      for (const w of words) expect(squeeze(seedText(file))).toContain(w);
    }
  });

  test.each<[string, string]>([
    ["cq-tongnan-2025", "请向潼南区医保局确认"],
    ["cq-tongnan-2023", "请向潼南区医保局确认"],
    ["hn-shuangqing-2025", "请向双清区医保局确认"],
  ])("%s names its own issuing level: %s", (id, text) => {
    expect(render(getPolicy(id)).textContent).toContain(text);
  });

  test("every policy names the office to ask, from its data, at the level that issued the rules", () => {
    for (const p of listPolicies()) {
      expect(authorityOf(p)).toBe(p.policy.region.authority);
      expect(authorityOf(p)).toMatch(p.policy.region.county.endsWith("区") ? /区医保局$/ : /县医保局$/);
    }
  });
});
