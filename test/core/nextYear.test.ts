/**
 * Issue 22's proof: a made-up next-year notice goes in as one notice file and its table of
 * cases (test/fixtures/policy/next-year), with no code or test file naming it. Added to a
 * temporary registry beside every shipped notice it loads and passes every table; its values
 * cite its own text; and each planted mistake is refused with the file, the value and the fix.
 * Nothing here names a shipped policy or year: the expectations come from the files.
 */
import fs from "fs";
import path from "path";
import { createRegistry, listPolicies, type NoticeSourceFile } from "../../src/core/policy/registry";
import type { NoticeFile } from "../../src/core/policy/noticeSchema";
import { policyProblems } from "../../src/core/policy/consistency";
import { noticeOutline } from "../../src/core/policy/outline";
import { rawPolicyFiles } from "./helpers";
import { actualOf, caseTables } from "./policyCases";

export const NEXT_YEAR = path.resolve(__dirname, "../fixtures/policy/next-year");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** The notice files of a folder (every JSON file but the tables of cases). */
export function noticeFilesIn(dir: string): NoticeSourceFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".cases.json"))
    .map((f) => ({ name: f, data: JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as unknown }));
}

const [fixture] = noticeFilesIn(NEXT_YEAR);
const notice = fixture.data as NoticeFile;
const text = fs.readFileSync(path.join(NEXT_YEAR, notice.seed!), "utf8");
const newId = `${notice.region.id}-${notice.year}`;
const withNextYear = (): NoticeSourceFile[] => [...rawPolicyFiles(), JSON.parse(JSON.stringify(fixture)) as NoticeSourceFile];

describe("the next year's notice as data alone", () => {
  const registry = createRegistry(withNextYear());

  test("the fixture is a year no shipped notice of its region covers", () => {
    expect(listPolicies().map((p) => p.id)).not.toContain(newId);
  });

  test("the temporary registry holds the new year beside every shipped policy, and no other new one", () => {
    const shipped = listPolicies().map((p) => p.id);
    expect(registry.list().map((p) => p.id)).toEqual([...shipped, newId].sort());
    const p = registry.get(newId);
    expect(registry.get(notice.region.id).id).toBe(newId);
    expect(registry.family(p).map((q) => q.year)).toEqual(
      [...listPolicies().filter((q) => q.policy.family === notice.region.id).map((q) => q.year), notice.year].sort()
    );
    expect(Object.keys(p.policy.documents)).toContain(notice.document);
  });

  test("its outline is its text's numbering, and every value it states is in its text", () => {
    expect(notice.outline).toEqual(noticeOutline(text));
    const p = registry.get(newId).policy;
    expect(policyProblems(p, (doc) => (doc === notice.document ? { text } : undefined))).toEqual([]);
  });

  test("a value the notice does not state stays in force from the notice that did", () => {
    const p = registry.get(newId).policy;
    const before = registry.family(registry.get(newId)).slice(-2)[0].policy;
    const unstated = Object.keys(before).filter(
      (k) => !(k in notice.values) && !["id", "year", "documents", "tiers", "categories", "exceptions"].includes(k)
    );
    for (const k of unstated) expect([k, (p as unknown as Json)[k]]).toEqual([k, (before as unknown as Json)[k]]);
  });

  const tables = [...caseTables(), ...caseTables(NEXT_YEAR)];
  test.each(tables.flatMap(([file, t]) => t.cases.map((c) => [file, c.what, t, c] as const)))("%s: %s", (_f, _w, table, c) => {
    expect(actualOf(registry, table, c)).toEqual(c.expected);
  });
});

describe("each planted mistake is refused, with the file, the value and the fix", () => {
  const file = `${notice.document}.json`;
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  test.each<[string, (n: Json) => void, RegExp]>([
    [
      "a collection period with its dates reversed",
      (n) => {
        const c = n.values.collection;
        [c.start.value, c.end.value] = [c.end.value, c.start.value];
      },
      new RegExp(`${esc(file)}：collection\\.end（${notice.region.id} ${notice.year}年度）[^\\n]*集中缴费期结束日 .* 早于集中缴费期开始日[^\\n]*改法：`),
    ],
    [
      "swapped milestones",
      (n) => {
        const m = n.values.milestones;
        [m[0].by, m[1].by] = [m[1].by, m[0].by];
      },
      new RegExp(`${esc(file)}：milestones\\.1\\.by[^\\n]*早于第1个进度节点[^\\n]*改法：`),
    ],
    [
      "a citation to a clause the notice does not have: 七（三）",
      (n) => (n.values.milestones[0].cite[0].clause = "七（三）"),
      new RegExp(`${esc(file)}：milestones[^\\n]*引用的条款“${esc(notice.document)} 七（三）”在通知中没有。改法：核对通知的编号`),
    ],
    [
      "a citation to an attachment the notice does not have: 附件5",
      (n) => (n.values.milestones[0].cite[0].clause = "附件5"),
      /引用的条款“[^”]* 附件5”在通知中没有/,
    ],
    [
      "an amount not in its quote",
      (n) => (n.values.tiers["一档"].personal.value += 10),
      new RegExp(`${esc(file)}：tiers\\.一档\\.personal（[^\\n]*金额 \\d+ 不在它引用的原文中[^\\n]*改法：核对通知`),
    ],
    [
      "a date of the wrong year",
      (n) => (n.values.lastPayableDay = { ...n.values.lastPayableDay, value: `${notice.year - 1}-12-31` }),
      /lastPayableDay（[^\n]*不在\d{4}年度的时间范围/,
    ],
    [
      "a changed value not listed as a change",
      (n) => delete n.changes[Object.keys(n.changes)[0]],
      new RegExp(`${esc(file)}：${esc(Object.keys(notice.changes ?? {})[0] ?? "")} 与现行的 [^\\n]*写的不一样。改法：新通知确实改了它的，在 changes 里写上`),
    ],
    [
      "a value the last notice left open, not stated again",
      (n) => delete n.values.breakPenalty,
      /breakPenalty 是 \d{4} 年度通知未定的值，不能沿用到 \d{4} 年度[^\n]*改法：/,
    ],
    [
      "a category group outside the documented list",
      (n) => (n.values.categories[Object.keys(n.values.categories)[0]].groups = ["poor"]),
      /groups 只能取文档列出的值：lowIncome、/,
    ],
    [
      "a file not named by its document",
      (n) => (n.document = "大同府发〔2025〕99号"),
      /文件名应为它的文号：大同府发〔2025〕99号\.json/,
    ],
  ])("%s", (_what, breakIt, message) => {
    const all = withNextYear();
    breakIt(all[all.length - 1].data as Json);
    expect(() => createRegistry(all)).toThrow(message);
  });

  test("a quote that is not in the notice (checked against the text, as the tests and the 政策表 do)", () => {
    const p = JSON.parse(JSON.stringify(createRegistry(withNextYear()).get(newId).policy));
    p.milestones[0].cite[0].quote = "10月底完成收缴任务数的25%";
    p.milestones[0].share = 0.25;
    expect(policyProblems(p, (doc) => (doc === notice.document ? { text } : undefined))).toEqual([
      expect.objectContaining({ kind: "quoteNotInNotice", path: expect.stringMatching(/^milestones/) }),
    ]);
  });
});
