/**
 * 生成资助申报表 as a WPS JS macro and as an AirScript file, run on the strict ET fake: on the
 * notices' own rosters (石柱, 彭水, 双清), with their bad rows, with names a spreadsheet would
 * take for a formula, with a name cell holding a live =HYPERLINK(...) and on a 100,000-row
 * roster. The answer is `yibao claim --json`'s on the same sheets saved as .xlsx; the written
 * sheets are the core's claim workbook cell by cell; every sheet that was there is unchanged.
 */
import { buildClaim } from "../../src/core/claim/build";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy } from "../../src/core/policy/registry";
import type { SheetData } from "../../src/core/sheet/address";
import {
  pengshuiRoster,
  shizhuRosters,
  shuangqingLateRoster,
  shuangqingRoster,
  withCheck,
} from "../claim/fixtures";
import { twentyPeople } from "../claim/workbookFixtures";
import type { EtBook, Scalar } from "./etWorkbook";
import {
  bookOf,
  buildJob,
  cliOn,
  expectSheet,
  FORMULA_LIKE_NAMES,
  KINDS,
  runJob,
  snapshot,
  type BuiltJob,
} from "./runJobs";

jest.setTimeout(600_000);

let built: BuiltJob;
beforeAll(() => {
  built = buildJob("生成资助申报表");
}, 300_000);

const NOTE = "本工作簿的说明，不是花名册";

function bookFrom(rosters: SheetData[]): EtBook {
  const sheets: Record<string, Scalar[][]> = {};
  for (const s of rosters) sheets[s.name] = s.rows.map((r) => r.map((v) => (v ?? "") as Scalar));
  sheets["说明"] = [[NOTE]];
  return bookOf(sheets);
}

/** The 彭水 roster with the names a spreadsheet would run as formulas, on people it accepts. */
function formulaNames(): SheetData {
  const r = pengshuiRoster();
  [1, 2, 4, 5].forEach((row, i) => (r.rows[row][0] = FORMULA_LIKE_NAMES[i]));
  return r;
}

const CASES: [string, string, () => SheetData[]][] = [
  ["石柱, three rosters in one workbook", "cq-shizhu-2025", shizhuRosters],
  ["彭水, bad rows among good ones", "cq-pengshui-2025", () => [pengshuiRoster()]],
  ["双清, single tier", "hn-shuangqing-2025", () => [shuangqingRoster()]],
  ["双清, paid after the period", "hn-shuangqing-2025", () => [shuangqingLateRoster()]],
  ["石柱, twenty people over the departments", "cq-shizhu-2025", () => [twentyPeople()]],
  ["彭水, names starting with = + - @", "cq-pengshui-2025", () => [formulaNames()]],
];

describe.each(KINDS)("%s", (kind) => {
  describe.each(CASES)("%s (%s)", (_label, policy, rosters) => {
    let book: EtBook;
    let before: ReturnType<typeof snapshot>;
    let answer: unknown;
    beforeAll(() => {
      book = bookFrom(rosters());
      before = snapshot(book);
      answer = runJob(built, kind, book, { policy });
    });

    it("answers exactly what `yibao claim --json` prints on the same sheets", async () => {
      const cli = await cliOn(bookFrom(rosters()), "claim", "--policy", policy);
      expect(cli.stderr).toBe("");
      expect(answer).toEqual(cli.json);
    });

    it("writes the core's claim workbook cell by cell, after the sheets that were there", () => {
      const model = getPolicy(policy);
      const input = rosters();
      const expected = claimWorkbook(buildClaim(input, model), model, {
        existingSheets: [...input.map((s) => s.name), "说明"],
      });
      expect(book.names()).toEqual([
        ...input.map((s) => s.name),
        "说明",
        ...expected.sheets.map((s) => s.name),
      ]);
      for (const spec of expected.sheets) expectSheet(book, spec.name, spec);
    });

    it("leaves the rosters and the clerk's sheet unchanged, cell by cell", () => {
      const after = snapshot(book);
      for (const name of Object.keys(before))
        expect([name, after[name]]).toEqual([name, before[name]]);
    });

    it("writes no user text as a formula", () => {
      for (const name of book.names().slice(Object.keys(before).length))
        for (const f of book.formulas(name).values())
          for (const n of FORMULA_LIKE_NAMES) expect(f).not.toContain(n);
    });
  });

  it("a name cell holding a live =HYPERLINK(...) is read as the name it shows; the formula stays", async () => {
    const book = bookFrom([pengshuiRoster()]);
    const cell = book.sheet("花名册")._cell(1, 0, true)!;
    cell.formula = '=HYPERLINK("http://x.invalid","甲")';
    const before = snapshot(book);
    const answer = runJob(built, kind, book, { policy: "cq-pengshui-2025" });
    expect(answer).toEqual(
      (await cliOn(bookFrom([pengshuiRoster()]), "claim", "--policy", "cq-pengshui-2025")).json
    );
    expect(snapshot(book)["花名册"]).toEqual(before["花名册"]);
    expect(book.values("资助明细").some((r) => r.includes("甲"))).toBe(true);
  });

  it("a bad parameter is a message in Chinese and nothing is written", () => {
    const book = bookFrom([pengshuiRoster()]);
    const before = snapshot(book);
    expect(() => runJob(built, kind, book, { policy: "cq-nowhere-2025" })).toThrow(
      /没有编号为“cq-nowhere-2025”的政策/
    );
    expect(() =>
      runJob(built, kind, book, { policy: "cq-pengshui-2025", date: "2025-02-30" })
    ).toThrow(/缴费日期“2025-02-30”不是有效日期/);
    expect(snapshot(book)).toEqual(before);
  });
});

const VILLAGES = ["红岩社区", "柏树社区", "银河社区", "白鹤村", "高平村", "湖海村"];
const CATEGORIES = ["城乡低保对象", "特困人员", "低保边缘户", "脱贫不稳定户", "普通居民"];

/** A 石柱 roster of n distinct people with valid IDs; 普通居民 among them are rejected. */
function countyRoster(n: number): SheetData {
  const rows: Scalar[][] = [["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"]];
  for (let i = 0; i < n; i++) {
    const birth = `${1950 + (i % 50)}${String(1 + (Math.floor(i / 50) % 12)).padStart(2, "0")}${String(1 + (Math.floor(i / 600) % 28)).padStart(2, "0")}`;
    const id = withCheck(
      `500240${birth}${String(Math.floor(i / 16_800)).padStart(2, "0")}${i % 10}`
    );
    rows.push([
      i + 1,
      VILLAGES[i % 6],
      `居民${i + 1}`,
      id,
      CATEGORIES[i % 5],
      i % 3 ? "一档" : "二档",
    ]);
  }
  return { name: "花名册", rows };
}

it.each(KINDS)("%s: a 100,000-row roster, in blocks, gives the CLI's answer", async (kind) => {
  const roster = countyRoster(100_000);
  const book = bookFrom([roster]);
  const started = Date.now();
  const answer = runJob(built, kind, book, { policy: "cq-shizhu-2025" }) as { inputRows: number };
  // Recorded, not asserted: the time depends on the machine.
  console.log(`生成资助申报表（${kind}）100,000 行：${Date.now() - started} ms`);
  expect(answer.inputRows).toBe(100_000);
  expect(book.log.largestCells).toBeLessThanOrEqual(10_000 * 16);
  expect(answer).toEqual(
    (await cliOn(bookFrom([roster]), "claim", "--policy", "cq-shizhu-2025")).json
  );
  expect(book.values("花名册")).toEqual(roster.rows);
});
