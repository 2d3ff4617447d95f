/**
 * Checks on the dated data that the schema cannot express, each reported with the file,
 * the value and the fix:
 *  - every date of a year's entry falls inside that year's window;
 *  - every cited document is registered with its year and issuer, and a value cites a
 *    notice of its own year unless it says it is carried over (or the document is standing);
 *  - every amount, each subsidy included, is written in the words its citation quotes;
 *  - a village list names each village once, in the order its quote lists them;
 *  - a year does not silently leave out a value its predecessor had.
 */
import { datedMaps, DatedEntry, isCarriedOver, isObject, Json, JsonObject } from "./dated";
import { chainOf, documentsOf, Issuer, partsFor } from "./issuers";
import { yearsOf } from "./dated";
import { numbersInQuote } from "./consistency";

export { numbersInQuote };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Rules of the benefit year itself: their dates lie in the insurance year, not before it. */
const BENEFIT_YEAR_PARTS = ["nextMonthWindow", "standardWait", "surcharge", "lastPayableDay"];
/** How the notices write 100% in words (双清 “全部纳入”, 彭水 “全面完成”). */
const WHOLE = /全部|全面/;

/** Whether a value is, or holds, one the notice left open. */
function holdsOpen(node: Json): boolean {
  if (Array.isArray(node)) return node.some(holdsOpen);
  return isObject(node) && (node.open === true || Object.values(node).some(holdsOpen));
}

interface Cite {
  doc: string;
  clause: string;
  quote?: string;
}

function isCite(o: JsonObject): boolean {
  return typeof o.doc === "string" && typeof o.clause === "string";
}

function citesIn(node: Json, out: Cite[] = []): Cite[] {
  if (Array.isArray(node)) node.forEach((n) => citesIn(n, out));
  else if (isObject(node)) {
    if (isCite(node)) out.push(node as unknown as Cite);
    else Object.values(node).forEach((v) => citesIn(v, out));
  }
  return out;
}

/** Dates in an entry, with where they sit; citations are skipped (they hold no rule dates). */
function datesIn(
  node: Json,
  at: string,
  out: Array<[string, string]> = []
): Array<[string, string]> {
  if (typeof node === "string" && ISO_DATE.test(node)) out.push([at, node]);
  else if (Array.isArray(node)) node.forEach((n, i) => datesIn(n, `${at}.${i}`, out));
  else if (isObject(node) && !isCite(node))
    for (const [k, v] of Object.entries(node)) datesIn(v, `${at}.${k}`, out);
  return out;
}

/** The tier an entry's amounts belong to, from its path (tiers.一档.personal, categories.X.subsidy.一档). */
function tierOf(path: string): string | undefined {
  return /^tiers\.([^.]+)\./.exec(path)?.[1] ?? /\.subsidy\.([^.]+)$/.exec(path)?.[1];
}

interface Amount {
  at: string;
  value: number;
  quotes: string[];
}

/** Every amount an entry states with the quotes that should carry it. */
function amountsIn(node: Json, at: string, percent: boolean, out: Amount[] = []): Amount[] {
  if (Array.isArray(node)) node.forEach((n, i) => amountsIn(n, `${at}.${i}`, percent, out));
  else if (isObject(node) && !isCite(node)) {
    const quotes = Array.isArray(node.cite) ? citesIn(node.cite).map((c) => c.quote ?? "") : null;
    if (quotes && typeof node.value === "number") {
      out.push({ at, value: percent ? Math.round(node.value * 10000) / 100 : node.value, quotes });
    }
    if (quotes && Array.isArray(node.bands)) {
      // 彭水 work funds: 1 / 1.5 元 per person and the 1000 bonus, all in one sentence.
      for (const [i, b] of (node.bands as JsonObject[]).entries()) {
        out.push({ at: `${at}.bands.${i}.perPerson`, value: b.perPerson as number, quotes });
      }
      if (typeof node.fullBonus === "number")
        out.push({ at: `${at}.fullBonus`, value: node.fullBonus, quotes });
    }
    for (const [k, v] of Object.entries(node))
      if (k !== "cite") amountsIn(v, `${at}.${k}`, percent, out);
  }
  return out;
}

