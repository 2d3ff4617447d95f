/**
 * Checks on ONE resolved policy, with no file or registry behind it: the dates are in order
 * and inside their year, every amount is written in the words it quotes, and, given the
 * notices' texts or outlines, every cited clause exists and every quote is in its notice.
 * Each problem names the value by its path (tiers.一档.personal, categories.低保边缘户.subsidy.一档,
 * collection.end) so the registry can report it with its file and the clerk's 政策表 by its cell.
 */
import type { Citation, Policy } from "./types";
import { clauseExists, NoticeOutline, noticeOutline, quoteInText } from "./outline";

export type ProblemKind =
  | "dateOrder"
  | "dateYear"
  | "amountNoQuote"
  | "amountNotInQuote"
  | "clauseMissing"
  | "quoteNotInNotice";

export interface PolicyProblem {
  kind: ProblemKind;
  /** The value, as a path into the policy with tiers, categories and exceptions keyed by id or name. */
  path: string;
  /** What is wrong, in Chinese, without the path (each caller names the value its own way). */
  problem: string;
  /** How to fix it, in Chinese. */
  fix: string;
}

type Node = null | boolean | number | string | Node[] | { [key: string]: Node };
type Obj = { [key: string]: Node };

const isObj = (n: unknown): n is Obj => typeof n === "object" && n !== null && !Array.isArray(n);
const isCite = (o: Obj): boolean => typeof o.doc === "string" && typeof o.clause === "string";

/** How the notices write 100% in words (双清 “全部纳入”, 彭水 “全面完成”). */
const WHOLE = /全部|全面/;
const TIER_LABEL = /[一二三四单统]档/g;

