/**
 * Issue 14 at the CLI: impossible newborn premiums, bounded counts and dates, strict
 * numbers in options and --set, output that never replaces its input, masked IDs,
 * Excel-damaged ID columns, ignored rows in --json, file limits, Chinese-only messages,
 * and the targets summary's rows counted as cells are.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { deflateRawSync } from "zlib";
import { checkDigit } from "../../src/core/idNumber";
import { toCsv } from "../../src/io/csv";
import { LIMITS } from "../../src/io/limits";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { refuseSameFile, writeOutput } from "../../src/cli/options";
import { asSpecs, pengshuiRoster, shizhuRosters } from "../claim/fixtures";
import { shizhu, set, writeXlsxFile } from "../targets/fixtures";
import { yibao } from "./run";

jest.setTimeout(60_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-i14-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string): string => path.join(dir, name);
const GB = "11010519491231002X";
const withCheck = (first17: string): string => first17 + checkDigit(first17);

describe("1. newborn premiums for impossible dates", () => {
  test("2099 with a 2098 birth for the 2023 policy is refused, not 350", async () => {
    const r = await yibao(
      "premium",
      "--policy",
      "cq-tongnan-2023",
      "--tier",
      "一档",
      "--category",
      "新生儿",
      "--date",
      "2099-01-01",
      "--event-date",
      "2098-12-01"
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/晚于2023年度末|最迟缴费日/);
  });

  test("a birth after the payment is refused by premium as by benefit", async () => {
    const r = await yibao(
      "premium",
      "--policy",
      "cq-tongnan-2025",
      "--tier",
      "一档",
      "--category",
      "新生儿",
      "--date",
      "2025-03-01",
      "--event-date",
      "2025-04-01"
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("晚于缴费日");
  });
});

describe("2 and 4. bounded counts, strict numbers", () => {
  test.each([
    [["--break-years", "1e15"], "科学计数法"],
    [["--break-years", "0x2"], "十六进制"],
    [["--break-years", "101"], "至多 100"],
  ])("benefit %j is refused with a Chinese message", async (extra, why) => {
    const r = await yibao(
      "benefit",
      "--policy",
      "cq-tongnan-2025",
      "--category",
      "普通居民",
      "--paid",
      "2025-04-10",
      ...extra
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(why);
    expect(r.stderr).not.toMatch(/Invalid|NaN/);
  });

  test.each([
    ["fiscalSubsidy=0x2BC", "十六进制"],
    ["fiscalSubsidy=1e400", "科学计数法"],
    ["fiscalSubsidy=Infinity", "有限"],
    ["fiscalSubsidy=70%", "百分数"],
  ])("--set %s is refused", async (pair, why) => {
    const r = await yibao(
      "premium",
      "--policy",
      "hn-shuangqing-2025",
      "--tier",
      "单档",
      "--category",
      "普通居民",
      "--date",
      "2025-03-01",
      "--set",
      pair
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(why);
    expect(r.stdout).not.toContain("e+");
  });

  test("a supplied break penalty is read strictly too (0x1 is not a month)", async () => {
    const base = [
      "benefit",
      "--policy",
      "cq-pengshui-2025",
      "--category",
      "普通居民",
      "--paid",
      "2025-04-10",
      "--break-years",
      "3",
    ];
    const bad = await yibao(...base, "--set", "breakPenalty=13");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("0到12的整数");
    const good = await yibao(...base, "--set", "breakPenalty=1", "--json");
    expect(good.code).toBe(0);
  });

  test("--set with full-width digits reads as the number", async () => {
    const r = await yibao(
      "premium",
      "--policy",
      "hn-shuangqing-2025",
      "--tier",
      "单档",
      "--category",
      "普通居民",
      "--date",
      "2025-07-15",
      "--set",
      "fiscalSubsidy=７００",
      "--json"
    );
    expect(r.code).toBe(0);
    expect(r.json().fiscalSurcharge).toBe(700);
  });

  test("a claim's --set subsidy of 0x10 is refused, not paid as 16 yuan", async () => {
    const roster = file("sz.xlsx");
    fs.writeFileSync(roster, await writeXlsx(asSpecs(shizhuRosters())));
    const r = await yibao(
      "claim",
      roster,
      "--policy",
      "cq-shizhu-2025",
      "--set",
      "subsidy.其他困难群体=0x10"
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("十六进制");
  });
});

describe("6. the input is never overwritten", () => {
  let roster: string;
  let before: Buffer;
  beforeAll(async () => {
    roster = file("roster.xlsx");
    fs.writeFileSync(roster, await writeXlsx(asSpecs(shizhuRosters())));
    before = fs.readFileSync(roster);
  });

  test("a hard link to the roster as --out is refused", async () => {
    const link = file("hard.xlsx");
    fs.linkSync(roster, link);
    const r = await yibao("claim", roster, "--policy", "cq-shizhu-2025", "--out", link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不能与花名册是同一个文件");
    expect(fs.readFileSync(roster).equals(before)).toBe(true);
  });

  test("a symbolic link to the roster as --out is refused", async () => {
    const link = file("soft.xlsx");
    fs.symlinkSync(roster, link);
    const r = await yibao("claim", roster, "--policy", "cq-shizhu-2025", "--out", link);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(roster).equals(before)).toBe(true);
  });

  test("targets --out through a hard link is refused", async () => {
    const t = file("t.xlsx");
    await writeXlsxFile(t, [{ name: "附件1", rows: shizhu() }]);
    const link = file("t-link.xlsx");
    fs.linkSync(t, link);
    const tb = fs.readFileSync(t);
    const r = await yibao("targets", t, "--out", link);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(t).equals(tb)).toBe(true);
  });

  test("a name differing only in case is the same file on Windows and macOS", async () => {
    for (const platform of ["win32", "darwin"]) {
      await expect(
        refuseSameFile("/d/花名册.XLSX", "/d/花名册.xlsx", "同一个文件", platform)
      ).rejects.toThrow("同一个文件");
    }
    await expect(
      refuseSameFile(file("a.xlsx"), file("A.xlsx"), "同一个文件", "linux")
    ).resolves.toBeUndefined();
  });

  test("a write goes through a temporary file: a failed write leaves the old file whole and no debris", async () => {
    const out = file("out.xlsx");
    fs.writeFileSync(out, "old");
    // Not yibao's file: replaced only when told (--force), as issue 23 asks.
    await expect(writeOutput(out, new Uint8Array([1, 2, 3]))).rejects.toThrow(/--force/);
    await writeOutput(out, new Uint8Array([1, 2, 3]), { force: true });
    expect([...fs.readFileSync(out)]).toEqual([1, 2, 3]);
    // A folder in the way: the rename fails, the message is Chinese, no temp file is left.
    const blocked = file("blocked.xlsx");
    fs.mkdirSync(blocked);
    await expect(writeOutput(blocked, new Uint8Array([1]), { force: true })).rejects.toThrow(
      /无法写入/
    );
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("7 and 10. IDs masked in every message; ignored rows in --json", () => {
  let roster: string;
  beforeAll(() => {
    const rows = pengshuiRoster().rows.slice(0, 4) as (string | null)[][];
    rows.push([GB, null, null, null, null]); // an ID typed in the name column, nothing else
    rows.push(["合计12345678901234567", null, null, null, null]); // a footer with 17 digits
    rows.push([null, null, null, null, "说明：本表由村委会填报"]);
    roster = file("ps.csv");
    fs.writeFileSync(roster, "\ufeff" + toCsv(rows));
  });

  test("the text output shows no full or 17-digit ID", async () => {
    const r = await yibao("claim", roster, "--policy", "cq-pengshui-2025");
    const all = r.stdout + r.stderr;
    expect(all).not.toContain(GB);
    expect(all).not.toMatch(/\d{11}/);
    expect(all).toContain("002X");
  });

  test("an 18-digit ID row is a person's row (rejected with its reason), not a title", async () => {
    const r = await yibao("claim", roster, "--policy", "cq-pengshui-2025", "--json");
    const j = r.json<{
      inputRows: number;
      people: number;
      merged: unknown[];
      rejected: { row: number; reason: string }[];
      ignored: { row: number; reason: string }[];
    }>();
    expect(j.rejected.map((x) => x.row)).toContain(5);
    expect(j.ignored.map((g) => g.row)).toEqual([6, 7]);
    expect(j.inputRows).toBe(j.people + j.merged.length + j.rejected.length + j.ignored.length);
    expect(JSON.stringify(j)).not.toMatch(/\d{11}/);
  });
});

describe("9. Excel-damaged IDs in a CSV", () => {
  test("a column with far too many IDs ending in 000 is judged damaged; those rows are held, saying why", async () => {
    const rows: (string | null)[][] = [["姓名", "公民身份号码", "身份", "参保档次"]];
    for (let i = 0; i < 30; i++) {
      const real = withCheck(`50024319800101${String(100 + i)}`);
      // Every third ID went through Excel as a number: 15 digits kept, then 000.
      rows.push([`人${i}`, i % 3 === 0 ? real.slice(0, 15) + "000" : real, "低保", "一档"]);
    }
    const csv = file("damaged.csv");
    fs.writeFileSync(csv, toCsv(rows));
    const r = await yibao("claim", csv, "--policy", "cq-pengshui-2025", "--json");
    const j = r.json<{ people: number; rejected: { row: number; reason: string }[] }>();
    expect(j.rejected.map((x) => x.row)).toEqual(
      rows.map((_, i) => i + 1).filter((n) => n >= 2 && (n - 2) % 3 === 0)
    );
    expect(j.people).toBe(20);
    for (const x of j.rejected) {
      expect(x.reason).toContain("被 Excel 损坏");
      expect(x.reason).toContain("文本");
    }
  });

  test("a single ID Excel rounded (500240196503121000) says Excel damaged it and how to keep IDs as text", async () => {
    const rows: (string | null)[][] = [["姓名", "公民身份号码", "身份", "参保档次"]];
    for (let i = 0; i < 10; i++)
      rows.push([`人${i}`, withCheck(`50024319800101${String(100 + i)}`), "低保", "一档"]);
    rows.push(["错", "500240196503121000", "低保", "一档"]);
    const csv = file("rounded1.csv");
    fs.writeFileSync(csv, toCsv(rows));
    const r = await yibao("claim", csv, "--policy", "cq-pengshui-2025", "--json");
    const [x] = r.json<{ rejected: { row: number; reason: string }[] }>().rejected;
    expect(x.row).toBe(12);
    expect(x.reason).toContain("校验位错误");
    expect(x.reason).toContain("Excel 曾把号码当作数字保存，只保留了15位");
    expect(x.reason).toContain("“文本”格式");
  });

  test("one real ID ending in 000 among many is not judged damage", async () => {
    const rows: (string | null)[][] = [["姓名", "公民身份号码", "身份", "参保档次"]];
    for (let i = 0; i < 200; i++)
      rows.push([`人${i}`, withCheck(`5002431980010${String(1000 + i)}`), "低保", "一档"]);
    let k = 0;
    for (let seq = 0; seq < 1000 && k === 0; seq++) {
      const id = withCheck(`50024319800101${String(seq).padStart(3, "0")}`);
      if (id.endsWith("000")) (rows.push(["零", id, "低保", "一档"]), k++);
    }
    const csv = file("real000.csv");
    fs.writeFileSync(csv, toCsv(rows));
    const r = await yibao("claim", csv, "--policy", "cq-pengshui-2025", "--json");
    expect(r.json<{ rejected: unknown[] }>().rejected).toEqual([]);
  });
});

/** A minimal zip holding one deflated part, with the central directory a reader checks. */
function zipOf(name: string, data: Buffer): Buffer {
  const packed = deflateRawSync(data);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(n.length, 28);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + n.length, 12);
  eocd.writeUInt32LE(30 + n.length + packed.length, 16);
  return Buffer.concat([local, n, packed, central, n, eocd]);
}

