/**
 * Grading from a faulty 任务分解表 (#23 §6): the table is checked first and what is wrong is
 * said before the grades; a village named twice is graded and ranked once; a village on the
 * lists that the table lacks is named, not silently dropped; a village with nobody in a group
 * shows "—" there, as the page does, not 100.0%.
 */
import { iso } from "../../src/core/dates";
import { runMatch } from "../../src/core/match/run";
import { progressReport } from "../../src/core/progress/history";
import { getPolicy } from "../../src/core/policy/registry";
import type { CellValue, SheetData } from "../../src/core/sheet/address";
import type { CellSpec } from "../../src/core/sheet/spec";
import { makeId, nameOf } from "./fixtures";

const ps = getPolicy("cq-pengshui-2025");

/** 甲村 4 people (no low-income, no 脱贫), 乙村 3 (one 低保对象), 丙村 2; all but one paid. */
function lists(): { household: SheetData; civil: SheetData; paid: SheetData } {
  const household: CellValue[][] = [["姓名", "身份证号码", "村（社区）"]];
  const paid: CellValue[][] = [["姓名", "证件号码", "缴费档次", "缴费金额", "缴费日期"]];
  const civil: CellValue[][] = [["姓名", "身份证号码", "人员类别", "村（社区）"]];
  let n = 0;
  for (const [village, people] of [
    ["甲村", 4],
    ["乙村", 3],
    ["丙村", 2],
  ] as const) {
    for (let i = 0; i < people; i++) {
      n++;
      const id = makeId("500243", 5000 + n);
      household.push([nameOf(n), id, village]);
      if (village === "乙村" && i === 0) civil.push([nameOf(n), id, "低保对象", village]);
      if (!(village === "甲村" && i === 3)) paid.push([nameOf(n), id, "一档", 400, "2024-11-20"]);
    }
  }
  return {
    household: { name: "户籍", rows: household },
    civil: { name: "民政", rows: civil },
    paid: { name: "缴费", rows: paid },
  };
}

/** 乙村 twice, 丙村 missing. */
const faulty: SheetData = {
  name: "附件1",
  rows: [
    ["大同镇参保目标任务表"],
    ["序号", "村（社区）", "2025年度参保目标"],
    [1, "甲村", 4],
    [2, "乙村", 3],
    [3, "乙村", 3],
    [null, "合计", 10],
  ],
};

const run = () => {
  const l = lists();
  return runMatch({
    lists: [l.household, l.civil],
    paid: l.paid,
    targets: faulty,
    policy: ps,
    date: iso("2024-12-31"),
  });
};

const texts = (cells: (CellSpec | null)[][]): string[] =>
  cells.map((row) =>
    row.map((c) => (c?.value === null || c?.value === undefined ? "" : String(c.value))).join("|")
  );

test("what is wrong with the table is said: the duplicate and the village it lacks", () => {
  const m = run();
  expect(m.targetIssues).toEqual([
    expect.stringMatching(/^任务分解表“附件1”B5：“乙村”与第4行.*重复/),
    "“丙村”在名单中有 2 人（已缴 2 人），任务分解表“附件1”中没有这个村（社区），未评档、未排名。请在表中补上它的任务数，或核对村名的写法。",
  ]);
});

test("a duplicate village is graded and ranked once, not twice with the same payers", () => {
  const m = run();
  expect(m.targets!.summary.progress.map((u) => [u.unit, u.paid])).toEqual([
    ["甲村", 3],
    ["乙村", 3],
  ]);
  const rep = progressReport(m.history)!;
  expect(rep.ranking.map((x) => x.village)).toEqual(["乙村", "甲村"]);
});

test("the 评档 sheet says what is wrong above the table, shows the missing village ungraded and '—' for an empty group", () => {
  const m = run();
  const sheet = m.sheets.find((s) => s.name === "评档与工作经费")!;
  const rows = texts(sheet.cells);
  const head = rows.findIndex((r) => r.startsWith("村（社区）|任务数"));
  expect(rows.slice(1, head).join("\n")).toMatch(
    /任务分解表有 2 处问题[\s\S]*1\. 任务分解表“附件1”B5[\s\S]*2\. “丙村”/
  );
  expect(sheet.table).toEqual({ headerRow: head, lastRow: head + 4 });
  expect(sheet.frozenRows).toBe(head + 1);
  const body = sheet.cells.slice(head + 1, head + 5);
  expect(body.map((r) => r[0]?.value)).toEqual(["甲村", "乙村", "丙村", "合计"]);
  // 甲村 has no low-income and no 脱贫 people: "—", as on the page; 乙村's 低保对象 paid: 100%.
  expect([body[0][5]?.value, body[0][6]?.value]).toEqual(["—", "—"]);
  expect(body[1][5]).toMatchObject({ value: 1, numFmt: "0.0%" });
  expect(texts([body[2]])[0]).toBe("丙村|表中没有|2|||||未评档|");
  expect(rows.join("\n")).toContain(
    "参保率为“—”的，名单中没有该类人员；评档时该项指标按已完成计。"
  );
  const summary = texts(m.sheets.find((s) => s.name === "比对汇总")!.cells).join("\n");
  expect(summary).toMatch(/任务分解表有 2 处问题/);
});

test("a sound table gives no issues", () => {
  const l = lists();
  const m = runMatch({
    lists: [l.household, l.civil],
    paid: l.paid,
    targets: {
      name: "附件1",
      rows: [
        ["村（社区）", "任务数"],
        ["甲村", 4],
        ["乙村", 3],
        ["丙村", 2],
        ["合计", 9],
      ],
    },
    policy: ps,
    date: iso("2024-12-31"),
  });
  expect(m.targetIssues).toEqual([]);
});