/** The numbers a quote writes; where it names the tier, only those after that tier's name. */
export function numbersInQuote(quote: string, tier?: string): number[] {
  let text = quote;
  if (tier && quote.includes(tier)) {
    const from = quote.indexOf(tier) + tier.length;
    TIER_LABEL.lastIndex = from;
    const next = TIER_LABEL.exec(quote);
    text = quote.slice(from, next ? next.index : undefined);
  }
  return (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

/** The tier an amount belongs to, from its path (tiers.一档.personal, categories.X.subsidy.一档). */
export function tierOfPath(path: string): string | undefined {
  return /^tiers\.([^.]+)\./.exec(path)?.[1] ?? /\.subsidy\.([^.]+)$/.exec(path)?.[1];
}

/** A policy as a tree whose collections are keyed (tiers by id, categories by name, exceptions by id). */
export function keyedPolicy(policy: Policy): Obj {
  const byKey = <T extends object>(items: T[], key: keyof T): Obj =>
    Object.fromEntries(items.map((i) => [String(i[key]), i as unknown as Node]));
  const tree = { ...(policy as unknown as Obj) };
  tree.tiers = byKey(policy.tiers, "id");
  tree.categories = byKey(policy.categories, "name");
  tree.exceptions = byKey(policy.exceptions, "id");
  delete tree.documents;
  return tree;
}

export function citesIn(
  node: Node,
  at = "",
  out: Array<[string, Citation]> = []
): Array<[string, Citation]> {
  if (Array.isArray(node)) node.forEach((n) => citesIn(n, at, out));
  else if (isObj(node)) {
    if (isCite(node)) out.push([at, node as unknown as Citation]);
    else
      for (const [k, v] of Object.entries(node))
        citesIn(v, k === "cite" ? at : at ? `${at}.${k}` : k, out);
  }
  return out;
}

export interface Amount {
  path: string;
  value: number;
  /** Percent shares (goals) are compared as percentages: 0.95 is written 95%. */
  percent: boolean;
  quotes: string[];
}

/** Every amount a tree states with the quotes that should carry it. */
export function amountsIn(node: Node, at = "", out: Amount[] = []): Amount[] {
  const percent = at === "goals" || at.startsWith("goals.");
  if (Array.isArray(node)) node.forEach((n, i) => amountsIn(n, `${at}.${i}`, out));
  else if (isObj(node) && !isCite(node)) {
    const quotes = Array.isArray(node.cite)
      ? citesIn(node.cite).map(([, c]) => c.quote ?? "")
      : null;
    if (quotes && typeof node.value === "number") {
      out.push({
        path: at,
        value: percent ? Math.round(node.value * 10000) / 100 : node.value,
        percent,
        quotes,
      });
    }
    if (quotes && Array.isArray(node.bands)) {
      // 彭水 work funds: 1 / 1.5 元 per person and the 1000 bonus, all in one sentence.
      for (const [i, b] of (node.bands as Obj[]).entries()) {
        out.push({
          path: `${at}.bands.${i}.perPerson`,
          value: b.perPerson as number,
          percent: false,
          quotes,
        });
      }
      if (typeof node.fullBonus === "number")
        out.push({ path: `${at}.fullBonus`, value: node.fullBonus, percent: false, quotes });
    }
    for (const [k, v] of Object.entries(node))
      if (k !== "cite") amountsIn(v, at ? `${at}.${k}` : k, out);
  }
  return out;
}

/** The problem with one amount and its quotes, if any. */
export function amountProblem(a: Amount): PolicyProblem | null {
  const tier = tierOfPath(a.path);
  const quoted = a.quotes.filter((q) => q !== "");
  const unit = a.percent ? "%" : "";
  const what = a.percent ? "比例" : "金额";
  if (quoted.length === 0) {
    return {
      kind: "amountNoQuote",
      path: a.path,
      problem: `${what} ${a.value}${unit} 没有原文`,
      fix: `在 cite 里加上 quote，照抄通知中写着 ${a.value} 的那句话或那一行表格`,
    };
  }
  const found = quoted.some(
    (q) =>
      numbersInQuote(q, tier).includes(a.value) || (a.percent && a.value === 100 && WHOLE.test(q))
  );
  if (found) return null;
  return {
    kind: "amountNotInQuote",
    path: a.path,
    problem: `${what} ${a.value}${unit} 不在它引用的原文中（“${quoted[0]}”${tier ? `，${tier}之后` : ""}）`,
    fix:
      `核对通知，改正${what}，或把 quote 换成通知中写着 ${a.value} 的原文` +
      (a.path.startsWith("categories.") ? "（资助表照抄该类别的整行：类别、档次和各栏金额）" : ""),
  };
}

export function amountsInQuotes(policy: Policy): PolicyProblem[] {
  return amountsIn(keyedPolicy(policy))
    .map((q) => amountProblem(q))
    .filter((p): p is PolicyProblem => p !== null);
}

interface DatedPoint {
  path: string;
  date: string;
  what: string;
}

const yearStart = (y: number): string => `${y}-01-01`;
const yearEnd = (y: number): string => `${y}-12-31`;

/**
 * The dates of a policy in the order a notice must give them, and each date against its year:
 * collection start ≤ end; the Jan–Feb window inside the year, from ≤ to, after the collection
 * period; the standard wait, the surcharge and the last payable day inside the year, the
 * surcharge no later than the last payable day; milestones in date order with growing shares;
 * an exception's window from ≤ to.
 */
export function datesInOrder(policy: Policy): PolicyProblem[] {
  const y = policy.year;
  const out: PolicyProblem[] = [];
  const order = (a: DatedPoint, b: DatedPoint, strict = false): void => {
    if (a.date > b.date || (strict && a.date === b.date)) {
      out.push({
        kind: "dateOrder",
        path: b.path,
        problem: `${b.what} ${b.date} 早于${a.what} ${a.date}`,
        fix: `核对通知：${a.what}（${a.path}）应在${b.what}之前，两者是否写反或年份写错`,
      });
    }
  };
  const within = (p: DatedPoint, from: string, to: string): void => {
    if (p.date < from || p.date > to) {
      out.push({
        kind: "dateYear",
        path: p.path,
        problem: `${p.what} ${p.date} 不在${y}年度的时间范围（${from} 至 ${to}）内`,
        fix: `写上${y}年度通知规定的日期（是否沿用了上一年度的日期，或年份写错）`,
      });
    }
  };
  const start = {
    path: "collection.start",
    date: policy.collection.start.value,
    what: "集中缴费期开始日",
  };
  const end = {
    path: "collection.end",
    date: policy.collection.end.value,
    what: "集中缴费期结束日",
  };
  within(start, yearStart(y - 1), yearEnd(y));
  within(end, yearStart(y - 1), yearEnd(y));
  order(start, end);
  const inYear: DatedPoint[] = [];
  if (policy.nextMonthWindow) {
    const from = {
      path: "nextMonthWindow.from",
      date: policy.nextMonthWindow.from,
      what: "1至2月缴费期开始日",
    };
    const to = {
      path: "nextMonthWindow.to",
      date: policy.nextMonthWindow.to,
      what: "1至2月缴费期结束日",
    };
    inYear.push(from, to);
    order(from, to);
    order(end, from, true);
  }
  const wait = { path: "standardWait.from", date: policy.standardWait.from, what: "等待期起算日" };
  const surcharge = {
    path: "surcharge.from",
    date: policy.surcharge.from,
    what: "另缴财政补助起始日",
  };
  const last = { path: "lastPayableDay", date: policy.lastPayableDay.value, what: "最迟缴费日" };
  inYear.push(wait, surcharge, last);
  order(surcharge, last);
  for (const p of inYear) within(p, yearStart(y), yearEnd(y));
  if (policy.newCasesSubsidisedUntil) {
    within(
      {
        path: "newCasesSubsidisedUntil",
        date: policy.newCasesSubsidisedUntil.value,
        what: "新增困难人员资助截止日",
      },
      yearStart(y - 1),
      yearEnd(y)
    );
  }
  const milestones = policy.milestones ?? [];
  milestones.forEach((m, i) => {
    const here = { path: `milestones.${i}.by`, date: m.by, what: `第${i + 1}个进度节点` };
    within(here, yearStart(y - 1), yearEnd(y));
    if (i === 0) return;
    const prev = milestones[i - 1];
    order({ path: `milestones.${i - 1}.by`, date: prev.by, what: `第${i}个进度节点` }, here, true);
    if (m.share <= prev.share) {
      out.push({
        kind: "dateOrder",
        path: `milestones.${i}.share`,
        problem: `进度节点 ${m.by} 的比例 ${m.share * 100}% 不高于前一节点 ${prev.by} 的 ${prev.share * 100}%`,
        fix: "核对通知：进度节点按日期先后排列，比例逐个提高（是否把两个节点的日期或比例写反）",
      });
    }
  });
  for (const e of policy.exceptions) {
    if (e.paidFrom && e.paidTo) {
      order(
        { path: `exceptions.${e.id}.paidFrom`, date: e.paidFrom, what: `“${e.label}”的缴费开始日` },
        { path: `exceptions.${e.id}.paidTo`, date: e.paidTo, what: `“${e.label}”的缴费截止日` }
      );
    }
  }
  return out;
}

/** What the checks know of a notice: its text, or at least its outline (the registry carries no texts). */
export interface NoticeSource {
  text?: string;
  outline?: NoticeOutline;
}

/**
 * Every citation against its notice: the clause is one the notice prints, and the quote is in
 * its text. A document the caller knows nothing of (a national document with no text) is skipped.
 */
export function citationsInNotices(
  policy: Policy,
  notices: (doc: string) => NoticeSource | undefined
): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const outlines = new Map<string, NoticeOutline | undefined>();
  for (const [path, c] of citesIn(keyedPolicy(policy))) {
    const source = notices(c.doc);
    if (!source) continue;
    if (!outlines.has(c.doc))
      outlines.set(c.doc, source.outline ?? (source.text ? noticeOutline(source.text) : undefined));
    const outline = outlines.get(c.doc);
    if (outline && !clauseExists(outline, c.clause)) {
      out.push({
        kind: "clauseMissing",
        path,
        problem: `引用的条款“${c.doc} ${c.clause}”在通知中没有`,
        fix: `核对通知的编号（它有：${outline.clauses.slice(0, 60).join(" ")}），改正 clause`,
      });
    }
    if (source.text !== undefined && c.quote !== undefined && !quoteInText(source.text, c.quote)) {
      out.push({
        kind: "quoteNotInNotice",
        path,
        problem: `原文“${c.quote}”不在通知 ${c.doc} 中`,
        fix: "从通知中照抄原文（空格和换行不计），不要改写或概括",
      });
    }
  }
  return out;
}

/** A village list's faults: a name twice, or one its quotes do not write where the order says. */
export function villagesInQuote(policy: Policy): PolicyProblem[] {
  const list = policy.villages;
  if (!list) return [];
  const text = list.cite
    .map((c) => c.quote ?? "")
    .join(" ")
    .replace(/\s+/g, "");
  const out: PolicyProblem[] = [];
  const say = (problem: string, fix: string): void => {
    out.push({ kind: "amountNotInQuote", path: "villages", problem, fix });
  };
  const seen = new Set<string>();
  let at = 0;
  for (const name of list.value) {
    if (seen.has(name)) {
      say(`村（社区）“${name}”写了两次`, "删去重复的一个");
      continue;
    }
    seen.add(name);
    const found = text.indexOf(name.replace(/\s+/g, ""), at);
    if (found >= 0) at = found + name.length;
    else if (text.includes(name))
      say(`村（社区）“${name}”与原文的顺序不同`, "按通知附件中的顺序排列");
    else
      say(
        `村（社区）“${name}”不在它引用的原文中`,
        "核对通知附件，改正名称，或在 quote 里照抄列出它的那几行表格"
      );
  }
  return out;
}

/** Every check of one policy; citations only for the notices `notices` knows. */
export function policyProblems(
  policy: Policy,
  notices: (doc: string) => NoticeSource | undefined = () => undefined
): PolicyProblem[] {
  return [
    ...datesInOrder(policy),
    ...amountsInQuotes(policy),
    ...villagesInQuote(policy),
    ...citationsInNotices(policy, notices),
  ];
}
