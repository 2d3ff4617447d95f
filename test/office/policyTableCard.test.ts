/**
 * 政策设置's 政策表 card in Excel: the real card, mounted by the real 政策设置 panel in the
 * panels' shared context, over the real Office host on the mocked workbook (excelMock.ts) and
 * the mocked document settings (office-addin-mock). The clerk writes the shipped 彭水 2025
 * table into the workbook, edits it to her 2027 notice (test/policyTable/clerk.ts) and uses it;
 * a planted mistake is listed by cell and nothing of it is used; 改回收录的政策 goes back; a
 * pane opened again on the saved document finds the table kept.
 */
import { getPolicy, useUserPolicy } from "../../src/core/policy/registry";
import { keptSheets, type StoredPolicyTable } from "../../src/core/policy/policyTable/stored";
import type { SheetData } from "../../src/core/sheet/address";
import { excelPolicyStore, OfficeHost } from "../../src/office/host";
import { POLICY_KEY, POLICY_TABLE_KEY } from "../../src/office/settings";
import { createPanelContext, type AppContext, type StatusKind } from "../../src/ui/app";
import { SettingsPanel } from "../../src/ui/settings/panel";
import {
  installOfficeSettings,
  removeOfficeGlobals,
  type MockWorkbookSettings,
} from "../helpers/officeSettings";
import { clerkEdit, NEW_YEAR, wrongSubsidy, type ClerkTable } from "../policyTable/clerk";
import { FakeElement, installFakeDocument } from "../ui/fakeDom";
import { EDITED, exportedTable, SHIPPED } from "../wps/clerkTable";
import { MockExcel, type MockSheet } from "./excelMock";

const TABLE_SHEETS = ["政策表", "文件", "通知原文"];
/** The clerk's own sheet, there before the add-in writes anything. */
const ROSTER = [
  ["序号", "姓名", "人员类别", "缴费档次"],
  [1, "居民1", "普通居民", "一档"],
  [2, "居民2", "城乡最低生活保障人员", "一档"],
];

let restoreDocument: () => void;
beforeAll(() => {
  restoreDocument = installFakeDocument();
});
afterAll(() => restoreDocument());
afterEach(() => {
  removeOfficeGlobals();
  useUserPolicy(null);
});

interface Pane {
  excel: MockExcel;
  wb: MockWorkbookSettings;
  ctx: AppContext;
  root: FakeElement;
  log: [string, StatusKind | undefined][];
  byId(id: string): FakeElement | undefined;
  click(id: string): Promise<[string, StatusKind | undefined]>;
}

/** Waits for work started by an event (the fake DOM's listeners return nothing to await). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(done()).toBe(true);
}

/** The pane opened on a workbook: settings as saved in the document, the 政策设置 panel mounted. */
async function openPane(
  excel: MockExcel,
  saved: Record<string, unknown> = { [POLICY_KEY]: SHIPPED }
): Promise<Pane> {
  const wb = installOfficeSettings(saved);
  const log: [string, StatusKind | undefined][] = [];
  // Batches of the host under way: the panel's own read of the sheet on opening is awaited by none.
  let started = 0;
  let running = 0;
  const run: typeof excel.run = async (batch) => {
    started++;
    running++;
    try {
      return await excel.run(batch);
    } finally {
      running--;
    }
  };
  const ctx = createPanelContext(new OfficeHost(run, excelPolicyStore), {
    status: (m, k) => log.push([m, k]),
  });
  const root = new FakeElement("div");
  new SettingsPanel().mount(root as unknown as HTMLElement, ctx);
  await ctx.ready;
  const byId = (id: string) => root.all().find((e) => e.id === id);
  // The panel reads the workbook's 政策表 sheet again once the settings are loaded, when the
  // table kept came from it: a read it starts has begun by the next macrotask.
  await new Promise((r) => setTimeout(r, 0));
  const kept = (saved[POLICY_TABLE_KEY] as StoredPolicyTable | undefined)?.source === "sheet";
  expect(started > 0).toBe(kept);
  await until(() => running === 0 && log.at(-1)?.[1] !== "busy");
  const click = async (id: string) => {
    const from = log.length;
    const b = byId(id);
    expect([id, b?.tagName]).toEqual([id, "button"]);
    for (const fn of b!.listeners.get("click") ?? []) fn();
    await until(() => log.slice(from).some(([, k]) => k !== "busy"));
    // The card's buttons, disabled while it works, are enabled again.
    const card = byId("yb-policy-table")!;
    await until(() => card.querySelectorAll("button").every((e) => !e.disabled));
    return log.at(-1)!;
  };
  return { excel, wb, ctx, root, log, byId, click };
}

const workbook = () => new MockExcel([{ name: "名单", cells: ROSTER.map((r) => [...r]) }], "名单");

/** The table sheets as they stand in the mocked workbook, read as the host reads them. */
async function sheetsIn(excel: MockExcel): Promise<SheetData[]> {
  return new OfficeHost(excel.run, excelPolicyStore).readSheets(TABLE_SHEETS);
}

