/**
 * Whole-file figures: a clerk runs a file through `yibao claim --out`, not the core, so this
 * measures whole processes, file → result → file, wall time and peak memory.
 *
 * The reference is what a clerk uses today: LibreOffice opening a workbook of hand-written
 * IF/VLOOKUP premium formulas over the same roster, computing every cell and saving it. Both
 * run in this same bench on this same (shared, noisy) machine, so the ratio is what counts.
 */
import { spawn } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { dayFromParts, partsOf } from "../src/core/dates";
import { checkDigit } from "../src/core/idNumber";
import { getPolicy } from "../src/core/policy/registry";
import { premium } from "../src/core/rules/premium";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "bin/yibao.js");
const POLICY = "cq-pengshui-2025";
const PAID = "2024-11-15";

const VILLAGES = ["大同社区", "石板村", "鱼塘村", "太平村"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁";
const GIVEN = "德文明华国建志永秀英兰芳玉春梅丽军平红霞云飞桂珍琼强林";

export interface Measured {
  ms: number;
  /** Peak resident memory of the whole process tree, in MB. */
  peakMb: number;
  status: number | null;
  stderr: string;
}

/** The roster's rows: 序号, 村（社区）, 姓名, 身份证号码, 人员类别, 参保档次, valid ids, 彭水 categories. */
export function rosterRows(rows: number, categories: readonly string[]): (string | number)[][] {
  let seed = 20241115;
  const next = (k: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const from = dayFromParts(1930, 1, 1)!;
  const pad = (v: number, w: number): string => String(v).padStart(w, "0");
  const out: (string | number)[][] = [];
  for (let i = 0; i < rows; i++) {
    const birth = partsOf(from + ((i * 7919) % 32000));
    const body = `500243${birth.year}${pad(birth.month, 2)}${pad(birth.day, 2)}${pad(Math.floor(i / 32000), 3)}`;
    const name = SURNAMES[next(SURNAMES.length)] + GIVEN[next(GIVEN.length)] + GIVEN[next(GIVEN.length)];
    const tier = next(4) === 0 ? "二档" : "一档";
    out.push([i + 1, VILLAGES[next(VILLAGES.length)], name, body + checkDigit(body), categories[next(categories.length)], tier]);
  }
  return out;
}

const HEADER = ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"];

/** The subsidised categories that can take either tier, so every generated row is claimable. */
export function claimableCategories(): string[] {
  const model = getPolicy(POLICY);
  return model.categories
    .filter((c) => c.kind === "subsidised" && c.subsidy && model.tierNames().every((t) => c.subsidy![t]))
    .map((c) => c.name);
}

export async function writeRoster(file: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet("花名册");
  ws.addRow(HEADER).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}

/**
 * The clerk's hand-made workbook: the roster plus 缴费标准 =IF(档次…), 资助 =VLOOKUP(类别, 资助表)
 * and 个人缴费 = 标准 − 资助, with the lookup table worked out by the rules engine (not typed here).
 */
async function writeHandFormulaBook(file: string, rows: (string | number)[][], categories: string[]): Promise<void> {
  const model = getPolicy(POLICY);
  const paid = dayFromParts(2024, 11, 15)!;
  const [t1, t2] = model.tierNames();
  const std = (tier: string): number => premium({ policy: model, tier, category: "普通居民", paid }).standard.toNumber();
  const sub = (tier: string, category: string): number =>
    premium({ policy: model, tier, category, paid }).subsidy.toNumber();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const table = wb.addWorksheet("资助表");
  table.addRow(["人员类别", t1, t2]).commit();
  for (const c of categories) table.addRow([c, sub(t1, c), sub(t2, c)]).commit();
  table.commit();
  const last = categories.length + 1;
  const ws = wb.addWorksheet("花名册");
  ws.addRow([...HEADER, "缴费标准", "资助金额", "个人缴费"]).commit();
  rows.forEach((r, i) => {
    const n = i + 2;
    ws.addRow([
      ...r,
      { formula: `IF(F${n}="${t2}",${std(t2)},${std(t1)})` },
      { formula: `IFERROR(VLOOKUP(E${n},资助表!$A$2:$C$${last},IF(F${n}="${t2}",3,2),FALSE),0)` },
      { formula: `G${n}-H${n}` },
    ]).commit();
  });
  ws.commit();
  await wb.commit();
}

function treeRssKb(root: number): number {
  // Every process whose ancestry reaches root (soffice runs soffice.bin as a child).
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const pid = Number(entry);
      parent.set(pid, Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
      rss.set(pid, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let p: number | undefined = pid; p; p = parent.get(p)) {
      if (p === root) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

/** Runs a command to its end, sampling the process tree's resident memory every 20 ms. */
export function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let peakKb = 0;
    const timer = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 20);
    child.on("error", (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on("close", (status) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ ms, peakMb: peakKb / 1024, status, stderr });
    });
  });
}

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function soffice(): string | null {
  for (const c of [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice"]) {
    if (c && fs.existsSync(c)) return c;
  }
  return null;
}

/** LibreOffice opens the hand-formula workbook, recalculates every cell (recalc mode "always") and saves it. */
async function libreOfficeRecalc(bin: string, book: string, dir: string): Promise<Measured> {
  const profile = path.join(dir, "lo-profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_XCU);
  // A first start creates the profile; it is set-up, not the clerk's work, so it is not timed.
  const warm = path.join(dir, "warm.csv");
  fs.writeFileSync(warm, "1\n");
  await measure(bin, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", path.join(dir, "warm"), warm]);
  const out = path.join(dir, "lo-out");
  const r = await measure(bin, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out, book]);
  if (r.status !== 0 || !fs.existsSync(path.join(out, path.basename(book))))
    throw new Error(`LibreOffice 重算失败（退出码 ${r.status}）：${r.stderr.slice(0, 500)}`);
  return r;
}

async function yibao(args: string[]): Promise<Measured> {
  const r = await measure(process.execPath, [CLI, ...args]);
  // claim exits 1 when some rows are rejected; anything else is a failure of the run itself.
  if (r.status !== 0 && r.status !== 1) throw new Error(`yibao ${args[0]} 失败（退出码 ${r.status}）：${r.stderr.slice(0, 500)}`);
  return r;
}

/** A target sheet as big as a county's: one row per village (社区) with its target and paid count. */
async function writeBigTargetSheet(file: string, units: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet("任务分解表");
  ws.addRow(["全县城乡居民医保参保任务分解表"]).commit();
  ws.addRow(["序号", "村（社区）", "户籍人口", "参保目标", "已缴费人数"]).commit();
  let target = 0;
  let paid = 0;
  for (let i = 1; i <= units; i++) {
    const t = 800 + (i % 400);
    const p = Math.floor(t * 0.6);
    target += t;
    paid += p;
    ws.addRow([i, `第${i}村`, t + 40, t, p]).commit();
  }
  ws.addRow(["", "合计", "", target, paid]).commit();
  ws.commit();
  await wb.commit();
}

export interface WholeFileRow {
  name: string;
  measured: string;
  target: string;
  ok: boolean;
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const shown = (m: Measured): string => `${fmt(m.ms)} 毫秒，峰值 ${fmt(m.peakMb)} MB`;

/** The whole-file targets of `npm run bench`; rows as bench/index.ts prints them. */
export async function benchWholeFile(log: (line: string) => void): Promise<WholeFileRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-bench-"));
  const rows: WholeFileRow[] = [];
  try {
    const categories = claimableCategories();
    const roster = (n: number): string => path.join(dir, `roster-${n}.xlsx`);
    for (const n of [100_000, 200_000]) await writeRoster(roster(n), rosterRows(n, categories));

    const bin = soffice();
    let reference: Measured | null = null;
    if (bin) {
      const book = path.join(dir, "hand-formulas.xlsx");
      await writeHandFormulaBook(book, rosterRows(100_000, categories), categories);
      reference = await libreOfficeRecalc(bin, book, dir);
      log(`参照：LibreOffice 打开十万行手写公式工作簿、全部重算并保存：${shown(reference)}`);
    } else {
      log("参照：本机没有 LibreOffice（soffice），无法测量手写公式工作簿；下面只列出 yibao 自己的数字。");
    }

    const claim = (n: number, extra: string[] = []): Promise<Measured> =>
      yibao(["claim", roster(n), "--policy", POLICY, "--date", PAID, "--out", path.join(dir, `claim-${n}${extra.length ? "-notice" : ""}.xlsx`), ...extra]);
    const c100 = await claim(100_000);
    const c200 = await claim(200_000);
    const notice = await claim(100_000, ["--public-notice"]);
    const targetsFile = path.join(dir, "targets.xlsx");
    // The same scale as the roster: a target sheet of 100,000 units (far more than a county has).
    await writeBigTargetSheet(targetsFile, 100_000);
    const targets = await yibao(["targets", targetsFile, "--out", path.join(dir, "targets-out.xlsx")]);
    const targets200File = path.join(dir, "targets-200k.xlsx");
    await writeBigTargetSheet(targets200File, 200_000);
    const targets200 = await yibao(["targets", targets200File, "--out", path.join(dir, "targets-200k-out.xlsx")]);

    if (reference) {
      const ratio = c100.ms / reference.ms;
      rows.push({
        name: "claim --out 十万行 ÷ LibreOffice",
        measured: `${ratio.toFixed(2)} 倍（${fmt(c100.ms)} ÷ ${fmt(reference.ms)} 毫秒）`,
        target: "≤ 0.50 倍",
        ok: ratio <= 0.5,
      });
    } else {
      rows.push({ name: "claim --out 十万行", measured: shown(c100), target: "（无 LibreOffice，仅记录）", ok: true });
    }
    const mem = (name: string, m: Measured, maxMb: number): void => {
      rows.push({ name, measured: shown(m), target: `峰值 ≤ ${fmt(maxMb)} MB`, ok: m.peakMb <= maxMb });
    };
    mem("claim --out 十万行 内存", c100, 500);
    // Linear growth: twice the rows may take at most about twice the memory, and twice the budget.
    mem("claim --out 二十万行 内存", c200, Math.min(1000, 2.2 * c100.peakMb));
    rows.push({
      name: "claim --out 二十万行 ÷ 十万行",
      measured: `${(c200.ms / c100.ms).toFixed(2)} 倍（${fmt(c200.ms)} ÷ ${fmt(c100.ms)} 毫秒）`,
      target: "≤ 2.20 倍（线性）",
      ok: c200.ms <= 2.2 * c100.ms,
    });
    mem("claim --public-notice 十万行", notice, 500);
    mem("targets --out 十万行", targets, 500);
    mem("targets --out 二十万行", targets200, Math.min(1000, 2.2 * targets.peakMb));
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
