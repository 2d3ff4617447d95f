/**
 * A notice's own numbering, read from its text: 一、 （一） 1. （1） in the body and 附件N with
 * its own numbering inside. A citation's clause (二（三）1, 附件2, 附件3 五) must be one of
 * them. No file or registry here: the registry, the scaffold and the clerk's 政策表 all use it.
 */

const HAN_DIGITS = "一二三四五六七八九十";
const HAN = `[${HAN_DIGITS}]+`;
const LEVELS: RegExp[] = [
  new RegExp(`^(${HAN})、`),
  new RegExp(`^[（(](${HAN})[）)]`),
  /^(\d{1,2})[.．、](?!\d)/,
  /^[（(](\d{1,2})[）)]/,
];
const ATTACHMENT = /^附件\s*(\d{1,2})\s*[:：]?\s*$/;
/** The list of attachments at the end of the body (附件：1．…) is not numbering of the body. */
const ATTACHMENT_LIST = /^附件\s*[:：]/;

export interface NoticeOutline {
  /** Every clause the notice prints, in order: 一, 一（一）, 一（一）1, 附件2, 附件3 五… */
  clauses: string[];
  /**
   * Clauses the numbering implies but the text does not print (a heading that lost its number
   * between 三、 and 五、): accepted in citations, listed apart so a reviewer sees them.
   */
  implied: string[];
}

/** The value of a Chinese numeral up to 九十九 (一 = 1, 十二 = 12, 二十 = 20). */
export function hanNumber(s: string): number {
  const d = (c: string): number => HAN_DIGITS.indexOf(c) + 1;
  if (s === "十") return 10;
  if (s.startsWith("十")) return 10 + d(s[1]);
  if (s.endsWith("十")) return d(s[0]) * 10;
  if (s.includes("十")) return d(s[0]) * 10 + d(s[s.length - 1]);
  return d(s);
}

export function hanNumeral(n: number): string {
  const units = HAN_DIGITS.slice(0, 9);
  if (n <= 9) return units[n - 1];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? units[tens - 1] : ""}十${n % 10 ? units[(n % 10) - 1] : ""}`;
}

/** How a citation writes a level's number: 一, （一）, 1, （1）. */
function label(level: number, raw: string): string {
  return level % 2 === 1 ? `（${raw}）` : raw;
}

/** The clauses a notice's text prints, body first, then each attachment's own numbering. */
export function noticeOutline(text: string): NoticeOutline {
  const clauses: string[] = [];
  const implied: string[] = [];
  let prefix = "";
  let path: string[] = [];
  let inBody = true;
  let started = false;
  // Top-level numbers seen in the current part, to fill a gap (三、 … 五、 implies 四).
  let topNumbers: number[] = [];
  const closePart = (): void => {
    for (let i = 1; i < topNumbers.length; i++) {
      for (let n = topNumbers[i - 1] + 1; n < topNumbers[i]; n++)
        implied.push(prefix + hanNumeral(n));
    }
    topNumbers = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const attachment = ATTACHMENT.exec(line);
    if (attachment) {
      closePart();
      inBody = true;
      started = true;
      prefix = `附件${Number(attachment[1])}`;
      if (!clauses.includes(prefix)) clauses.push(prefix);
      prefix += " ";
      path = [];
      continue;
    }
    if (prefix === "" && ATTACHMENT_LIST.test(line)) inBody = false;
    if (!inBody) continue;
    for (let level = 0; level < LEVELS.length; level++) {
      const m = LEVELS[level].exec(line);
      if (!m) continue;
      if (level === 0) {
        started = true;
        topNumbers.push(hanNumber(m[1]));
      }
      if (!started) break; // the preamble's numbers are not clauses
      path = [...path.slice(0, level), label(level, m[1])];
      const clause = prefix + path.join("");
      if (!clauses.includes(clause)) clauses.push(clause);
      break;
    }
  }
  closePart();
  return { clauses, implied: implied.filter((c) => !clauses.includes(c)) };
}

/**
 * A citation's clause without what points inside it: a row of an attachment's table
 * (附件2 第3项) or its footnote mark (附件2 ✱) cite the attachment.
 */
export function clauseBase(clause: string): string {
  return clause
    .trim()
    .replace(/\s*(第\d+项|✱)$/, "")
    .replace(/\s+/g, " ");
}

/** Whether a cited clause is one the notice prints (or its numbering implies). */
export function clauseExists(outline: NoticeOutline, clause: string): boolean {
  const base = clauseBase(clause);
  return outline.clauses.includes(base) || outline.implied.includes(base);
}

/** The comparison form of notice text: every kind of white space removed (the texts wrap mid-sentence). */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, "");
}

/** Whether a quote is in the notice's text, white space aside. */
export function quoteInText(text: string, quote: string): boolean {
  return squeeze(text).includes(squeeze(quote));
}
