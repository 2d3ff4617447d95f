/**
 * `yibao claim` and `yibao template roster|claim`: the JSON as specified, the human
 * summary with the nothing-lost equation, and the written workbook recalculated by
 * LibreOffice showing the JSON's totals.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { main, Io } from "../../src/cli/main";
import { buildClaim } from "../../src/core/claim/build";
import { getPolicy } from "../../src/core/policy/registry";
import { toCsv } from "../../src/io/csv";
import { readWorkbookFile } from "../../src/io/files";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { recalcXlsx } from "../helpers/libreoffice";
import { asSpecs, pengshuiRoster, PS_IDS, shizhuRosters, shuangqingRoster, SZ_IDS } from "./fixtures";

jest.setTimeout(180_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-claim-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") };
  const code = await main(argv, io);
  return { code, out, err };
}

const shizhuFile = path.join(dir, "花名册.xlsx");
const pengshuiFile = path.join(dir, "彭水花名册.csv");

beforeAll(async () => {
  fs.writeFileSync(shizhuFile, await writeXlsx(asSpecs(shizhuRosters())));
  fs.writeFileSync(pengshuiFile, "\ufeff" + toCsv(pengshuiRoster().rows as (string | null)[][]));
});

describe("yibao claim", () => {
  test("石柱 .xlsx with three sheets: JSON exactly as specified, with sheet names", async () => {
    const out = path.join(dir, "申报表.xlsx");
    const r = await run(
      "claim",
      shizhuFile,
      "--policy",
      "cq-shizhu-2025",
      "--json",
      "--out",
      out,
      "--public-notice"
    );
    expect(r.code).toBe(1); // some rows were rejected
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual([
      "inputRows",
      "people",
      "rejected",
      "merged",
      "ignored",
      "lines",
      "totalSubsidy",
      "totalPersonal",
      "totalStandard",
    ]);
    expect(json.inputRows).toBe(30); // 28 data rows and 2 that are not data (listed in ignored)
    expect(json.ignored.length).toBe(2);
    expect(json.people).toBe(11);
    expect(json.inputRows).toBe(
      json.people + json.merged.length + json.rejected.length + json.ignored.length
    );
    expect(json.rejected[0]).toEqual({
      sheet: "民政",
      row: 6,
      reason: expect.stringMatching(/^身份证号码有误：校验位错误/),
    });
    expect(json.rejected.map((x: { sheet: string; row: number }) => `${x.sheet}!${x.row}`)).toEqual(
      [
        "民政!6",
        "民政!7",
        "民政!8",
        "民政!9",
        "民政!10",
        "民政!11",
        "民政!13",
        "民政!17",
        "残联!5",
        "残联!6",
        "残联!9",
        "卫健!6",
        "卫健!7",
      ]
    );
    expect(json.merged).toEqual([
      { sheet: "民政", row: 12, into: 2, intoSheet: "民政" },
      { sheet: "残联", row: 10, into: 2, intoSheet: "民政" },
      { sheet: "残联", row: 4, into: 3, intoSheet: "民政" },
      { sheet: "残联", row: 7, into: 2, intoSheet: "卫健" },
    ]);
    expect(json.lines[2]).toEqual({
      department: "县卫生健康委",
      category: "计生优抚（奖扶）对象",
      tier: "二档",
      count: 2,
      subsidyEach: 320,
      subsidyTotal: 640,
    });
    expect([json.totalSubsidy, json.totalPersonal, json.totalStandard]).toEqual([3960, 2985, 6275]);
    expect(r.out + r.err).not.toMatch(/\d{17}[\dX]/);

    // The same totals in the written workbook, recalculated by a real spreadsheet engine.
    const rc = await recalcXlsx(fs.readFileSync(out));
    const ws = rc.workbook.getWorksheet("申报汇总")!;
    let totalRow = 0;
    ws.eachRow((row, n) => {
      if (String(row.getCell(1).value).startsWith("合计")) totalRow = n;
    });
    expect(totalRow).toBeGreaterThan(0);
    expect([
      rc.value("申报汇总", `D${totalRow}`),
      rc.value("申报汇总", `G${totalRow}`),
      rc.value("申报汇总", `H${totalRow}`),
      rc.value("申报汇总", `I${totalRow}`),
      rc.value("申报汇总", `J${totalRow}`),
    ]).toEqual([json.people, json.totalStandard, json.totalSubsidy, 670, json.totalPersonal]);
    // Each line of the JSON is a line of the recalculated claim.
    for (const l of json.lines) {
      let found = false;
      ws.eachRow((row, n) => {
        if (
          row.getCell(1).value === l.department &&
          row.getCell(2).value === l.category &&
          row.getCell(3).value === l.tier
        ) {
          found = true;
          expect([rc.value("申报汇总", `D${n}`), rc.value("申报汇总", `H${n}`)]).toEqual([
            l.count,
            l.subsidyTotal,
          ]);
        }
      });
      expect(found).toBe(true);
    }
    // The public notice: last 4 digits only.
    const notice = rc.workbook.getWorksheet("公示名单")!;
    notice.eachRow((row, n) => {
      if (n > 3) expect(String(row.getCell(4).value)).toMatch(/^\d{3}[\dX]$/);
      row.eachCell((c) => expect(String(c.value)).not.toMatch(/\d{17}[\dX]/));
    });
    // The rosters were not touched.
    const again = await readWorkbookFile(shizhuFile);
    expect(again.map((s) => s.name)).toEqual(["民政", "残联", "卫健"]);
  });

  test("the JSON equals the core's result", async () => {
    const r = await run("claim", shizhuFile, "--policy", "cq-shizhu-2025", "--json");
    const core = buildClaim(await readWorkbookFile(shizhuFile), getPolicy("cq-shizhu-2025"));
    const json = JSON.parse(r.out);
    expect(json.totalSubsidy).toBe(core.totals.subsidy);
    expect(json.lines.length).toBe(core.lines.length);
  });

  test("彭水 .csv: one sheet, so no sheet names; the policy is recognised from the categories", async () => {
    const r = await run("claim", pengshuiFile, "--json");
    expect(r.err).toMatch(/未指定 --policy：按花名册的人员类别推断为 cq-pengshui-2025/);
    const json = JSON.parse(r.out);
    expect(json).toEqual({
      ignored: [],
      inputRows: 12,
      people: 5,
      rejected: [
        { row: 8, reason: expect.stringMatching(/校验位错误/) },
        { row: 9, reason: expect.stringMatching(/只能参加二档/) },
        { row: 10, reason: expect.stringMatching(/不属资助对象/) },
        { row: 11, reason: expect.stringMatching(/“孤寡老人”不在/) },
        { row: 13, reason: "身份证号码为空" },
      ],
      merged: [
        { row: 12, into: 2 },
        { row: 7, into: 3 },
      ],
      lines: [
        {
          department: "县民政局",
          category: "城乡最低生活保障人员",
          tier: "二档",
          count: 1,
          subsidyEach: 400,
          subsidyTotal: 400,
        },
        {
          department: "县民政局",
          category: "因病致贫重病患者",
          tier: "一档",
          count: 1,
          subsidyEach: 280,
          subsidyTotal: 280,
        },
        {
          department: "县退役军人事务局",
          category: "重点优抚对象（四类人员）",
          tier: "二档",
          count: 1,
          subsidyEach: 775,
          subsidyTotal: 775,
        },
        {
          department: "县农业农村委",
          category: "稳定脱贫人口",
          tier: "一档",
          count: 1,
          subsidyEach: 15,
          subsidyTotal: 15,
        },
        {
          department: "县卫生健康委",
          category: "计生优抚（奖扶）人员",
          tier: "二档",
          count: 1,
          subsidyEach: 320,
          subsidyTotal: 320,
        },
      ],
      totalSubsidy: 1790,
      totalPersonal: 1335,
      totalStandard: 3125,
    });
  });

  test("human output: the summary with the nothing-lost equation, masked ids only", async () => {
    const r = await run("claim", shizhuFile, "--policy", "cq-shizhu-2025");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/输入28行 = 申报11人 \+ 合并4行 \+ 未通过13行/);
    expect(r.out).toMatch(/合计：11人，资助3960元，个人缴费2985元/);
    expect(r.out).toMatch(/“残联”第5行 张壹：同一身份证号码姓名不一致/);
    for (const id of Object.values(SZ_IDS)) expect(r.out).not.toContain(id);
  });

  test("an unrecognised header: the error names it; --map fixes it", async () => {
    const file = path.join(dir, "类型.csv");
    const rows = pengshuiRoster().rows.map((r, i) =>
      i === 0 ? ["姓名", "公民身份号码", "类型", "参保档次", "村（社区）"] : r
    );
    fs.writeFileSync(file, toCsv(rows as (string | null)[][]));
    const bad = await run("claim", file, "--policy", "cq-pengshui-2025");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /缺少：人员类别。该行的表头有：姓名、公民身份号码、类型、参保档次、村（社区）/
    );
    expect(bad.err).toMatch(/--map 类型=人员类别/);
    const good = await run(
      "claim",
      file,
      "--policy",
      "cq-pengshui-2025",
      "--map",
      "类型=人员类别",
      "--json"
    );
    expect(JSON.parse(good.out).people).toBe(5);
    const letter = await run(
      "claim",
      file,
      "--policy",
      "cq-pengshui-2025",
      "--map",
      "C=category",
      "--json"
    );
    expect(JSON.parse(letter.out).totalSubsidy).toBe(1790);
    const wrong = await run("claim", file, "--policy", "cq-pengshui-2025", "--map", "类型=职业");
    expect(wrong.err).toMatch(/不认识字段“职业”/);
  });

  test("--sheet, --date and --set", async () => {
    const one = JSON.parse(
      (await run("claim", shizhuFile, "--policy", "cq-shizhu-2025", "--sheet", "卫健", "--json"))
        .out
    );
    expect(one.inputRows).toBe(6);
    expect(one.rejected[0]).toEqual({ row: 6, reason: expect.any(String) });
    const late = JSON.parse(
      (
        await run(
          "claim",
          shizhuFile,
          "--policy",
          "cq-shizhu-2025",
          "--sheet",
          "民政",
          "--date",
          "2025-08-15",
          "--json"
        )
      ).out
    );
    // 褚十二 (计生特扶 二档) is not low-income: pays 375 + 670 when paid on 15 August.
    expect(late.totalPersonal).toBe(40 + 375 + 120 + 0 + 375 + 670 + 375);
  });

  test("bad input", async () => {
    expect((await run("claim")).code).toBe(2);
    expect(
      (await run("claim", shizhuFile, "--policy", "cq-shizhu-2025", "--out", shizhuFile)).err
    ).toMatch(/不改动花名册/);
    expect(
      (await run("claim", shizhuFile, "--policy", "cq-shizhu-2025", "--out", "x.pdf")).err
    ).toMatch(/应为 .xlsx 文件/);
    expect((await run("claim", shizhuFile, "--policy", "xx")).err).toMatch(/没有编号为“xx”的政策/);
    expect(
      (await run("claim", shizhuFile, "--policy", "cq-shizhu-2025", "--public-notice")).err
    ).toMatch(/需与 --out 一起使用/);
    expect(
      (await run("claim", shizhuFile, "--policy", "cq-shizhu-2025", "--sheet", "教育")).err
    ).toMatch(/没有名为“教育”的工作表/);
    expect(
      (await run("claim", path.join(dir, "none.xlsx"), "--policy", "cq-shizhu-2025")).err
    ).toMatch(/找不到文件/);
    // Rosters whose categories several regions share: the region must be named.
    const ambiguous = path.join(dir, "低保.csv");
    fs.writeFileSync(
      ambiguous,
      toCsv([
        ["姓名", "身份证号码", "人员类别", "参保档次"],
        ["甲", SZ_IDS.zhang1, "低保", "一档"],
      ])
    );
    expect((await run("claim", ambiguous)).err).toMatch(/请用 --policy 指定政策/);
  });
});

describe("yibao template roster|claim", () => {
  test("the roster template: dropdowns of the region's categories and tiers; filled in, it is a roster", async () => {
    const file = path.join(dir, "t", "roster.xlsx");
    const r = await run("template", "roster", "--policy", "cq-shizhu-2025", "--out", file);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("资助对象花名册")!;
    expect(ws.getCell("A1").value).toBe(
      "重庆市石柱县下路街道2025年度城乡居民医保资助参保对象花名册"
    );
    const dv = (
      ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    const tierRule = Object.entries(dv).find(([range]) => range.startsWith("F4"))![1];
    expect(tierRule.formulae[0]).toBe('"一档,二档"');
    // The category list: inline, or on a hidden sheet when longer than Excel's 255 characters.
    const catRule = Object.entries(dv).find(([range]) => range.startsWith("E4"))![1];
    const f = catRule.formulae[0];
    const values = f.startsWith('"')
      ? f.slice(1, -1).split(",")
      : (() => {
          const list = wb.getWorksheet(f.replace(/^'?([^'!]+)'?!.*$/, "$1"))!;
          const out: string[] = [];
          list.eachRow((row) => out.push(String(row.getCell(1).value)));
          return out;
        })();
    expect(values).toEqual(
      getPolicy("cq-shizhu-2025")
        .categories.filter((c) => c.subsidy)
        .map((c) => c.name)
    );
    expect(values).toHaveLength(15);
    expect(ws.getColumn(4).numFmt).toBe("@");

    // The clerk fills rows in: the claim reads them.
    ws.getCell("B4").value = "红岩社区";
    ws.getCell("C4").value = "张一";
    ws.getCell("D4").value = SZ_IDS.zhang1;
    ws.getCell("E4").value = "城乡低保对象";
    ws.getCell("F4").value = "一档";
    ws.getCell("G4").value = "县民政局";
    const filled = path.join(dir, "t", "filled.xlsx");
    await wb.xlsx.writeFile(filled);
    const c = JSON.parse((await run("claim", filled, "--policy", "cq-shizhu-2025", "--json")).out);
    expect([c.inputRows, c.people, c.totalSubsidy]).toEqual([1, 1, 360]);
  });

  test("the claim template: 附件2 prefilled, amounts = count × standard as formulas", async () => {
    const file = path.join(dir, "t", "claim.xlsx");
    const r = await run(
      "template",
      "claim",
      "--policy",
      "cq-pengshui-2025",
      "--out",
      file,
      "--json"
    );
    expect(JSON.parse(r.out)).toEqual({ file, policy: "cq-pengshui-2025", sheets: ["资助申报表"] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("资助申报表")!;
    // Fill two counts and let LibreOffice compute.
    let stable = 0;
    let total = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === "稳定脱贫人口" && row.getCell(3).value === "一档") stable = n;
      if (row.getCell(1).value === "合计") total = n;
    });
    ws.getCell(`D${stable}`).value = 100;
    ws.getCell(`D${stable + 1}`).value = 10;
    const rc = await recalcXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(rc.value("资助申报表", `G${stable}`)).toBe(1500);
    expect(rc.value("资助申报表", `H${stable}`)).toBe(38500);
    expect([rc.value("资助申报表", `D${total}`), rc.value("资助申报表", `G${total}`)]).toEqual([
      110, 1650,
    ]);
  });

  test("other template kinds still reach the targets template; bad input", async () => {
    const t = await run("template", "targets", "--out", path.join(dir, "t", "targets.xlsx"));
    expect(t.code).toBe(0);
    expect((await run("template", "roster")).err).toMatch(/缺少 --policy/);
    expect(
      (await run("template", "roster", "--policy", "cq-shizhu-2025", "--rows", "5")).err
    ).toMatch(/没有 --rows 选项/);
    expect((await run("template", "claim", "--policy", "cq-2025-base")).code).toBe(2);
  });
});

test("a subsidy the notice leaves open: the text mode adds the --set key, the JSON and the workbook keep to words", async () => {
  const file = path.join(dir, "双清花名册.xlsx");
  fs.writeFileSync(file, await writeXlsx(asSpecs([shuangqingRoster()])));
  const out = path.join(dir, "双清申报表.xlsx");
  const text = await run("claim", file, "--policy", "hn-shuangqing-2025", "--out", out);
  const line = text.out.split("\n").find((l) => l.includes("其他困难群体") && l.includes("请先确认"))!;
  expect(line).toContain("请先确认后自行提供：在“政策设置”中填写。命令行用 --set subsidy.其他困难群体=值 提供。");
  const json = JSON.parse((await run("claim", file, "--policy", "hn-shuangqing-2025", "--json")).out);
  const open = json.rejected.find((x: { reason: string }) => x.reason.includes("请先确认"));
  expect(open.reason).not.toContain("--set");
  const wb = await readWorkbookFile(out);
  const reasons = wb.find((s) => s.name === "未通过")!.rows.flat().map(String);
  expect(reasons.some((v) => v.includes("在“政策设置”中填写"))).toBe(true);
  expect(reasons.join("\n")).not.toMatch(/--set|命令行/);
});

test("ids in the pengshui fixture are valid where they should be", () => {
  expect(PS_IDS.ding.endsWith("X")).toBe(true);
});
