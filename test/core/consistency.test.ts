/**
 * The checks on one resolved policy (consistency.ts, outline.ts), which the registry and the
 * clerk's 政策表 share: every shipped policy passes them against its notices' texts, and each
 * planted mistake of issue 22 is refused with a problem naming the value and the fix.
 */
import { listPolicies } from "../../src/core/policy/registry";
import {
  datesInOrder,
  numbersInQuote,
  policyProblems,
  type NoticeSource,
} from "../../src/core/policy/consistency";
import { clauseExists, noticeOutline, quoteInText } from "../../src/core/policy/outline";
import type { Policy } from "../../src/core/policy/types";
import { seedText } from "./helpers";

const policies = listPolicies().map((m) => m.policy);
const sourcesOf =
  (policy: Policy) =>
  (doc: string): NoticeSource | undefined => {
    const file = policy.documents[doc]?.file;
    return file ? { text: seedText(file) } : undefined;
  };
const copy = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;
const pengshui = (): Policy => copy(policies.find((p) => p.id === "cq-pengshui-2025")!);

describe("a notice's outline", () => {
  test("reads 一、 （一） 1. （1） and each attachment's own numbering", () => {
    const text = [
      "前言 1. 不是条款",
      "一、目标",
      "（一）对象",
      "1. 户籍",
      "（1）子项",
      "(二) 半角括号",
      "三、跳号",
      "附件：1．清单",
      "附件3",
      "一、原则",
    ].join("\n");
    const o = noticeOutline(text);
    expect(o.clauses).toEqual([
      "一",
      "一（一）",
      "一（一）1",
      "一（一）1（1）",
      "一（二）",
      "三",
      "附件3",
      "附件3 一",
    ]);
    expect(o.implied).toEqual(["二"]);
    expect(clauseExists(o, "附件3 一")).toBe(true);
    expect(clauseExists(o, "二")).toBe(true);
    expect(clauseExists(o, "四")).toBe(false);
  });

  test("a table row or a footnote cites its attachment", () => {
    const o = noticeOutline("一、正文\n附件2\n\t表格");
    expect(clauseExists(o, "附件2 第3项")).toBe(true);
    expect(clauseExists(o, "附件2 ✱")).toBe(true);
    expect(clauseExists(o, "附件5")).toBe(false);
  });

  test("a quote is in the text whatever the line breaks", () => {
    expect(quoteInText("个人缴费标准为一档\n400元", "一档400 元")).toBe(true);
    expect(quoteInText("一档400元", "一档420元")).toBe(false);
  });
});

describe("every shipped policy passes the checks against its notices' texts", () => {
  test.each(policies.map((p) => [p.id, p] as const))("%s", (_id, policy) => {
    expect(policyProblems(policy, sourcesOf(policy))).toEqual([]);
  });
});

describe("the planted mistakes are refused, naming the value and the fix", () => {
  test("a collection period with its dates reversed", () => {
    const p = pengshui();
    [p.collection.start.value, p.collection.end.value] = [
      p.collection.end.value,
      p.collection.start.value,
    ];
    expect(datesInOrder(p)).toContainEqual(
      expect.objectContaining({
        kind: "dateOrder",
        path: "collection.end",
        problem: expect.stringMatching(/集中缴费期结束日 .* 早于集中缴费期开始日/),
      })
    );
  });

  test("swapped milestones", () => {
    const p = pengshui();
    const [a, b] = p.milestones!;
    [a.by, b.by] = [b.by, a.by];
    expect(datesInOrder(p).map((x) => x.path)).toEqual(["milestones.1.by"]);
    const q = pengshui();
    [q.milestones![0].share, q.milestones![1].share] = [
      q.milestones![1].share,
      q.milestones![0].share,
    ];
    expect(datesInOrder(q)).toEqual([
      expect.objectContaining({ path: "milestones.1.share", fix: expect.stringContaining("写反") }),
    ]);
  });

  test("a date outside its year", () => {
    const p = pengshui();
    p.lastPayableDay.value = `${p.year - 1}-12-31`;
    expect(datesInOrder(p)).toContainEqual(
      expect.objectContaining({ kind: "dateYear", path: "lastPayableDay" })
    );
  });

  test.each(["七（三）", "附件5"])(
    "a citation to a clause the notice does not have: %s",
    (clause) => {
      const p = pengshui();
      p.tiers[0].student!.cite[0].clause = clause;
      const problems = policyProblems(p, sourcesOf(p));
      expect(problems).toEqual([
        expect.objectContaining({
          kind: "clauseMissing",
          path: "tiers.一档.student",
          problem: `引用的条款“${p.tiers[0].student!.cite[0].doc} ${clause}”在通知中没有`,
        }),
      ]);
    }
  );

  test("an amount not in its quote", () => {
    const p = pengshui();
    const c = p.categories.find((x) => x.name === "低保边缘户")!;
    const s = c.subsidy!["一档"] as { value: number };
    s.value = 290;
    expect(policyProblems(p, sourcesOf(p))).toEqual([
      expect.objectContaining({
        kind: "amountNotInQuote",
        path: "categories.低保边缘户.subsidy.一档",
        problem: expect.stringContaining("金额 290 不在它引用的原文中"),
      }),
    ]);
  });

  test("a quote that is not in the notice", () => {
    const p = pengshui();
    p.tiers[0].student!.cite[0].quote = "个人缴费标准为一档390元/人·年";
    p.tiers[0].student!.value = 390;
    expect(policyProblems(p, sourcesOf(p))).toEqual([
      expect.objectContaining({ kind: "quoteNotInNotice", path: "tiers.一档.student" }),
    ]);
  });

  test("numbers are read after the tier's name", () => {
    expect(numbersInQuote("低保边缘户 一档 280 120 二档 400 375", "二档")).toEqual([400, 375]);
  });
});
