/**
 * Issue 23 §4–§7 at the command line: no full ID in any line printed, the output files
 * (read-only, one file for two outputs, a file yibao did not write), Chinese for a missing
 * file, --policy by name, a command's own --help, and category lists that say where a name ends.
 */
import fs from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import type { SheetData } from "../../src/core/sheet/address";
import type { SheetSpec } from "../../src/core/sheet/spec";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { ledger, payment, personId } from "../cash/fixtures";
import { shizhuPackage } from "../targets/packageFixture";
import { yibao } from "./run";

jest.setTimeout(60_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-cli23-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SHIZHU = "cq-shizhu-2025";
const SHIZHU_NAME = "重庆市石柱县下路街道2025年度";

async function ledgerFile(name: string, sheets: SheetData[]): Promise<string> {
  const specs: SheetSpec[] = sheets.map((s) => ({
    name: s.name,
    cells: s.rows.map((r) => r.map((v) => (v === null ? null : { value: v as string | number }))),
  }));
  const p = path.join(dir, name);
  fs.writeFileSync(p, await writeXlsx(specs));
  return p;
}

describe("no line the CLI prints holds a whole ID", () => {
  it("an ID in the 收款日期 column of the cash ledger, text and --json", async () => {
    const id = personId(4242);
    const f = await ledgerFile("台账-id.xlsx", [ledger([payment(), payment({ date: id })])]);
    for (const extra of [[], ["--json"]]) {
      const r = await yibao("cash", f, "--policy", SHIZHU, "--as-of", "2025-12-31", ...extra);
      expect(r.stdout + r.stderr).toContain(id.slice(-4));
      expect(r.stdout + r.stderr).not.toMatch(/\d{11}/);
    }
  });

  it("an unknown command that is an ID", async () => {
    const r = await yibao("500240198001010005");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("0005");
    expect(r.stderr).not.toMatch(/\d{11}/);
  });
});

describe("output files", () => {
  it("a read-only --out file is not replaced", async () => {
    const out = path.join(dir, "只读.xlsx");
    fs.writeFileSync(out, "keep");
    fs.chmodSync(out, 0o444);
    const r = await yibao("template", "roster", "--policy", SHIZHU, "--out", out, "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("只读");
    expect(fs.readFileSync(out, "utf8")).toBe("keep");
  });

  it("cash --out X --notice-out X is refused before anything is written", async () => {
    const f = await ledgerFile("台账-两出.xlsx", [ledger([payment()])]);
    const out = path.join(dir, "同一个.xlsx");
    const r = await yibao(
      "cash",
      f,
      "--policy",
      SHIZHU,
      "--as-of",
      "2024-12-31",
      "--out",
      out,
      "--notice",
      "full",
      "--notice-out",
      out
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不能是同一个文件");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("template roster --out does not replace a filled roster without --force; replaces its own file", async () => {
    const out = path.join(dir, "花名册.xlsx");
    expect((await yibao("template", "roster", "--policy", SHIZHU, "--out", out)).code).toBe(0);
    // yibao's own file: made again without asking.
    expect((await yibao("template", "roster", "--policy", SHIZHU, "--out", out)).code).toBe(0);
    // The clerk fills it in Excel: Excel writes its own name into docProps/app.xml.
    fs.writeFileSync(out, "PK not yibao's");
    const refused = await yibao("template", "roster", "--policy", SHIZHU, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("不是本程序生成的文件");
    expect(refused.stderr).toContain("--force");
    expect(fs.readFileSync(out, "utf8")).toBe("PK not yibao's");
    const forced = await yibao("template", "roster", "--policy", SHIZHU, "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("a filled cash ledger is not replaced by `template cash` either", async () => {
    const out = path.join(dir, "台账.csv.xlsx");
    fs.writeFileSync(out, "clerk's");
    const r = await yibao("template", "cash", "--policy", SHIZHU, "--out", out);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(out, "utf8")).toBe("clerk's");
  });

  it("an --out in a folder that cannot be made says so in Chinese", async () => {
    const blocker = path.join(dir, "是文件");
    fs.writeFileSync(blocker, "x");
    const r = await yibao(
      "template",
      "roster",
      "--policy",
      SHIZHU,
      "--out",
      path.join(blocker, "a.xlsx")
    );
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/ENOENT|ENOTDIR|no such file/);
    expect(r.stderr).toMatch(/无法写入/);
  });
});

describe("the CLI in the clerk's words", () => {
  it("a missing file is said in Chinese, in every command", async () => {
    const missing = path.join(dir, "没有这个文件.xlsx");
    for (const argv of [
      ["targets", missing],
      ["claim", missing, "--policy", SHIZHU],
      ["cash", missing, "--policy", SHIZHU],
      ["match", missing, "--paid", missing, "--policy", SHIZHU],
    ]) {
      const r = await yibao(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("找不到文件");
      expect(r.stderr).not.toMatch(/ENOENT|no such file/);
    }
  });

  it("--policy takes the name the error message lists", async () => {
    const out = path.join(dir, "按名称.xlsx");
    const r = await yibao("template", "cash", "--policy", SHIZHU_NAME, "--out", out, "--json");
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ policy: SHIZHU });
    const unknown = await yibao("template", "cash", "--policy", "没有的政策", "--out", out);
    expect(unknown.stderr).toContain(SHIZHU_NAME);
  });

  it.each(["claim", "cash", "targets", "match"])(
    "%s --help shows that command's usage",
    async (command) => {
      const r = await yibao(command, "--help");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`yibao ${command}`);
      expect(r.stdout).not.toContain("yibao policies");
    }
  );
});

describe("a list of names says where each ends", () => {
  it("the categories of an unknown category are each quoted", async () => {
    const { getPolicy } = await import("../../src/core/policy/registry");
    let message = "";
    try {
      getPolicy("hn-shuangqing-2025").findCategory("外星人");
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/本地区的类别有：“[^”]+”(、“[^”]+”)+$/);
  });
});

describe("the annotated copy (targets --out) is a file yibao wrote", () => {
  const appXml = async (file: string): Promise<string> =>
    (await JSZip.loadAsync(fs.readFileSync(file))).file("docProps/app.xml")!.async("string");

  it("the same command onto its own copy needs no --force; the clerk's workbooks are still kept", async () => {
    const original = path.join(dir, "石柱附件1.xlsx");
    fs.writeFileSync(original, await shizhuPackage());
    const before = fs.readFileSync(original);
    const copy = path.join(dir, "石柱附件1-检查结果.xlsx");
    const first = await yibao("targets", original, "--policy", SHIZHU, "--out", copy);
    expect(first.code).not.toBe(2);
    expect(await appXml(copy)).toContain("<Application>yibao 医保助手</Application>");
    expect(await appXml(copy)).not.toContain("Microsoft Excel");
    const again = await yibao("targets", original, "--policy", SHIZHU, "--out", copy);
    expect([again.code, again.stderr]).toEqual([first.code, ""]);

    // A workbook Excel saved (the clerk's) is not replaced without --force, nor is the input.
    const clerks = path.join(dir, "另一张表.xlsx");
    fs.writeFileSync(clerks, before);
    const refused = await yibao("targets", original, "--policy", SHIZHU, "--out", clerks);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("不是本程序生成的文件");
    expect(fs.readFileSync(clerks).equals(before)).toBe(true);
    expect((await yibao("targets", original, "--out", original)).code).toBe(2);
    expect(fs.readFileSync(original).equals(before)).toBe(true);
  });

  it("a workbook without docProps/app.xml gets one, declared in the package", async () => {
    const zip = await JSZip.loadAsync(await shizhuPackage());
    zip.remove("docProps/app.xml");
    const rels = await zip.file("_rels/.rels")!.async("string");
    zip.file("_rels/.rels", rels.replace(/<Relationship [^>]*extended-properties"[^>]*\/>/, ""));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(/<Override PartName="\/docProps\/app.xml"[^>]*\/>/, "")
    );
    const original = path.join(dir, "没有app.xlsx");
    fs.writeFileSync(original, await zip.generateAsync({ type: "uint8array" }));
    const copy = path.join(dir, "没有app-检查结果.xlsx");
    expect((await yibao("targets", original, "--out", copy)).code).not.toBe(2);
    const out = await JSZip.loadAsync(fs.readFileSync(copy));
    expect(await out.file("docProps/app.xml")!.async("string")).toContain(
      "<Application>yibao 医保助手</Application>"
    );
    expect(await out.file("_rels/.rels")!.async("string")).toMatch(
      /extended-properties" Target="docProps\/app.xml"/
    );
    expect(await out.file("[Content_Types].xml")!.async("string")).toContain(
      'PartName="/docProps/app.xml"'
    );
    expect((await yibao("targets", original, "--out", copy)).stderr).toBe("");
  });
});

describe("a supplied amount over yibao's own limit says why", () => {
  it.each(["20000", "2000000000"])("--set fiscalSubsidy=%s", async (v) => {
    const r = await yibao(
      "premium",
      "--policy",
      "cq-tongnan-2023",
      "--tier",
      "一档",
      "--category",
      "普通居民",
      "--date",
      "2023-09-01",
      "--set",
      `fiscalSubsidy=${v}`
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("10000");
    expect(r.stderr).toContain("通知没有规定上限");
  });
});