/** The clerk's edited sheets typed over the written ones (what she saves in Excel). */
function typeInto(excel: MockExcel, table: ClerkTable): void {
  for (const s of table.sheets) {
    const sheet: MockSheet = excel.sheet(s.name);
    sheet.cells = s.rows.map((r) =>
      Array.from(r, (v) =>
        v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : v
      )
    );
  }
}

/** Writes the shipped table, then types the clerk's edit of what was written over it. */
async function clerkWorkbook(pane: Pane) {
  expect(await pane.click("yb-table-write")).toEqual([expect.any(String), "success"]);
  const written = await sheetsIn(pane.excel);
  const table = clerkEdit(written);
  typeInto(pane.excel, table);
  return { table, written };
}

/** The sheets' cells as kept, each row without its empty cells at the end (the used range pads them). */
const filled = (sheets: SheetData[]) =>
  keptSheets(sheets).map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => {
      let end = r.length;
      while (end > 0 && r[end - 1] === null) end--;
      return r.slice(0, end);
    }),
  }));

const inUseLine = (pane: Pane) => pane.byId("yb-table-in-use")!;

test("写入政策表工作表 writes the 政策表, 文件 and 通知原文 sheets of the chosen policy; the clerk's sheet is untouched", async () => {
  const pane = await openPane(workbook());
  expect(pane.ctx.policy()?.id).toBe(SHIPPED);
  expect(inUseLine(pane).dataset.source).toBe("shipped");

  const [message, kind] = await pane.click("yb-table-write");
  expect(kind).toBe("success");
  expect(message).toBe(
    `已写入“政策表”“文件”“通知原文”三张工作表（${getPolicy(SHIPPED).label}）。照新通知修改后点“使用本工作簿的政策表”。`
  );
  expect(pane.excel.sheets.map((s) => [s.name, s.created])).toEqual([
    ["名单", false],
    ["政策表", true],
    ["文件", true],
    ["通知原文", true],
  ]);
  expect(pane.excel.sheet("名单").cells).toEqual(ROSTER);
  expect(pane.excel.writes.filter((w) => !TABLE_SHEETS.includes(w.sheet))).toEqual([]);
  // What was written is the shipped policy's table, cell for cell.
  expect(filled(await sheetsIn(pane.excel))).toEqual(filled(exportedTable()));
  // Writing is not using: nothing saved, the shipped policy still chosen.
  expect(pane.wb.saves).toEqual([]);
  expect(pane.ctx.userTable()).toBeNull();

  // A second write finds the names taken and writes nothing.
  const writes = pane.excel.writes.length;
  expect(await pane.click("yb-table-write")).toEqual([
    "工作簿中已有名为“政策表”的工作表：请先改名或删除它，再重新生成（没有写入任何工作表）。",
    "error",
  ]);
  expect(pane.excel.sheets).toHaveLength(4);
  expect(pane.excel.writes).toHaveLength(writes);
});

test("使用本工作簿的政策表: the clerk's 2027 table becomes the policy, kept in the workbook's settings", async () => {
  const pane = await openPane(workbook());
  const { table } = await clerkWorkbook(pane);
  const [message, kind] = await pane.click("yb-table-sheet");

  const model = pane.ctx.policy()!;
  expect([model.id, model.year, model.userTable]).toEqual([EDITED, NEW_YEAR, true]);
  expect(model.label).toContain(`${NEW_YEAR}`);
  expect(pane.ctx.userTable()).toMatchObject({ source: "sheet", name: "政策表", model });
  expect(kind).toBe("success");
  expect(message).toBe(
    `本工作簿的“政策表”工作表检查无误，已使用：${model.label}按您的政策表计算。YB 函数已重新计算。`
  );

  const kept: StoredPolicyTable = {
    source: "sheet",
    name: "政策表",
    sheets: keptSheets(table.sheets),
  };
  expect(pane.wb.store.get(POLICY_TABLE_KEY)).toEqual(kept);
  expect(pane.wb.store.get(POLICY_KEY)).toBe(EDITED);
  // Saved with the document (what a reopened workbook has), and the YB functions recalculated.
  expect(pane.wb.saves.at(-1)).toEqual({ [POLICY_KEY]: EDITED, [POLICY_TABLE_KEY]: kept });
  expect(pane.wb.recalculations.length).toBeGreaterThan(0);

  const line = inUseLine(pane);
  expect(line.dataset.source).toBe("sheet");
  expect(line.textContent).toBe(
    `正在使用您自己的政策表：${model.label}，来自本工作簿的“政策表”工作表。其他地区和年度仍按收录的政策。`
  );
  expect(pane.byId("yb-table-problems")).toBeUndefined();
  expect(pane.byId("yb-table-shipped")?.textContent).toBe("改回收录的政策");
});

