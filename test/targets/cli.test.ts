/**
 * `yibao targets` and `yibao template targets` on real files: the notices' tables written to
 * .xlsx (exceljs) and .csv, broken variants, a town sheet with its villages' sheets, the
 * annotated copy, and the template (recalculated by LibreOffice when it is installed).
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { checkTargets } from "../../src/core/targets/check";
import { readWorkbookBytes } from "../../src/io/workbook";
import { recalcBytes } from "../helpers/libreoffice";
import { readWorkbookFile } from "../../src/io/files";
import {
  type Rows,
  pengshui,
  set,
  shizhu,
  tmpDir,
  writeCsvFile,
  writeXlsxFile,
  yibao,
} from "./fixtures";

const dir = tmpDir();

async function xlsx(name: string, rows: Rows, sheet = "附件1"): Promise<string> {
  const path = join(dir, `${name}.xlsx`);
  await writeXlsxFile(path, [{ name: sheet, rows }]);
  return path;
}

function csv(name: string, rows: Rows): string {
  const path = join(dir, `${name}.csv`);
  writeCsvFile(path, rows);
  return path;
}

interface Json {
  ok: boolean;
  findings: { severity: string; code: string; cell: string; message: string }[];
  summary: Record<string, unknown>;
}

describe("yibao targets: the notices' tables pass clean", () => {
  test.each([
    ["彭水 附件1 .xlsx", () => xlsx("pengshui", pengshui()), 4, 7182],
    ["石柱 附件1 .xlsx", () => xlsx("shizhu", shizhu()), 12, 33828],
    ["彭水 附件1 .csv", async () => csv("pengshui", pengshui()), 4, 7182],
    ["石柱 附件1 .csv", async () => csv("shizhu", shizhu()), 12, 33828],
  ])("%s", async (_label, make, units, total) => {
    const r = await yibao("targets", await make(), "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = r.json<Json>();
    expect(Object.keys(j)).toEqual(["ok", "findings", "summary"]);
    expect(j.ok).toBe(true);
    expect(j.findings).toEqual([]);
    expect(j.summary).toMatchObject({
      units,
      sumOfUnits: total,
      declaredTotal: total,
      assigned: null,
    });
  });

  test("human output says it passed", async () => {
    const r = await yibao("targets", await xlsx("pengshui-human", pengshui()));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("4 个单位，各单位之和 7182，合计 7182");
    expect(r.stdout).toContain("结论：通过");
  });
});

type CliVariant = [string, () => Promise<string>, string[], number, [string, string, string][]];

const cliVariants: CliVariant[] = [
  [
    "彭水 wrong total",
    () => xlsx("v-total", set(pengshui(), "C9", 7000)),
    [],
    1,
    [["SUM_MISMATCH", "C9", "error"]],
  ],
  [
    "石柱 duplicate village",
    () => xlsx("v-dup", set(shizhu(), "B9", "柏树社区")),
    [],
    1,
    [["DUPLICATE_UNIT", "B9", "error"]],
  ],
  [
    "彭水 text numbers in .xlsx",
    () => xlsx("v-text", set(set(pengshui(), "C5", "2490"), "C8", "1774")),
    [],
    0,
    [
      ["TEXT_NUMBER", "C5", "warning"],
      ["TEXT_NUMBER", "C8", "warning"],
    ],
  ],
  [
    "the same text numbers in .csv are not flagged",
    async () => csv("v-text", set(set(pengshui(), "C5", "2490"), "C8", "1774")),
    [],
    0,
    [],
  ],
  [
    "彭水 decimal target",
    () => xlsx("v-dec", set(set(pengshui(), "C7", 1645.5), "C9", 7182.5)),
    [],
    1,
    [["NOT_INTEGER", "C7", "error"]],
  ],
  [
    "彭水 decimal target in .csv",
    async () => csv("v-dec", set(set(pengshui(), "C7", 1645.5), "C9", 7182.5)),
    [],
    1,
    [["NOT_INTEGER", "C7", "error"]],
  ],
  [
    "石柱 blank target",
    () => xlsx("v-blank", set(shizhu(), "C12", null)),
    [],
    1,
    [["MISSING_TARGET", "C12", "error"], ["SUM_MISMATCH", "C18", "error"]],
  ],
  [
    "石柱 序号 gap",
    () => xlsx("v-seq", set(set(set(shizhu(), "A15", 11), "A16", 12), "A17", 13)),
    [],
    0,
    [["SEQ_GAP", "A15", "warning"]],
  ],
  [
    "彭水 missing total row",
    () => xlsx("v-nototal", pengshui().slice(0, 8)),
    [],
    0,
    [["NO_TOTAL_ROW", "B9", "warning"]],
  ],
  [
    "石柱 --assigned 33000",
    () => xlsx("v-assigned", shizhu()),
    ["--assigned", "33000"],
    1,
    [["ASSIGNED_MISMATCH", "C18", "error"]],
  ],
  ["石柱 --assigned 33828", () => xlsx("v-assigned-ok", shizhu()), ["--assigned", "33,828"], 0, []],
];

describe("yibao targets: broken variants", () => {
  test.each(cliVariants)("%s", async (_label, make, extra, code, expected) => {
    const r = await yibao("targets", await make(), ...extra, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(code);
    const j = r.json<Json>();
    expect(j.findings.map((f) => [f.code, f.cell, f.severity])).toEqual(expected);
    for (const f of j.findings)
      expect(Object.keys(f)).toEqual(["severity", "code", "cell", "message"]);
  });

  test("human output: one finding a line with its cell", async () => {
    const r = await yibao("targets", await xlsx("h-total", set(pengshui(), "C9", 7000)));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[错误] C9：合计 7000 与各村之和 7182 不符（合计少 182 人）");
    expect(r.stdout).toContain("结论：未通过（1 个错误，0 个提示）");
  });
});

/** 彭水 with 户籍人口 and 已缴费人数 (D, E). */
function pengshuiProgress(paid: number[]): Rows {
  const rows = pengshui();
  rows[3].push("户籍人口", "已缴费人数");
  const pops = [2600, 1320, 1700, 1850];
  paid.forEach((p, i) => rows[4 + i].push(pops[i], p));
  rows[8].push(
    7470,
    paid.reduce((a, b) => a + b, 0)
  );
  return rows;
}

