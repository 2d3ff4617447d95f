/**
 * Every workbook yibao writes, made through the CLI from the notices' fixtures, read by
 * references nobody here wrote (issue 23 §2): every XML part valid against the ISO/IEC 29500
 * transitional schemas (xmllint), openpyxl opens it and finds the expected sheets and text,
 * and LibreOffice converts it (one soffice run for all of them, it is slow). Village names a
 * spreadsheet refuses as sheet names (control characters, NUL, U+FFFF, an end apostrophe,
 * History, 31+ characters with an emoji at the cut) go through the cash notice and the match.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { writeXlsx } from "../../src/io/xlsxWriter";
import type { SheetData } from "../../src/core/sheet/address";
import { yibao } from "../cli/run";
import { ledger, payment } from "../cash/fixtures";
import { asSpecs, pengshuiRoster } from "../claim/fixtures";
import { pengshui, writeSheets } from "../match/fixtures";
import { shizhu, set } from "../targets/fixtures";
import { problemLines, schemaProblems } from "../helpers/ooxmlSchemas";
import { openpyxlRead } from "../helpers/openpyxl";
import { unconvertedToPdf } from "../helpers/pdf";

jest.setTimeout(600_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-ooxml-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Village names a sheet name cannot be as they are, and a clean one for contrast. */
const LONG = "石柱县下路街道" + "龙".repeat(23) + "😀" + "村";
const HOSTILE = ["龙\u0001潭村", "黄\u0000水村", "冷\uFFFF水村", "石柱村'", "History", LONG];

/** Each output: its file, the sheets openpyxl must list, and a text it must find in them. */
interface Output {
  file: string;
  sheets: (string | RegExp)[];
  text: string;
}
const outputs = new Map<string, Output>();

async function run(...argv: string[]): Promise<void> {
  const r = await yibao(...argv);
  if (r.code > 1) throw new Error(`yibao ${argv.join(" ")}: ${r.stderr}`);
}

const out = (name: string): string => path.join(dir, name);

async function xlsx(name: string, sheets: SheetData[]): Promise<string> {
  fs.writeFileSync(out(name), await writeXlsx(asSpecs(sheets)));
  return out(name);
}

/** The 彭水 match fixture with its villages renamed to hostile names, in every list. */
function hostileMatch(): ReturnType<typeof pengshui> {
  const fx = pengshui();
  const renamed = new Map([
    ["大厂社区", "龙\u0001潭村"],
    ["大河村", "石柱村'"],
    ["龙门村", "History"],
    ["马驴村", LONG],
  ]);
  for (const s of [fx.household, fx.civil, fx.agri, fx.paid, fx.targets])
    s.rows = s.rows.map((r) => r.map((v) => (typeof v === "string" ? (renamed.get(v) ?? v) : v)));
  return fx;
}

