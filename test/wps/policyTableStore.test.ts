/**
 * The clerk's 政策表 in the WPS add-in is kept inside the workbook, in custom document
 * properties of at most 255 characters each, so the pane uses it again when it reopens and
 * the YB.* functions, which may run in a JavaScript context of their own, compute by it.
 * A set of properties that does not add up is not used. Fails on a store that keeps no table.
 */
/// <reference types="et-jsapi-declare" />
import { keptSheets, type StoredPolicyTable } from "../../src/core/policy/policyTable/stored";
import { useUserPolicy } from "../../src/core/policy/registry";
import { policyFromTable } from "../../src/core/policy/userPolicy";
import { PART_CHARS, splitText } from "../../src/wps/host/propertyText";
import { workbookPolicyStore, workbookSettings } from "../../src/wps/host/workbookSettings";
import { clerkTable, EDITED, SHIPPED } from "./clerkTable";
import { EtBook } from "./etWorkbook";
import type { EtDocumentProperty } from "./etProperties";

type Functions = typeof import("../../src/wps/addin/functions");
type Settings = typeof import("../../src/wps/host/workbookSettings");
type Table = typeof import("../../src/functions/table");
type App = typeof import("../../src/ui/app");
type Host = typeof import("../../src/wps/host/host");
type Fn = (...args: unknown[]) => unknown[][];

const app = (b: EtBook) => b.application as unknown as Et.Application;
const wb = (b: EtBook) => b.workbook as unknown as Et.Workbook;
/** Excel's serial number of a day, computed here apart from the code under test. */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 864e5 + 25569;
const PAID = serial(2026, 11, 15);
const PAID_2025 = serial(2024, 11, 15);

const TABLE = "yibao.policyTable";
const properties = (b: EtBook): EtDocumentProperty[] => [
  ...b.workbook.CustomDocumentProperties._items,
];
const tableProperties = (b: EtBook) => properties(b).filter((p) => p.Name.startsWith(`${TABLE}.`));

let stored: StoredPolicyTable;
beforeAll(() => {
  stored = { source: "sheet", name: "政策表", sheets: keptSheets(clerkTable().sheets) };
});
afterEach(() => useUserPolicy(null));

/** Fresh copies of the add-in's modules: the functions' own context, nothing shared with the pane. */
function isolated(): { functions: Functions; settings: Settings; table: Table } {
  let out!: { functions: Functions; settings: Settings; table: Table };
  jest.isolateModules(() => {
    out = {
      functions: require("../../src/wps/addin/functions") as Functions,
      settings: require("../../src/wps/host/workbookSettings") as Settings,
      table: require("../../src/functions/table") as Table,
    };
  });
  return out;
}

/** PREMIUM as the add-in's main page registers it, in a context of its own. */
function premiumIn(book: EtBook): Fn {
  const { functions, settings, table } = isolated();
  let premium: Fn | undefined;
  functions.registerWpsFunctions(
    { AddCustomFunction: (_ns, name, fn) => name === "PREMIUM" && (premium = fn) },
    table.FUNCTIONS,
    () => settings.workbookSettings(wb(book))
  );
  return premium!;
}

it("a 政策表 saved through the pane's store is there for a store opened afresh", async () => {
  const book = EtBook.from({ 名单: [["姓名"]] });
  const store = workbookPolicyStore(app(book));
  expect(await store.loadPolicyTable!()).toBeNull();
  await store.savePolicyTable!(stored);
  expect(book.application._fullCalculations).toBe(1);

  const again = isolated().settings.workbookPolicyStore(app(book));
  const loaded = await again.loadPolicyTable!();
  expect(loaded).toEqual(stored);
  const model = policyFromTable(loaded!.sheets);
  expect([model.id, model.year, model.userTable]).toEqual([EDITED, 2027, true]);
});

/** The task pane opened on the workbook: its shared context over the WPS host, in fresh modules. */
async function paneOn(book: EtBook) {
  let ui!: App;
  let host!: Host;
  let settings!: Settings;
  jest.isolateModules(() => {
    ui = require("../../src/ui/app") as App;
    host = require("../../src/wps/host/host") as Host;
    settings = require("../../src/wps/host/workbookSettings") as Settings;
  });
  const ctx = ui.createPanelContext(
    new host.WpsHost(app(book), settings.workbookPolicyStore(app(book)))
  );
  await ctx.ready;
  return ctx;
}

it("the 政策表 used in the WPS pane is still in use when the pane opens again", async () => {
  const book = EtBook.from({ 名单: [["姓名"]] });
  const pane = await paneOn(book);
  expect((await pane.useTable(stored))?.id).toBe(EDITED);

  const reopened = await paneOn(book);
  expect(reopened.userTable()?.name).toBe("政策表");
  expect(reopened.policy()?.id).toBe(EDITED);
  expect(premiumIn(book)("一档", "普通居民", PAID)).toEqual([[420]]);

  // 改回收录的政策: the table's properties go, the region's shipped year is chosen.
  await reopened.useTable(null);
  expect(properties(book).map((p) => [p.Name, p.Value])).toEqual([["yibao.policy", SHIPPED]]);
  expect((await paneOn(book)).userTable()).toBeNull();
  expect(premiumIn(book)("一档", "普通居民", PAID_2025)).toEqual([[400]]);
});

