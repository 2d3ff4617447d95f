/**
 * The file dialogs offer every kind the reader takes (issue 23 §6): .xlsx, .xlsm, .xls (and
 * .csv/.txt where a table may come as one), and each kind offered is read: an .xlsm is an
 * .xlsx package with macros, read the same way; an .xls goes through SheetJS.
 */
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";
import type { PanelContext } from "../../src/ui/app";
import { CashPanel } from "../../src/ui/cash/panel";
import { TABLE_TYPES, WORKBOOK_TYPES } from "../../src/ui/fileTypes";
import { MatchPanel } from "../../src/ui/match/panel";
import { SettingsPanel } from "../../src/ui/settings/panel";
import { getPolicy } from "../../src/core/policy/registry";
import { readWorkbookBytes } from "../../src/io/workbook";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { FakeElement, installFakeDocument } from "./fakeDom";

const rows = [
  ["姓名", "身份证号码", "村（社区）"],
  ["张三", "500240196001011234", "红岩社区"],
];
const xlsx = () =>
  writeXlsx([{ name: "名单", cells: rows.map((r) => r.map((v) => ({ value: v }))) }]);

/** The .xlsx as Excel saves it with macros: the macro-enabled main part and a VBA project. */
async function xlsm(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await xlsx());
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const macro = types
    .replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    )
    .replace(
      "</Types>",
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
    );
  expect(macro).toContain("macroEnabled");
  zip.file("[Content_Types].xml", macro);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
    )
  );
  zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
  return zip.generateAsync({ type: "uint8array" });
}

/** A BIFF8 .xls as SheetJS writes it. */
function xls(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "名单");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xls" }) as ArrayBuffer);
}

const csv = () => new TextEncoder().encode(rows.map((r) => r.join(",")).join("\r\n"));

describe("every kind a dialog offers is read", () => {
  const made: Record<string, () => Promise<Uint8Array> | Uint8Array> = {
    ".xlsx": xlsx,
    ".xlsm": xlsm,
    ".xls": xls,
    ".csv": csv,
    ".txt": csv,
  };

  test("the lists", () => {
    expect(WORKBOOK_TYPES.split(",")).toEqual([".xlsx", ".xlsm", ".xls"]);
    expect(TABLE_TYPES.split(",")).toEqual([".xlsx", ".xlsm", ".xls", ".csv", ".txt"]);
  });

  test.each(TABLE_TYPES.split(","))("名单%s", async (ext) => {
    const sheets = await readWorkbookBytes(await made[ext](), `名单${ext}`);
    expect(sheets[0].rows.map((r) => r.map(String))).toEqual(rows);
  });
});

describe("the panels' file dialogs", () => {
  let restore: () => void;
  beforeAll(() => {
    restore = installFakeDocument();
  });
  afterAll(() => restore());

  function accept(
    panel: { mount(c: HTMLElement, ctx: PanelContext): void },
    id: string
  ): string | null {
    const ctx = {
      host: { kind: "standalone", download: async () => undefined, listSheets: async () => [] },
      policy: () => getPolicy("cq-shizhu-2025"),
      supplied: () => ({}),
      onPolicyChange: () => undefined,
      onSuppliedChange: () => undefined,
      onTableChange: () => undefined,
      userTable: () => null,
      status: () => undefined,
    } as unknown as PanelContext;
    const root = new FakeElement("div");
    panel.mount(root as unknown as HTMLElement, ctx);
    return (
      root
        .all()
        .find((e) => e.id === id)
        ?.getAttribute("accept") ?? null
    );
  }

  test.each([
    ["参保比对 添加文件", () => new MatchPanel(), "yb-match-file", TABLE_TYPES],
    ["现金台账 添加缴费数据文件", () => new CashPanel(), "yb-cash-file", TABLE_TYPES],
    ["政策设置 打开政策表", () => new SettingsPanel(), "yb-table-file", WORKBOOK_TYPES],
  ] as const)("%s offers .xlsx, .xlsm and .xls", (_what, make, id, types) => {
    const offered = accept(make(), id);
    expect(offered).toBe(types);
    expect(offered!.split(",")).toEqual(expect.arrayContaining([".xlsx", ".xlsm", ".xls"]));
  });
});
