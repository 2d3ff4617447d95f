/**
 * 现金台账 on the page with the POS/tax export in a file of its own (issue 23 §6), as 参保比对
 * takes its paid list: the panel offers “添加缴费数据文件”, the file's sheet becomes the export
 * chosen, and the check compares the ledger with it exactly as with a sheet of the same
 * workbook; a finding on the added file says where it is instead of failing to find the sheet.
 */
import { compareExport } from "../../src/core/cash/reconcile";
import { checkCash } from "../../src/core/cash/check";
import { iso, toExcelSerial } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import type { SheetData } from "../../src/core/sheet/address";
import { writeXlsx } from "../../src/io/xlsxWriter";
import type { PanelContext, StatusKind } from "../../src/ui/app";
import { CashPanel } from "../../src/ui/cash/panel";
import { ledger, payment, personId } from "../cash/fixtures";
import { FakeElement, installFakeDocument } from "./fakeDom";

const policy = getPolicy("cq-shizhu-2025");
const a = personId(901);
const book = ledger([payment({ id: a }), payment({ village: "柏树社区" })]);
const exported: SheetData = {
  name: "缴费明细",
  rows: [
    ["缴费人姓名", "证件号码", "缴费金额", "入库日期"],
    ["某", a, 400, toExcelSerial(iso("2024-11-02"))],
  ],
};

/** The ledger's own workbook: the ledger and an export pasted in as a sheet. */
const workbook = [book, { ...exported, name: "税务导出" }];

let restore: () => void;
beforeAll(() => {
  restore = installFakeDocument();
});
afterAll(() => restore());

function mounted() {
  const log: [string, StatusKind | undefined][] = [];
  const asked: string[][] = [];
  const host = {
    kind: "standalone",
    download: async () => undefined,
    listSheets: async () => workbook.map((s) => ({ name: s.name, rows: s.rows.length, head: s })),
    readActiveSheet: async () => ({ sheet: book, otherSheets: [], source: "xlsx" }),
    readSheets: async (names: string[]) => {
      asked.push(names);
      return names.map((n) => workbook.find((s) => s.name === n)!);
    },
    highlight: async () => undefined,
    selectCell: async (cell: string, sheet?: string) => {
      throw new Error(`文件中没有工作表“${sheet}”`);
    },
  };
  const ctx = {
    host,
    policy: () => policy,
    supplied: () => ({}),
    onPolicyChange: () => undefined,
    status: (m: string, k?: StatusKind) => log.push([m, k]),
  } as unknown as PanelContext;
  const root = new FakeElement("div");
  const panel = new CashPanel();
  panel.mount(root as unknown as HTMLElement, ctx);
  const byId = (id: string) => root.all().find((e) => e.id === id)!;
  return { root, panel, log, asked, byId };
}

/** Waits for the panel's work started by an event (the fake DOM's listeners return nothing to await). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(done()).toBe(true);
}

test("a separate export file is added, chosen and compared, like a sheet of the ledger's workbook", async () => {
  const { panel, log, asked, byId } = mounted();
  const input = byId("yb-cash-file");
  expect(input.getAttribute("type")).toBe("file");
  const label = byId("yb-cash-file").parentNode as FakeElement;
  expect(label.textContent).toContain("添加缴费数据文件");

  const bytes = await writeXlsx([
    {
      name: exported.name,
      cells: exported.rows.map((r) => r.map((v) => ({ value: v as string | number }))),
    },
  ]);
  (input as unknown as { files: unknown[] }).files = [
    {
      name: "税务导出.xlsx",
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    },
  ];
  for (const fn of input.listeners.get("change") ?? []) fn();
  const select = byId("yb-cash-export");
  await until(() => select.childNodes.length === 4);
  expect(select.childNodes.map((o) => o.textContent)).toEqual([
    "（不比对）",
    "现金征缴台账",
    "税务导出",
    "税务导出 · 缴费明细",
  ]);
  expect(select.value).toBe((select.childNodes[3] as FakeElement).getAttribute("value"));
  expect(log.at(-1)).toEqual([
    "已添加缴费数据文件 税务导出.xlsx，点“检查现金台账”比对。",
    "success",
  ]);

  (byId("yb-cash-asof") as unknown as { value: string }).value = "2025-12-31";
  await panel.check();
  expect(asked).toEqual([]);
  const expected = compareExport(checkCash(book, policy, { asOf: iso("2025-12-31") }), {
    ...exported,
    name: "税务导出 · 缴费明细",
  });
  const compare = byId("yb-cash-compare");
  expect(compare.dataset).toEqual({
    matched: String(expected.matched.length),
    notInExport: String(expected.notInExport.length),
    notInLedger: String(expected.notInLedger.length),
    badId: String(expected.badId.length),
    remittedEarly: String(expected.remittedBeforeReceived.length),
  });
  expect(expected.matched).toHaveLength(1);
  expect(expected.notInExport).toHaveLength(1);
  expect(compare.textContent).toContain("与“税务导出 · 缴费明细”比对");
});

test("an export sheet of the ledger's workbook is still read through the host", async () => {
  const { panel, asked, byId } = mounted();
  panel.show();
  await until(() => byId("yb-cash-export").childNodes.length === 3);
  byId("yb-cash-export").value = "税务导出";
  (byId("yb-cash-asof") as unknown as { value: string }).value = "2025-12-31";
  await panel.check();
  expect(asked).toEqual([["税务导出"]]);
  expect(byId("yb-cash-compare").textContent).toContain("与“税务导出”比对");
  expect(byId("yb-cash-compare").dataset.matched).toBe("1");
});

test("a finding on the added file says where it is rather than looking for its sheet in the ledger's workbook", async () => {
  const { panel, log, byId, root } = mounted();
  const input = byId("yb-cash-file");
  const bytes = await writeXlsx([
    {
      name: "缴费明细",
      cells: [
        ...exported.rows,
        ["另一人", personId(902), 400, toExcelSerial(iso("2024-11-02"))],
      ].map((r) => r.map((v) => ({ value: v as string | number }))),
    },
  ]);
  (input as unknown as { files: unknown[] }).files = [
    {
      name: "POS导出.xlsx",
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    },
  ];
  for (const fn of input.listeners.get("change") ?? []) fn();
  await until(() => byId("yb-cash-export").childNodes.length === 4);
  (byId("yb-cash-asof") as unknown as { value: string }).value = "2025-12-31";
  await panel.check();
  const onFile = root
    .all()
    .find((e) => e.tagName === "li" && e.dataset.sheet === "POS导出 · 缴费明细");
  expect(onFile).toBeDefined();
  const main = onFile!.all().find((e) => e.tagName === "button")!;
  for (const fn of main.listeners.get("click") ?? []) fn();
  expect(log.at(-1)![0]).toMatch(
    /^POS导出 · 缴费明细!\S+ 在添加的缴费数据文件中，请在该文件中查看。$/
  );
});
