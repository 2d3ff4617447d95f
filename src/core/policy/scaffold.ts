/**
 * `npm run policy:new -- <notice.txt>`: a notice file started from the notice's text. It finds
 * what can be read without judgement (the document number, title, date, insurance year, the
 * clause outline, the standards and fiscal subsidy where the text states them, and the 附件2
 * subsidy table, each value with its clause and quote) and marks everything else with TODO,
 * which the registry refuses, so nothing half-done loads.
 */
import { noticeOutline } from "./outline";
import { subsidyTable } from "./attachment2";

export const TODO = "TODO";

type Obj = Record<string, unknown>;

const DOC_NO = /[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号/;

/** The sentence-sized piece of text around a match, as a quote. */
function quoteAround(
  text: string,
  re: RegExp
): { quote: string; match: RegExpExecArray; clause: string } | null {
  const flat = text.replace(/[ \t]+/g, " ");
  const match = re.exec(flat);
  if (!match) return null;
  // The clause is the last heading before the match.
  const before = flat.slice(0, match.index);
  const outline = noticeOutline(before);
  const clause = outline.clauses[outline.clauses.length - 1] ?? `${TODO}: 条款`;
  return { quote: match[0].trim(), match, clause };
}

export interface Scaffold {
  notice: Obj;
  /** What a person must decide, in the order the file shows it. */
  todo: string[];
}

export function scaffoldNotice(text: string, seedFile: string): Scaffold {
  const todo: string[] = [];
  const document = DOC_NO.exec(text)?.[0] ?? `${TODO}: 文号`;
  if (document.startsWith(TODO)) todo.push("document：文中没有找到文号");
  const title = /关于[^\n]{4,80}?(通知|方案|意见)/.exec(text)?.[0] ?? `${TODO}: 标题`;
  const year = Number(/(\d{4})\s*年度/.exec(text)?.[1] ?? NaN);
  const dates = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)];
  const signed = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/m.exec(
    text
      .split(/\n附件\s*1/)[0]
      .trim()
      .split("\n")
      .slice(-6)
      .join("\n")
  );
  const date = signed
    ? `${signed[1]}-${signed[2].padStart(2, "0")}-${signed[3].padStart(2, "0")}`
    : undefined;
  if (!date) todo.push(`date：没有找到落款日期（文中有 ${dates.length} 个日期）`);
  const doc = document;
  const cite = (clause: string, quote: string): Obj[] => [{ doc, clause, quote }];

  const values: Obj = {};
  const tiers: Obj = {};
  for (const [tier, label] of [
    ["一档", "一档"],
    ["二档", "二档"],
  ]) {
    const found = quoteAround(text, new RegExp(`${label}\\s*(\\d+)\\s*元/人·年`));
    if (found)
      tiers[tier] = {
        personal: { value: Number(found.match[1]), cite: cite(found.clause, found.quote) },
      };
  }
  if (Object.keys(tiers).length) values.tiers = tiers;
  else todo.push("tiers：没有找到“一档…元/人·年”，请照通知写出各档个人缴费标准");
  const fiscal = quoteAround(text, /财政补助标准[^。；\n]{0,20}?(\d+)\s*元/);
  if (fiscal)
    values.fiscalSubsidy = {
      value: Number(fiscal.match[1]),
      cite: cite(fiscal.clause, fiscal.quote),
    };
  else todo.push("fiscalSubsidy：通知没写的，不填（沿用现行值）；写明“未定”的，写成 open");

  const outline = noticeOutline(text);
  const categories: Obj = {};
  if (outline.clauses.includes("附件2")) {
    const rows = subsidyTable(text, text.match(/^\s*附件\s*2\s*[:：]?\s*$/m)?.[0] ?? "附件2");
    for (const row of rows) {
      const subsidy = row.numbers.length >= 3 ? row.numbers[1] : row.numbers[0];
      const c = (categories[row.category] ??= {
        aliases: [],
        kind: "subsidised",
        department: `${TODO}: 认定部门`,
        groups: [`${TODO}: 从文档列出的 groups 中选，或留空`],
        cite: cite("附件2", row.category),
        subsidy: {},
      }) as { subsidy: Obj };
      c.subsidy[row.tier] = {
        kind: "amount",
        value: subsidy,
        cite: cite("附件2", row.quote),
        note: `${TODO}: 核对这一行哪一栏是资助金额（读到的数字：${row.numbers.join("、")}）`,
      };
    }
    if (rows.length) {
      values.categories = categories;
      todo.push(
        `categories：附件2 读到 ${Object.keys(categories).length} 类 ${rows.length} 行；逐类核对资助金额、认定部门、groups 和简称`
      );
    } else todo.push("categories：附件2 的表格没有读出来，请照表逐行写");
  }
  todo.push(
    "level、region：发文机关的层级（市、区县、乡镇）和地区（同一地区照抄已有通知文件的 region）",
    "changes：与现行值不同的每一项写一条说明（载入时会列出）",
    "其余各项（缴费期、1至2月、等待期、另缴财政补助、例外、断保、目标、进度节点）：通知写了的照写并引用原文，没写的不填，写明未定的写成 open"
  );
  return {
    notice: {
      document,
      title,
      issuer: `${TODO}: 发文机关`,
      ...(date ? { date } : {}),
      seed: seedFile,
      year: Number.isNaN(year) ? `${TODO}: 参保年度` : year,
      level: `${TODO}: 市、区县或乡镇`,
      region: { id: `${TODO}: 地区编号`, province: "", county: "", name: "" },
      outline,
      changes: {},
      values,
    },
    todo,
  };
}