/** A village list's faults: a name twice, or one its quotes do not write where the order says. */
function villageProblems(entry: Json): string[] {
  if (!isObject(entry) || !Array.isArray(entry.value)) return [];
  const names = entry.value.filter((v): v is string => typeof v === "string");
  const text = citesIn(entry.cite ?? [])
    .map((c) => c.quote ?? "")
    .join(" ")
    .replace(/\s+/g, "");
  const out: string[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (const name of names) {
    if (seen.has(name)) {
      out.push(`的村（社区）“${name}”写了两次。改法：删去重复的一个。`);
      continue;
    }
    seen.add(name);
    const found = text.indexOf(name.replace(/\s+/g, ""), at);
    if (found < 0) {
      out.push(
        text.includes(name)
          ? `的村（社区）“${name}”与原文的顺序不同。改法：按通知附件中的顺序排列。`
          : `的村（社区）“${name}”不在它引用的原文中。改法：核对通知附件，改正名称，或在 quote 里照抄列出它的那几行表格。`
      );
    } else at = found + name.length;
  }
  return out;
}

function yearWindow(year: number, part: string): [string, string] {
  return BENEFIT_YEAR_PARTS.includes(part)
    ? [`${year}-01-01`, `${year}-12-31`]
    : [`${year - 1}-01-01`, `${year}-12-31`];
}

const FIX_DATED = (year: number, prev: number) =>
  `改法：加上 "${year}": {新通知的值和它的原文}；新通知沿用旧规定的，写 "${year}": {"carriedOver": ${prev}}；新通知已不再规定的，写 "${year}": null。`;

/** Problems in one issuer's file, each a sentence naming file, value and fix. */
function checkIssuer(issuers: Map<string, Issuer>, issuer: Issuer): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${issuer.file}：${what}`);
  const docs = documentsOf(issuers, issuer.id);
  const maps = datedMaps(issuer.values);
  const years = yearsOf(issuer.values);

  for (const [path, map] of maps) {
    for (const [y, entry] of Object.entries(map)) {
      if (!isCarriedOver(entry)) continue;
      const from = entry.carriedOver;
      const source = map[String(from)];
      if (from >= Number(y) || source === undefined || source === null || isCarriedOver(source)) {
        say(
          `${path} 的${y}年度写了沿用 ${from} 年度，但 ${from} 年度没有可沿用的值。改法：写出 ${y} 年度的值，或改正 carriedOver 的年度。`
        );
      } else if (holdsOpen(source)) {
        say(
          `${path} 的${y}年度沿用了 ${from} 年度“未定”的值。通知未定的值每年都要由新通知的原文说明，不能沿用。改法：写 "${y}": {"open": true, "reason": …, "supplyKey": …, "cite": [新通知的条款]}。`
        );
      }
    }
  }

  for (const year of years) {
    const entries: DatedEntry[] = [];
    partsFor(
      new Map([[issuer.id, { ...issuer, data: { ...issuer.data, extends: undefined } }]]),
      issuer.id,
      year,
      entries
    );
    for (const e of entries) {
      if (e.value === null) continue;
      const part = e.path.split(".")[0];
      const label = `${e.path} 的${year}年度`;
      for (const c of citesIn(e.value)) {
        const d = docs[c.doc];
        if (!d) {
          say(
            `${label}引用的文件“${c.doc}”没有登记。改法：在 ${issuer.file} 的 documents 里登记它，写明 title、issuer 和 year（它适用的参保年度）。`
          );
        } else if (d.year > year) {
          say(`${label}引用了${d.year}年度的文件“${c.doc}”。改法：改引本年度的通知。`);
        } else if (d.year < year && e.carriedFrom === undefined && !d.standing) {
          say(
            `${label}引用了${d.year}年度的文件“${c.doc}”。改法：改引${year}年度通知的条款和原文；新通知沿用旧规定的，写 "${year}": {"carriedOver": ${d.year}}。`
          );
        }
      }
      const [from, to] = yearWindow(year, part);
      for (const [at, date] of datesIn(e.value, e.path)) {
        if (date < from || date > to) {
          say(
            `${at} 的${year}年度日期 ${date} 不在${year}年度的时间范围（${from} 至 ${to}）内` +
              (e.carriedFrom !== undefined ? `，它是从 ${e.carriedFrom} 年度沿用来的` : "") +
              `。改法：写上${year}年度通知规定的日期。`
          );
        }
      }
      if (part === "villages") for (const p of villageProblems(e.value)) say(`${label}${p}`);
      for (const a of amountsIn(e.value, e.path, part === "goals")) {
        const tier = tierOf(e.path);
        const quoted = a.quotes.filter((q) => q !== "");
        const unit = part === "goals" ? "%" : "";
        if (quoted.length === 0) {
          say(
            `${a.at} 的${year}年度${unit ? "比例" : "金额"} ${a.value}${unit} 没有原文。改法：在 cite 里加上 quote，照抄通知中写着 ${a.value} 的那句话或那一行表格。`
          );
        } else if (
          !quoted.some(
            (q) =>
              numbersInQuote(q, tier).includes(a.value) ||
              (unit === "%" && a.value === 100 && WHOLE.test(q))
          )
        ) {
          say(
            `${a.at} 的${year}年度${unit ? "比例" : "金额"} ${a.value}${unit} 不在它引用的原文中（“${quoted[0]}”${tier ? `，${tier}之后` : ""}）。` +
              `改法：核对通知，改正金额，或把 quote 换成通知中写着 ${a.value} 的原文` +
              (part === "categories" ? "（资助表照抄该类别的整行：类别、档次和各栏金额）" : "") +
              "。"
          );
        }
      }
    }
  }

  // A value the previous year had must be stated for the next one, here or in a file this one extends.
  const ancestors = chainOf(issuers, issuer.id).slice(1);
  const stated = (path: string, year: number): boolean =>
    [issuer, ...ancestors].some((i) =>
      datedMaps(i.values).some(([p, m]) => p === path && String(year) in m)
    );
  for (let i = 1; i < years.length; i++) {
    const [prev, year] = [years[i - 1], years[i]];
    for (const [path, map] of maps) {
      if (String(prev) in map && map[String(prev)] !== null && !stated(path, year)) {
        say(`${path} 有${prev}年度的值，没有${year}年度的。${FIX_DATED(year, prev)}`);
      }
    }
  }
  return problems;
}

export function checkIssuers(issuers: Map<string, Issuer>): string[] {
  return [...issuers.values()].flatMap((i) => checkIssuer(issuers, i));
}
