/**
 * The 政策表's checks: the same checks as the shipped data's (consistency.ts: dates in order
 * and in their year, each amount in its quote, each cited clause in the notice's numbering,
 * each quote in its notice), run on the policy the table reads into, against the notice text
 * the clerk pasted; and what only a table needs: every cited document listed, of the table's
 * year, with its text pasted. Each problem is put at the cell it comes from.
 */
import { policyProblems, PolicyProblem } from "../consistency";
import type { Policy } from "../types";
import type { Field } from "./fields";
import { TABLE_SHEET, TEXT_SHEET } from "./layout";
import type { RowRead, TableProblem, TableRead } from "./read";

/** A row's value as consistency.ts names it: tiers, categories and exceptions by id or name. */
function keyedPath(p: Policy, f: Field): string {
  const parts: string[] = [];
  f.path.forEach((k, i) => {
    const parent = f.path[i - 1];
    if (typeof k === "number" && parent === "tiers") parts.push(p.tiers[k]?.id ?? String(k));
    else if (typeof k === "number" && parent === "categories" && i === 1)
      parts.push(p.categories[k]?.name ?? String(k));
    else if (typeof k === "number" && parent === "exceptions" && i === 1)
      parts.push(p.exceptions[k]?.id ?? String(k));
    else parts.push(String(k));
  });
  const whole = f.prop === "value" || f.type === "moneyOrOpen" || f.type === "subsidy";
  return whole ? parts.join(".") : [...parts, f.prop].join(".");
}

/** The row a problem's path belongs to: the same value, else the value it sits under. */
function rowOf(p: Policy, rows: readonly RowRead[], path: string): RowRead | undefined {
  const keyed = rows.map((r) => [keyedPath(p, r.field), r] as const);
  const exact = keyed.find(([k]) => k === path);
  if (exact) return exact[1];
  // A node's citations sit on its citing row.
  const under = keyed.filter(
    ([k, r]) =>
      r.field.cites && (path === k || path.startsWith(`${k}.`) || k.startsWith(`${path}.`))
  );
  return under.sort((a, b) => b[0].length - a[0].length)[0]?.[1];
}

function cellOf(p: Policy, rows: readonly RowRead[], q: PolicyProblem): string {
  const row = rowOf(p, rows, q.path);
  if (!row) return TABLE_SHEET;
  if (q.kind === "quoteNotInNotice" || q.kind === "clauseMissing") {
    const c = row.cites.find((x) =>
      q.kind === "quoteNotInNotice"
        ? x.cite.quote !== undefined && q.problem.includes(`“${x.cite.quote}”`)
        : q.problem.includes(`${x.cite.doc} ${x.cite.clause}”`)
    );
    if (c) return q.kind === "quoteNotInNotice" ? c.quoteAt : c.clauseAt;
    return row.cites[0]?.quoteAt ?? row.at;
  }
  return row.at;
}

/** The fix in the table's words (the shipped data's fixes name its JSON fields). */
function clerkFix(q: PolicyProblem, year: number): string {
  switch (q.kind) {
    case "dateOrder":
      return "核对通知，两个日期是否写反，或年份写错";
    case "dateYear":
      return `写上${year}年度通知规定的日期（是否沿用了上一年度的日期，或年份写错）`;
    case "amountNoQuote":
      return "在“原文”栏照抄通知中写着这个数的那句话或那一行表格";
    case "amountNotInQuote":
      return "核对通知，改正数值，或在“原文”栏照抄通知中写着这个数的原文（资助表照抄该类别的整行：类别、档次和各栏金额）";
    case "clauseMissing":
      return q.fix.replace(/，改正 clause$/, "，改正“条款”栏");
    default:
      return q.fix;
  }
}

/** Every problem of a table that read without problems of its own, each at its cell. */
export function tableProblems(read: TableRead): TableProblem[] {
  const p = read.policy;
  if (!p) return [];
  const out: TableProblem[] = [];
  const docsSaid = new Set<string>();
  for (const row of read.rows) {
    for (const c of row.cites) {
      const doc = c.cite.doc;
      if (doc === "") continue;
      const d = p.documents[doc];
      if (!d) {
        out.push({
          at: c.docAt,
          message: `文号“${doc}”不在“文件”工作表中。请在“文件”工作表加一行写明它，或改正文号。`,
        });
      } else if (!d.standing && d.year !== p.year) {
        out.push({
          at: c.docAt,
          message: `“${row.field.label}”引用的是${d.year}年度的文件“${doc}”。请改引${p.year}年度通知的条款和原文；新通知没有写明的，值写“未定”或（可不填的项目）清空。`,
        });
      } else if (!d.standing && !read.texts.has(doc) && !docsSaid.has(doc)) {
        docsSaid.add(doc);
        out.push({
          at: TEXT_SHEET,
          message: `没有粘贴“${doc}”的原文。请在“${TEXT_SHEET}”工作表A列写文号，B列起粘贴通知全文。`,
        });
      }
    }
  }
  const texts = (doc: string) => {
    const t = read.texts.get(doc);
    return t ? { text: t.text } : undefined;
  };
  for (const q of policyProblems(p, texts)) {
    const row = rowOf(p, read.rows, q.path);
    const what = row ? `“${row.field.label}”：` : "";
    out.push({
      at: cellOf(p, read.rows, q),
      message: `${what}${q.problem}。改法：${clerkFix(q, p.year)}。`,
    });
  }
  return out;
}
