/**
 * The WPS jobs (#20): every generated JS macro and AirScript file parses at the stated
 * language level, makes no network call, and run on the strict ET fake gives the core's (the
 * CLI's) answers, leaves the roster untouched cell by cell and writes user text as text.
 */
import * as acorn from "acorn";
import { listPolicies } from "../../src/core/policy/registry";
import { premiumSheet } from "../../src/core/rules/premiumSheet";
import { toExcelSerial, iso } from "../../src/core/dates";
import { EtBook, type Scalar } from "./etWorkbook";

const { buildWps, LANGUAGE_LEVEL } = require("../../scripts/wps/build.js") as {
  buildWps: (o: { policies: unknown[]; labels: string[]; outDir: null }) => {
    job: string;
    jsa: string;
    airscript: string;
  }[];
  LANGUAGE_LEVEL: number;
};

jest.setTimeout(600_000);

let built: { job: string; jsa: string; airscript: string }[];
beforeAll(() => {
  const models = listPolicies();
  built = buildWps({
    policies: models.map((m) => m.policy),
    labels: models.map((m) => m.label),
    outDir: null,
  });
}, 300_000);

const POLICY = "cq-tongnan-2025";
const HEADER = ["序号", "姓名", "人员类别", "缴费档次", "缴费日期", "事件日期"];

function file(job: string, kind: "jsa" | "airscript"): string {
  const b = built.find((x) => x.job === job);
  if (!b) throw new Error(`no ${job}`);
  return b[kind];
}

/** Runs a JSA module as WPS would: its globals, then the named function. */
function runJsa(book: EtBook, job: string, params: Record<string, unknown>): unknown {
  const fn = new Function("Application", "MsgBox", `${file(job, "jsa")}\nreturn 医保助手_${job};`)(
    book.application,
    () => undefined
  ) as (p: unknown) => unknown;
  return fn(params);
}

/** Runs an AirScript file: the parameters come as Context.argv; the answer is its last expression. */
function runAirScript(book: EtBook, job: string, argv: Record<string, unknown>): unknown {
  const src = file(job, "airscript").replace(
    /\n\(function \(医保助手_调用参数\)/,
    "\nreturn (function (医保助手_调用参数)"
  );
  return new Function("Application", "Context", src)(book.application, { argv });
}

function roster(extra: Scalar[][] = []): Scalar[][] {
  const paid = toExcelSerial(iso("2025-03-01"));
  return [
    HEADER,
    [1, "张三", "普通居民", "一档", paid],
    [2, '=HYPERLINK("http://example.invalid","李四")', "普通居民", "二档", paid],
    [3, "王五", "外星人", "一档", paid],
    [4, "+赵六", "普通居民", "一档", "2024-13-01"],
    ...extra,
  ];
}

describe("generated WPS files", () => {
  it(`parse as ECMAScript ${2017} and make no network call`, () => {
    expect(LANGUAGE_LEVEL).toBe(2017);
    expect(built.map((b) => b.job).sort()).toEqual(
      ["生成资助申报表", "检查任务分解表", "计算保费", "记录参保进度"].sort()
    );
    for (const b of built)
      for (const text of [b.jsa, b.airscript]) {
        expect(() => acorn.parse(text, { ecmaVersion: LANGUAGE_LEVEL as 2017 })).not.toThrow();
        expect(text).not.toMatch(/HTTP\.fetch|XMLHttpRequest|\bfetch\(/);
      }
  });
});

describe.each(["jsa", "airscript"] as const)("计算保费 as %s on the strict ET fake", (kind) => {
  const run = (book: EtBook, p: Record<string, unknown>) =>
    (kind === "jsa" ? runJsa : runAirScript)(book, "计算保费", p) as {
      rows: number;
      computed: number;
      rejected: { row: number; reason: string }[];
      written: string;
      totalPersonal: number;
    };

  it("answers as the core does, bad rows included, keeps the roster and writes names as text", () => {
    const rows = roster();
    const book = EtBook.from({ 名单: rows });
    const before = book.values("名单");
    const answer = run(book, { policy: POLICY, sheet: "名单" });
    const core = premiumSheet({ name: "名单", rows }, POLICY, {});
    expect(answer.rows).toBe(core.rows.length);
    expect(answer.computed).toBe(core.rows.filter((r) => r.ok).length);
    expect(answer.rejected).toEqual(
      core.rows.filter((r) => !r.ok).map((r) => ({ row: r.row, reason: r.note }))
    );
    expect(answer.rejected.length).toBeGreaterThan(0);
    expect(book.values("名单")).toEqual(before);
    expect(book.names()).toEqual(["名单", answer.written]);
    // No user text became a formula in the written sheet.
    for (const f of book.formulas(answer.written).values()) expect(f).not.toMatch(/HYPERLINK|赵六/);
  });

  it("runs a 100,000-row roster in blocks with the core's answer", () => {
    const paid = toExcelSerial(iso("2025-03-01"));
    const rows: Scalar[][] = [HEADER];
    for (let i = 1; i <= 100_000; i++)
      rows.push([
        i,
        `居民${i}`,
        i % 5 === 0 ? "低保对象" : "普通居民",
        i % 7 === 0 ? "二档" : "一档",
        paid,
      ]);
    const book = EtBook.from({ 名单: rows });
    const started = Date.now();
    const answer = run(book, { policy: POLICY, sheet: "名单" });
    // Recorded, not asserted: the time depends on the machine.
    console.log(`计算保费（${kind}）100,000 行：${Date.now() - started} ms`);
    const core = premiumSheet({ name: "名单", rows }, POLICY, {});
    expect(answer.computed).toBe(core.rows.filter((r) => r.ok).length);
    expect(answer.rows).toBe(100_000);
    // Blocks of at most 10,000 rows (MAX_BLOCK_ROWS) of the widest sheet, never the whole roster.
    expect(book.log.largestCells).toBeLessThanOrEqual(10_000 * 16);
    expect(book.values("名单")[100_000][1]).toBe("居民100000");
  });
});