describe("yibao targets: population and progress", () => {
  test("彭水 on 2024-11-30 (65% due): 大河村 behind, warnings only", async () => {
    const file = await xlsx("progress", pengshuiProgress([1700, 700, 1100, 1200]));
    const r = await yibao(
      "targets",
      file,
      "--policy",
      "cq-pengshui-2025",
      "--as-of",
      "2024年11月30日",
      "--json"
    );
    expect(r.code).toBe(0);
    const j = r.json<Json>();
    expect(j.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ["BEHIND_SCHEDULE", "E6", "warning"],
    ]);
    expect(j.summary).toMatchObject({
      policy: "cq-pengshui-2025",
      asOf: "2024-11-30",
      due: { share: 0.65, by: "2024-11-30" },
      paid: 4700,
    });
    expect((j.summary.progress as unknown[]).length).toBe(4);
  });

  test("coverage under 95% with 彭水's policy", async () => {
    const rows = set(set(pengshuiProgress([1700, 700, 1100, 1200]), "D6", 1400), "D9", 7550);
    const r = await yibao(
      "targets",
      await xlsx("coverage", rows),
      "--policy",
      "cq-pengshui-2025",
      "--json"
    );
    expect(r.json<Json>().findings.map((f) => [f.code, f.cell])).toEqual([
      ["BELOW_COVERAGE", "C6"],
    ]);
  });
});

describe("yibao targets: a town sheet against its villages' sheets", () => {
  const village = (name: string, groups: [string, number][]): Rows => [
    [`${name}2025年度各组参保目标任务表`],
    [null, null, "单位：人"],
    ["序号", "组别", "任务数"],
    ...groups.map(([g, t], i) => [i + 1, g, t]),
    ["合计", null, groups.reduce((s, [, t]) => s + t, 0)],
  ];
  let file: string;
  beforeAll(async () => {
    file = join(dir, "town.xlsx");
    await writeXlsxFile(file, [
      { name: "大同镇", rows: pengshui() },
      {
        name: "大厂社区",
        rows: village("大厂社区", [
          ["一组", 1200],
          ["二组", 1290],
        ]),
      },
      // 大河村's own sheet adds up to 1200, not the 1273 the town assigned it.
      {
        name: "大河村",
        rows: village("大河村", [
          ["一组", 600],
          ["二组", 600],
        ]),
      },
      {
        name: "龙门村",
        rows: village("龙门村", [
          ["一组", 845],
          ["二组", 800],
        ]),
      },
      { name: "说明", rows: [["填表说明：各村按组分解"]] },
    ]);
  });

  test("the town sheet is picked by default; 大河村's line does not match its sheet's total", async () => {
    const r = await yibao("targets", file, "--json");
    expect(r.code).toBe(1);
    const j = r.json<Json>();
    expect(j.summary.sheet).toBe("大同镇");
    expect(j.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ["UNIT_SHEET_MISMATCH", "C6", "error"],
    ]);
    expect(j.findings[0].message).toBe(
      "C6：大河村的任务数 1273 与工作表“大河村”的合计 1200（C6）不符（本表多 73 人）。请核对本表或“大河村”表。"
    );
    expect((j.summary.notes as string[]).join()).toContain("已与同一工作簿中 3 个村的分表核对合计");
  });

  test("--sheet checks one village's sheet", async () => {
    const r = await yibao("targets", file, "--sheet", "龙门村", "--json");
    expect(r.code).toBe(0);
    expect(r.json<Json>().summary).toMatchObject({ sheet: "龙门村", units: 2, sumOfUnits: 1645 });
  });
});