describe("a planted mistake (低保 一档资助 390, its quote says 380): listed by cell, nothing used", () => {
  it.each([
    ["the shipped policy in use", false],
    ["an earlier 政策表 in use", true],
  ])("%s", async (_what, earlier) => {
    const pane = await openPane(workbook());
    const { written } = await clerkWorkbook(pane);
    if (earlier) expect((await pane.click("yb-table-sheet"))[1]).toBe("success");
    const before = {
      policy: pane.ctx.policy(),
      table: pane.ctx.userTable(),
      saves: pane.wb.saves.length,
      store: JSON.stringify([...pane.wb.store]),
      line: inUseLine(pane).textContent,
    };

    const bad = wrongSubsidy(clerkEdit(written));
    typeInto(pane.excel, bad);
    const [message, kind] = await pane.click("yb-table-sheet");

    const row = bad.rowOf("城乡最低生活保障人员 一档资助") + 1;
    const items = pane.root.all().filter((e) => e.tagName === "li");
    expect(pane.byId("yb-table-problems")?.childNodes).toEqual(items);
    expect(items.map((li) => li.dataset.at)).toContain(`政策表!B${row}`);
    const li = items.find((e) => e.dataset.at === `政策表!B${row}`)!;
    expect(li.textContent).toMatch(
      new RegExp(`^政策表!B${row}：“城乡最低生活保障人员 一档资助”：金额 390 不在它引用的原文中`)
    );
    expect(kind).toBe("error");
    expect(message).toBe(
      `本工作簿的“政策表”工作表有 ${items.length} 处问题，没有使用；` +
        (earlier ? "仍在使用之前的政策表（政策表）。" : "仍按收录的政策计算。") +
        "请按下面列出的单元格逐一改正后再打开。"
    );

    // Nothing of it used or saved.
    expect(pane.ctx.policy()).toBe(before.policy);
    expect(pane.ctx.policy()?.id).toBe(earlier ? EDITED : SHIPPED);
    expect(pane.ctx.userTable()).toBe(before.table);
    expect(pane.wb.saves).toHaveLength(before.saves);
    expect(JSON.stringify([...pane.wb.store])).toBe(before.store);
    expect(inUseLine(pane).textContent).toBe(before.line);

    // The cell named is a link to it.
    const link = li.all().find((e) => e.tagName === "a")!;
    for (const fn of link.listeners.get("click") ?? [])
      (fn as (e: unknown) => void)({ preventDefault: () => undefined });
    await until(() => pane.excel.selection !== null);
    expect(pane.excel.selection).toEqual({ sheet: "政策表", address: `B${row}` });
  });
});

test("改回收录的政策 removes the table from the settings and chooses the region's shipped policy", async () => {
  const pane = await openPane(workbook());
  await clerkWorkbook(pane);
  expect((await pane.click("yb-table-sheet"))[1]).toBe("success");
  expect(pane.wb.store.has(POLICY_TABLE_KEY)).toBe(true);

  expect(await pane.click("yb-table-shipped")).toEqual([
    "已改回收录的政策，不再使用政策表（政策表）。",
    "success",
  ]);
  expect(pane.ctx.userTable()).toBeNull();
  expect(pane.ctx.policy()).toBe(getPolicy(SHIPPED));
  expect(pane.wb.store.has(POLICY_TABLE_KEY)).toBe(false);
  expect(pane.wb.saves.at(-1)).toEqual({ [POLICY_KEY]: SHIPPED });
  expect(() => getPolicy(EDITED)).toThrow(/没有编号为“cq-pengshui-2027”的政策/);
  expect(inUseLine(pane).textContent).toBe("正在使用医保助手收录的政策。");
  expect(pane.byId("yb-table-shipped")).toBeUndefined();

  // The pane opened again with the 政策表 sheets still in the workbook: her choice stands.
  const saved = pane.wb.saves.at(-1)!;
  removeOfficeGlobals();
  const again = await openPane(pane.excel, saved);
  expect(again.ctx.userTable()).toBeNull();
  expect(again.ctx.policy()?.id).toBe(SHIPPED);
  expect(again.wb.saves).toEqual([]);
  expect(again.log).toEqual([]);
});

describe("a pane opened again on the saved workbook uses the kept table without saving it again", () => {
  it.each([
    ["its 政策表 sheets still there", false],
    ["its 政策表 sheets deleted since", true],
  ])("%s", async (_what, deleted) => {
    const excel = workbook();
    const first = await openPane(excel);
    await clerkWorkbook(first);
    expect((await first.click("yb-table-sheet"))[1]).toBe("success");
    const year = first.ctx.userTable()!.model.year;
    const saved = first.wb.saves.at(-1)!;
    if (deleted) excel.sheets = excel.sheets.filter((s) => !TABLE_SHEETS.includes(s.name));

    // Another session: the document's settings as saved, no policy registered in this runtime.
    removeOfficeGlobals();
    useUserPolicy(null);
    expect(() => getPolicy(EDITED)).toThrow(/没有编号为/);
    const again = await openPane(excel, saved);
    const table = again.ctx.userTable();
    expect(table).not.toBeNull();
    expect([table!.model.year, table!.source, table!.name]).toEqual([year, "sheet", "政策表"]);
    expect(again.ctx.policy()?.id).toBe(EDITED);
    // Opening says nothing and changes nothing: no save, no recalculation.
    expect(again.log).toEqual([]);
    expect(again.wb.saves).toEqual([]);
    expect(again.wb.recalculations).toEqual([]);
    expect(inUseLine(again).textContent).toContain("来自本工作簿的“政策表”工作表");
  });
});
