/**
 * 检查任务分解表 and 记录参保进度 as WPS JS macros and AirScript files, run on the strict ET fake
 * on the notices' own target tables (彭水 大同府发〔2024〕31号 附件1, 石柱 下路街道发〔2024〕78号
 * 附件1), bad variants of them, villages named like formulas and a live =HYPERLINK(...) name.
 * 检查任务分解表 answers `yibao targets --json` on the same sheets saved as .xlsx and writes the
 * core's 检查结果 (reportSheets) cell by cell; 记录参保进度 records the figures `yibao targets
 * --as-of` gives and writes the core's 进度记录 cell by cell. The clerk's values never change:
 * a checked cell gains a fill and a note only.
 */
import { toIso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { dueOn, progressEntries } from "../../src/core/progress/fromTargets";
import { readProgress, recordProgress, type ProgressCell } from "../../src/core/progress/history";
import { progressSheet } from "../../src/core/progress/sheets";
import type { SheetData } from "../../src/core/sheet/address";
import { reportSheets } from "../../src/core/targets/annotate";
import { checkTargets } from "../../src/core/targets/check";
import { iso } from "../../src/core/dates";
import { pengshui, set, shizhu, type Rows } from "../targets/fixtures";
import type { Scalar } from "./etWorkbook";
import {
  bookOf,
  buildJob,
  cliOn,
  contents,
  expectSheet,
  FORMULA_LIKE_NAMES,
  KINDS,
  runJob,
  snapshot,
  type BuiltJob,
} from "./runJobs";

jest.setTimeout(600_000);

let targets: BuiltJob;
let progress: BuiltJob;
beforeAll(() => {
  targets = buildJob("检查任务分解表");
  progress = buildJob("记录参保进度");
}, 300_000);

const values = (rows: Rows): Scalar[][] => rows.map((r) => r.map((v) => (v ?? "") as Scalar));
const NOTE = "有问题的单元格已在工作表“任务表”中标色并加了批注；单元格的值没有改动。";

/** 彭水 附件1 with 已缴费人数 in D. */
function pengshuiPaid(paid = [1700, 700, 1100, 1153]): Rows {
  const rows = pengshui();
  rows[3].push("已缴费人数");
  paid.forEach((p, i) => rows[4 + i].push(p));
  rows[8].push(paid.reduce((a, b) => a + b, 0));
  return rows;
}

/** 彭水 with its villages renamed as a spreadsheet would run them. */
function formulaVillages(): Rows {
  let rows = pengshuiPaid();
  FORMULA_LIKE_NAMES.forEach((n, i) => (rows = set(rows, `B${5 + i}`, n)));
  return rows;
}

type Params = { policy?: string; assigned?: number; asOf?: string };
const CASES: [string, Rows, Params][] = [
  ["彭水 附件1 as issued", pengshui(), {}],
  ["彭水 with the total typed wrong", set(pengshui(), "C9", 7000), {}],
  ["彭水 with a target stored as text", set(pengshui(), "C6", "1273"), {}],
  [
    "彭水 with a village twice and a blank target",
    set(set(pengshui(), "B7", "大河村"), "C8", null),
    {},
  ],
  [
    "石柱 附件1 against the 33828 assigned",
    shizhu(),
    { policy: "cq-shizhu-2025", assigned: 33828 },
  ],
  ["石柱 against a wrong figure", shizhu(), { policy: "cq-shizhu-2025", assigned: 34000 }],
  [
    "彭水 with 已缴费 on 2024-11-29",
    pengshuiPaid(),
    { policy: "cq-pengshui-2025", asOf: "2024-11-29" },
  ],
  [
    "彭水 villages named = + - @",
    formulaVillages(),
    { policy: "cq-pengshui-2025", asOf: "2024-11-29" },
  ],
];

function cliArgs(p: Params): string[] {
  return [
    ...(p.policy ? ["--policy", p.policy] : []),
    ...(p.assigned !== undefined ? ["--assigned", String(p.assigned)] : []),
    ...(p.asOf ? ["--as-of", p.asOf] : []),
  ];
}

describe.each(KINDS)("检查任务分解表 (%s)", (kind) => {
  it.each(CASES)("%s", async (_what, rows, p) => {
    const book = bookOf({ 说明: [["本表是别的内容"]], 任务表: values(rows) });
    const before = snapshot(book);
    const cli = await cliOn(book, "targets", "--sheet", "任务表", ...cliArgs(p));
    const answer = runJob(targets, kind, book, { ...p, sheet: "任务表" });
    expect(answer).toEqual(cli.json);

    // The clerk's values and formulas stay; the other sheet stays whole.
    const after = snapshot(book);
    expect(after["说明"]).toEqual(before["说明"]);
    const input = bookOf({ 任务表: values(rows) });
    expect(contents(book, "任务表")).toEqual(contents(input, "任务表"));

    const target: SheetData = { name: "任务表", rows };
    const report = checkTargets(target, {
      assigned: p.assigned,
      asOf: p.asOf ? iso(p.asOf) : undefined,
      policy: p.policy ? getPolicy(p.policy) : undefined,
      source: "excel",
      otherSheets: [{ name: "说明", rows: [["本表是别的内容"]] }],
    });
    const specs = reportSheets(report, ["说明", "任务表"], NOTE);
    expect(book.names()).toEqual(["说明", "任务表", ...specs.map((s) => s.name)]);
    for (const spec of specs) expectSheet(book, spec.name, spec);
    for (const name of book.names().slice(2))
      for (const f of book.formulas(name).values())
        for (const n of FORMULA_LIKE_NAMES) expect(f).not.toContain(n);
  });

  it("a village cell holding a live =HYPERLINK(...) is read as the name it shows; the formula stays", async () => {
    const book = bookOf({ 任务表: values(pengshui()) });
    book.sheet("任务表")._cell(4, 1, true)!.formula = '=HYPERLINK("http://x.invalid","大厂社区")';
    const before = contents(book, "任务表");
    const cli = await cliOn(bookOf({ 任务表: values(pengshui()) }), "targets", "--sheet", "任务表");
    expect(runJob(targets, kind, book, { sheet: "任务表" })).toEqual(cli.json);
    expect(contents(book, "任务表")).toEqual(before);
  });
});

describe.each(KINDS)("记录参保进度 (%s)", (kind) => {
  const POLICY = "cq-pengshui-2025";

  it.each([
    ["彭水, two report days", pengshuiPaid([600, 200, 400, 300])],
    ["彭水 villages named = + - @", formulaVillages()],
  ])(
    "%s: the figures of `yibao targets --as-of`, the core's 进度记录, the target sheet untouched",
    async (_what, rows) => {
      const book = bookOf({ 任务表: values(rows) });
      const before = snapshot(book);
      let history: ProgressCell[][] = [];
      for (const day of ["2024-11-01", "2024-11-29"]) {
        const answer = runJob(progress, kind, book, {
          policy: POLICY,
          sheet: "任务表",
          date: day,
        }) as {
          date: string;
          villages: number;
          behind: { village: string; paid: number; target: number }[];
        };
        const cli = (
          await cliOn(
            bookOf({ 任务表: values(rows) }),
            "targets",
            "--sheet",
            "任务表",
            "--policy",
            POLICY,
            "--as-of",
            day
          )
        ).json as {
          summary: { progress: { unit: string; target: number; paid: number; behind: boolean }[] };
        };
        expect(answer.date).toBe(day);
        expect(answer.villages).toBe(cli.summary.progress.length);
        expect(answer.behind.map((v) => [v.village, v.target, v.paid]).sort()).toEqual(
          cli.summary.progress
            .filter((u) => u.behind)
            .map((u) => [u.unit, u.target, u.paid])
            .sort()
        );

        // The core's record of the same day over the same history, cell by cell.
        const model = getPolicy(POLICY);
        const report = checkTargets({ name: "任务表", rows }, { policy: model, asOf: iso(day) });
        const next = recordProgress(
          history,
          toIso(iso(day)),
          progressEntries(report),
          dueOn(model, day)
        );
        expectSheet(book, "进度记录", progressSheet(readProgress(next)));
        history = book.values("进度记录") as ProgressCell[][];
        expect(snapshot(book)["任务表"]).toEqual(before["任务表"]);
        for (const f of book.formulas("进度记录").values())
          for (const n of FORMULA_LIKE_NAMES) expect(f).not.toContain(n);
      }
      expect(book.names()).toEqual(["任务表", "进度记录"]);
    }
  );
});