beforeAll(async () => {
  const policy = ["--policy", "cq-shizhu-2025"];
  // Templates and the clerk's 政策表.
  await run("template", "targets", "--out", out("任务分解表模板.xlsx"));
  outputs.set("targets template", {
    file: out("任务分解表模板.xlsx"),
    sheets: [/./],
    text: "村（社区）",
  });
  await run("template", "roster", ...policy, "--out", out("花名册模板.xlsx"));
  outputs.set("roster template", { file: out("花名册模板.xlsx"), sheets: [/./], text: "姓名" });
  await run("template", "claim", ...policy, "--out", out("申报表模板.xlsx"));
  outputs.set("claim template", { file: out("申报表模板.xlsx"), sheets: [/./], text: "资助对象" });
  await run("template", "cash", ...policy, "--out", out("台账模板.xlsx"));
  outputs.set("cash ledger template", {
    file: out("台账模板.xlsx"),
    sheets: [/./],
    text: "收款凭证号",
  });
  await run("policy", "cq-pengshui-2025", "--out", out("政策表.xlsx"));
  outputs.set("政策表 (policy --out)", { file: out("政策表.xlsx"), sheets: [/./], text: "彭水" });

  // The claim, with every sheet and the 公示名单.
  const roster = await xlsx("花名册.xlsx", [pengshuiRoster()]);
  await run(
    "claim",
    roster,
    "--policy",
    "cq-pengshui-2025",
    "--public-notice",
    "--out",
    out("申报表.xlsx")
  );
  outputs.set("claim", {
    file: out("申报表.xlsx"),
    sheets: ["申报汇总", "资助明细", "合并记录", "未通过", /公示/],
    text: "城乡居民医保困难群众参保资助申报汇总表",
  });

  // The cash check and its notice, one sheet per village, the hostile names among them.
  const villages = ["红岩社区", ...HOSTILE];
  const ledgerFile = await xlsx("台账.xlsx", [
    ledger(villages.map((village) => payment({ village }))),
  ]);
  await run(
    "cash",
    ledgerFile,
    ...policy,
    "--as-of",
    "2024-12-31",
    "--out",
    out("现金检查.xlsx"),
    "--notice",
    "full",
    "--notice-out",
    out("现金公示.xlsx")
  );
  outputs.set("cash report", {
    file: out("现金检查.xlsx"),
    sheets: ["台账检查结果", "每日对账"],
    text: "台账检查结果",
  });
  outputs.set("cash notice", {
    file: out("现金公示.xlsx"),
    sheets: ["红岩社区", "龙潭村", "黄水村", "冷水村", "石柱村", "History(1)", LONG.slice(0, 30)],
    text: "红岩社区",
  });

  // The match with its chart (two reports: the second has a history to chart), villages hostile.
  const fx = hostileMatch();
  const lists = await writeSheets(dir, "名单.xlsx", [fx.household, fx.civil, fx.agri]);
  const paid = await writeSheets(dir, "缴费.xlsx", [fx.paid]);
  const targets = await writeSheets(dir, "附件1.xlsx", [fx.targets]);
  const matchArgs = [lists, "--paid", paid, "--targets", targets, "--policy", "cq-pengshui-2025"];
  await run("match", ...matchArgs, "--date", "2024-12-20", "--out", out("比对1.xlsx"));
  await run(
    "match",
    ...matchArgs,
    "--date",
    "2024-12-31",
    "--history",
    out("比对1.xlsx"),
    "--out",
    out("参保比对.xlsx")
  );
  outputs.set("match (with its chart)", {
    file: out("参保比对.xlsx"),
    sheets: ["比对汇总", "进度记录", "未缴-石柱村", "未缴-History", "未缴-" + LONG.slice(0, 28)],
    text: "比对汇总",
  });

  // The targets annotated copy with its progress sheet.
  const t = await xlsx("附件1-石柱.xlsx", [
    { name: "附件1", rows: set(shizhu(), "B7", shizhu()[5][1]) },
  ]);
  await run("targets", t, "--as-of", "2024-12-31", "--out", out("附件1-检查结果.xlsx"));
  outputs.set("targets annotated copy (progress)", {
    file: out("附件1-检查结果.xlsx"),
    sheets: ["附件1", "检查结果"],
    text: "下路街道2025年度城乡居民基本医疗保险",
  });
});

const cases = (): [string][] =>
  [
    "targets template",
    "roster template",
    "claim template",
    "cash ledger template",
    "政策表 (policy --out)",
    "claim",
    "cash report",
    "cash notice",
    "match (with its chart)",
    "targets annotated copy (progress)",
  ].map((k) => [k]);

describe.each(cases())("%s", (key) => {
  test("every XML part validates against the ISO/IEC 29500 transitional schemas", async () => {
    const o = outputs.get(key)!;
    expect(problemLines(await schemaProblems(new Uint8Array(fs.readFileSync(o.file))))).toEqual([]);
  });

  test("openpyxl opens it and reads its sheets and text", () => {
    const o = outputs.get(key)!;
    const read = openpyxlRead(o.file);
    const names = o.sheets.filter((s): s is string => typeof s === "string");
    expect(read.sheets).toEqual(expect.arrayContaining(names));
    for (const s of o.sheets)
      if (s instanceof RegExp) expect(read.sheets).toContainEqual(expect.stringMatching(s));
    expect(Object.values(read.cells).flat().join("\n")).toContain(o.text);
  });
});

test("every output's sheet names are ones Excel accepts", () => {
  for (const o of outputs.values()) {
    for (const name of openpyxlRead(o.file).sheets) {
      expect(name.length).toBeLessThanOrEqual(31);
      // eslint-disable-next-line no-control-regex
      expect(name).not.toMatch(/[\u0000-\u001F\uFFFE\uFFFF[\]:*?/\\]|^'|'$|^history$/i);
      expect(name).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
      );
    }
  }
});

test("LibreOffice converts every output to PDF (one soffice run)", () => {
  expect(
    unconvertedToPdf(
      [...outputs.values()].map((o) => o.file),
      path.join(dir, "pdf")
    )
  ).toEqual([]);
});