describe("11 and 12. limits and Chinese-only messages", () => {
  test("a zip bomb is refused before it is unpacked, with the limit", async () => {
    const bomb = file("bomb.xlsx");
    fs.writeFileSync(
      bomb,
      zipOf("xl/sharedStrings.xml", Buffer.alloc(LIMITS.unpackedBytes + 1024 * 1024, 0x20))
    );
    expect(fs.statSync(bomb).size).toBeLessThan(1024 * 1024);
    const r = await yibao("claim", bomb, "--policy", "cq-shizhu-2025");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/解压后有 \d+ MB，超过本程序能处理的 200 MB/);
  });

  // Issue 23: the dimension is a claim; a part too small to hold the rows it claims is read
  // and counted by the rows it has (a sheet truly past the limit is refused as it is read).
  test("a sheet that only declares more rows than the limit is not refused for its size", async () => {
    const big = file("rows.xlsx");
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F350000"/><sheetData/></worksheet>`;
    fs.writeFileSync(big, zipOf("xl/worksheets/sheet1.xml", Buffer.from(xml)));
    const r = await yibao("claim", big, "--policy", "cq-shizhu-2025");
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("350,000 行");
  });

  test("a corrupt .xlsx gets a Chinese message; the library's text only in --json", async () => {
    const bad = file("bad.xlsx");
    fs.writeFileSync(bad, Buffer.from("PK\u0003\u0004 this is not a workbook"));
    const plain = await yibao("targets", bad);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^错误：无法读取 bad\.xlsx：文件不是有效的 \.xlsx 工作簿/);
    expect(plain.stderr).not.toMatch(/[A-Za-z]{6,}/);
    const json = await yibao("targets", bad, "--json");
    expect(json.stderr).toContain('"detail"');
  });

  test("a huge argument is not echoed back whole", async () => {
    const huge = "9".repeat(1_000_000);
    const r = await yibao(
      "premium",
      "--policy",
      "cq-tongnan-2025",
      "--tier",
      "一档",
      "--category",
      "普通居民",
      "--date",
      huge
    );
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(300);
    expect(r.stderr).toContain("共1000000字");
  });
});

describe("14 and 15. dates; the targets summary", () => {
  test('"2024-11-15T99:99:99" is refused as a date', async () => {
    const r = await yibao(
      "premium",
      "--policy",
      "cq-pengshui-2025",
      "--tier",
      "二档",
      "--category",
      "普通居民",
      "--date",
      "2024-11-15T99:99:99"
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是有效日期");
  });

  test("headerRow and totalRow in the JSON summary are 1-based, like cells", async () => {
    const t = file("sz-targets.csv");
    fs.writeFileSync(t, toCsv(set(shizhu(), "C13", null)));
    const r = await yibao("targets", t, "--json");
    const j = r.json<{
      summary: { headerRow: number; totalRow: number };
      findings: { code: string; cell: string; message: string }[];
    }>();
    expect(j.summary.headerRow).toBe(5);
    expect(j.summary.totalRow).toBe(18);
    const total = j.findings.find((f) => f.code === "SUM_MISMATCH")!;
    expect(total.cell).toBe("C18");
    expect(total.message).toContain("白鹤村为空，按 0 计");
  });
});