describe("yibao targets: bad input exits 2 with a Chinese message", () => {
  test.each<[string, () => Promise<string[]>, RegExp]>([
    ["a file that is not there", async () => [join(dir, "none.xlsx")], /找不到文件/],
    [
      "an .xls file",
      async () => [(writeFileSync(join(dir, "old.xls"), "x"), join(dir, "old.xls"))],
      /另存为 \.xlsx/,
    ],
    [
      "a sheet that is not there",
      async () => [await xlsx("bad-sheet", pengshui()), "--sheet", "不存在"],
      /没有名为“不存在”的工作表/,
    ],
    [
      "a bad date",
      async () => [await xlsx("bad-date", pengshui()), "--as-of", "2024-13-01"],
      /不是有效日期/,
    ],
    [
      "a bad assigned figure",
      async () => [await xlsx("bad-assigned", pengshui()), "--assigned", "七千"],
      /不小于0的整数/,
    ],
    [
      "an unknown policy",
      async () => [await xlsx("bad-policy", pengshui()), "--policy", "cq-nowhere"],
      /没有编号为/,
    ],
    ["no file", async () => [], /用法/],
  ])("%s", async (_label, argv, message) => {
    const r = await yibao("targets", ...(await argv()));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  test("--out may not be the input file", async () => {
    const file = await xlsx("same", pengshui());
    const before = readFileSync(file);
    const r = await yibao("targets", file, "--out", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不能与被检查的文件同名");
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("yibao targets --out: the annotated copy", () => {
  test("findings are filled and noted; 检查结果 lists them; 进度汇总 when there is progress; the input is untouched", async () => {
    const rows = set(set(pengshuiProgress([1700, 700, 1100, 1200]), "C9", 7000), "A7", 9);
    const file = await xlsx("annotate-in", rows);
    const before = readFileSync(file);
    const out = join(dir, "标注", "annotated.xlsx");
    const r = await yibao(
      "targets",
      file,
      "--policy",
      "cq-pengshui-2025",
      "--as-of",
      "2024-11-30",
      "--out",
      out
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`已另存标注副本：${out}`);
    expect(readFileSync(file).equals(before)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["附件1", "检查结果", "进度汇总"]);
    const copy = wb.getWorksheet("附件1")!;
    expect(copy.getCell("B5").value).toBe("大厂社区");
    const fill = (a1: string) =>
      (copy.getCell(a1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    expect(fill("C9")).toBe("FFFFC7CE");
    expect(fill("A7")).toBe("FFFFEB9C");
    expect(fill("E6")).toBe("FFFFEB9C");
    expect(fill("C5")).toBeNull();
    expect(String(copy.getCell("C9").note)).toContain("合计 7000 与各村之和 7182 不符");

    const list = wb.getWorksheet("检查结果")!;
    expect(list.getCell("C4").value).toBe("C9");
    expect(String(list.getCell("D4").value)).toContain("合计 7000 与各村之和 7182 不符（合计少 182 人）");
    expect(list.getCell("E4").value).toBe("改为公式 =SUM(C5:C8)");

    const progress = wb.getWorksheet("进度汇总")!;
    expect(progress.getCell("A4").value).toBe("大河村");
    expect(progress.getCell("F4").value).toBe("落后");
  });

  test("no 进度汇总 sheet without progress data", async () => {
    const out = join(dir, "annotated-plain.xlsx");
    const r = await yibao("targets", csv("annotate-plain", shizhu()), "--out", out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["annotate-plain", "检查结果"]);
    expect(wb.getWorksheet("检查结果")!.getCell("D4").value).toBe("未发现问题");
    // The CSV's numbers are numbers again in the copy.
    expect(wb.getWorksheet("annotate-plain")!.getCell("C6").value).toBe(4162);
  });
});

describe("yibao template targets", () => {
  const out = join(dir, "dist", "templates", "参保任务分解表模板.xlsx");

  beforeAll(async () => {
    const r = await yibao("template", "targets", "--out", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  test("title merged, 单位：人, header, 20 numbered rows, 合计 and rates as formulas", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("参保任务分解表");
    expect(ws.getCell("A1").value).toContain("城乡居民基本医疗保险参保任务分解表");
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getCell("A2").value).toBe("单位：人");
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getCell(3, c).value)).toEqual([
      "序号",
      "村（社区）",
      "参保目标",
      "户籍人口",
      "已缴费人数",
      "完成率",
      "参保率",
    ]);
    expect(ws.getCell("A4").value).toBe(1);
    expect(ws.getCell("A23").value).toBe(20);
    expect(ws.getCell("B24").value).toBe("合计");
    expect(ws.getCell("C24").formula).toBe("SUM(C4:C23)");
    expect(ws.getCell("E24").formula).toBe("SUM(E4:E23)");
    expect(ws.getCell("F4").formula).toBe('IFERROR(E4/C4,"")');
    expect(ws.getCell("G24").formula).toBe('IFERROR(E24/D24,"")');
    expect(ws.getCell("F4").numFmt).toBe("0.00%");
    expect(ws.getCell("C4").numFmt).toBe("0");
  });

  test("the checker reads the blank template: header found, no units yet", async () => {
    const [sheet] = await readWorkbookFile(out);
    const r = checkTargets(sheet, { source: "xlsx" });
    expect(r.summary).toMatchObject({
      headerRow: 2,
      totalRow: 23,
      units: 0,
      columns: { seq: "A", unit: "B", target: "C", population: "D", paid: "E" },
    });
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([["MISSING_UNIT", "B4"]]);
  });

  test("--title and --rows", async () => {
    const file = join(dir, "t5.xlsx");
    const r = await yibao(
      "template",
      "targets",
      "--out",
      file,
      "--title",
      "大同镇2025年度村（社区）参保任务分解表",
      "--rows",
      "5",
      "--json"
    );
    expect(r.json()).toEqual({ file, sheet: "参保任务分解表", rows: 5 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("大同镇2025年度村（社区）参保任务分解表");
    expect(ws.getCell("C9").formula).toBe("SUM(C4:C8)");
  });

  test.each([
    [["template", "claims", "--out", "x.xlsx"], /targets/],
    [["template", "targets"], /缺少 --out/],
    [["template", "targets", "--out", "x.csv"], /\.xlsx/],
    [["template", "targets", "--out", "x.xlsx", "--rows", "0"], /1 到 500/],
  ])("bad input %j exits 2", async (argv, message) => {
    const r = await yibao(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test(
    "filled in and recalculated by LibreOffice, it passes the check with its formulas' values",
    async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.worksheets[0];
      const villages: [string, number, number, number][] = [
        ["大厂社区", 2490, 2600, 1700],
        ["大河村", 1273, 1320, 700],
        ["龙门村", 1645, 1700, 1100],
        ["马驴村", 1774, 1850, 1200],
      ];
      villages.forEach(([name, target, pop, paid], i) => {
        ws.getCell(4 + i, 2).value = name;
        ws.getCell(4 + i, 3).value = target;
        ws.getCell(4 + i, 4).value = pop;
        ws.getCell(4 + i, 5).value = paid;
      });
      const recalculated = recalcBytes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      const [sheet] = await readWorkbookBytes(new Uint8Array(recalculated), "filled.xlsx");
      expect(sheet.rows[23].slice(1, 5)).toEqual(["合计", 7182, 7470, 4700]);
      expect(sheet.rows[23][5]).toBeCloseTo(4700 / 7182, 12);
      expect(sheet.rows[23][6]).toBeCloseTo(4700 / 7470, 12);
      expect(sheet.rows[4][5]).toBeCloseTo(700 / 1273, 12);
      const r = checkTargets(sheet, { source: "xlsx", assigned: 7182 });
      expect(r.findings).toEqual([]);
      expect(r.summary).toMatchObject({
        units: 4,
        sumOfUnits: 7182,
        declaredTotal: 7182,
        population: 7470,
        paid: 4700,
      });
    },
    150_000
  );
});

describe("help and plain text", () => {
  test("yibao --help and -h exit 0 with the usage; yibao alone is a usage error (2)", async () => {
    for (const flag of ["--help", "-h"]) {
      const r = await yibao(flag);
      expect({ flag, code: r.code }).toEqual({ flag, code: 0 });
      expect(r.stdout).toContain("用法：");
    }
    expect((await yibao("help")).code).toBe(0);
    expect((await yibao()).code).toBe(2);
  });

  test("text mode names no button and no code: a text number says to convert it", async () => {
    const r = await yibao("targets", await xlsx("t-text", set(pengshui(), "C6", "1273")));
    expect(r.stdout).toContain("[提示] C6：大河村的任务数“1273”是以文本形式存储的数字，Excel 求和时会漏掉它，请转为数字。");
    expect(r.stdout).not.toMatch(/一键|TEXT_NUMBER/);
  });
});