it("the WPS functions compute next year's premium from it; removed, the shipped answers", async () => {
  const book = EtBook.from({ 名单: [["姓名"]] });
  const store = workbookPolicyStore(app(book));
  const premium = premiumIn(book);
  await store.savePolicyId(EDITED);
  expect(() => premium("一档", "普通居民", PAID)).toThrow(/没有编号为“cq-pengshui-2027”的政策/);

  await store.savePolicyTable!(stored);
  expect(premium("一档", "普通居民", PAID)).toEqual([[420]]);
  expect(premium("二档", "普通居民", PAID)).toEqual([[800]]);
  // A payment for 2025 is still the shipped year's.
  expect(premium("一档", "普通居民", PAID_2025)).toEqual([[400]]);

  await store.savePolicyTable!(null);
  expect(properties(book).map((p) => p.Name)).toEqual(["yibao.policy"]);
  expect(() => premium("一档", "普通居民", PAID)).toThrow(/没有编号为/);
  await store.savePolicyId(SHIPPED);
  expect(premium("一档", "普通居民", PAID_2025)).toEqual([[400]]);
});

it("the table spans many properties, none over 255 characters, the length last", async () => {
  const book = EtBook.from({ 名单: [["姓名"]] });
  await workbookPolicyStore(app(book)).savePolicyTable!(stored);
  const text = JSON.stringify(stored);
  const all = tableProperties(book);
  const parts = all.slice(0, -1);
  expect(parts.length).toBeGreaterThan(100);
  expect(parts.every((p) => typeof p.Value === "string" && p.Value.length <= 255)).toBe(true);
  expect(parts.map((p) => p.Name).slice(0, 3)).toEqual([
    `${TABLE}.0001`,
    `${TABLE}.0002`,
    `${TABLE}.0003`,
  ]);
  expect(all.at(-1)).toMatchObject({ Name: `${TABLE}.length`, Value: text.length });
  expect(parts.map((p) => p.Value).join("")).toBe(text);
});

describe("a set that does not add up is not used", () => {
  const cases: [string, (parts: EtDocumentProperty[]) => void][] = [
    ["its last part gone", (parts) => parts.at(-2)!.Delete()],
    ["a part in the middle gone", (parts) => parts[5].Delete()],
    ["its length gone (a save cut short)", (parts) => parts.at(-1)!.Delete()],
    ["a part edited by hand", (parts) => (parts[3].Value = "（改过）")],
  ];
  it.each(cases)("%s", async (_what, spoil) => {
    const book = EtBook.from({ 名单: [["姓名"]] });
    const store = workbookPolicyStore(app(book));
    await store.savePolicyId(EDITED);
    await store.savePolicyTable!(stored);
    const premium = premiumIn(book);
    expect(premium("一档", "普通居民", PAID)).toEqual([[420]]);
    spoil(tableProperties(book));
    expect(workbookSettings(wb(book)).policyTable).toBeNull();
    expect(await store.loadPolicyTable!()).toBeNull();
    expect(() => premium("一档", "普通居民", PAID)).toThrow(/没有编号为/);
    // Saving again replaces whatever was left.
    await store.savePolicyTable!(stored);
    expect(premium("一档", "普通居民", PAID)).toEqual([[420]]);
  });
});

it("unchanged properties give the same table object, so a function call does not parse it again", async () => {
  const book = EtBook.from({ 名单: [["姓名"]] });
  const store = workbookPolicyStore(app(book));
  await store.savePolicyTable!(stored);
  const first = workbookSettings(wb(book)).policyTable;
  expect(workbookSettings(wb(book)).policyTable).toBe(first);
  await store.savePolicyTable!({ ...stored, name: "政策表（二）" });
  const second = workbookSettings(wb(book)).policyTable;
  expect(second).not.toBe(first);
  expect(second?.name).toBe("政策表（二）");
});

it("characters outside the basic plane are never cut in two between properties", async () => {
  const rare = "𠮷".repeat(300);
  const parts = splitText(`a${rare}`);
  expect(parts.join("")).toBe(`a${rare}`);
  for (const p of parts) {
    expect(p.length).toBeLessThanOrEqual(PART_CHARS);
    expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  }
  const book = EtBook.from({ 名单: [["姓名"]] });
  const store = workbookPolicyStore(app(book));
  const named = { ...stored, name: `${rare}.xlsx` };
  await store.savePolicyTable!(named);
  expect(await store.loadPolicyTable!()).toEqual(named);
});

it("no workbook open: no table", () => {
  expect(workbookSettings(null).policyTable).toBeNull();
});
