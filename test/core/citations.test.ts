/**
 * Every citation in the policy data is checkable: its document is listed, the document's
 * seed file exists and is the notice it claims to be, and every quoted phrase is really in
 * that notice (white space removed from both, since the seeds wrap lines mid-sentence).
 */
import fs from "fs";
import path from "path";
import { listPolicies } from "../../src/core/policy/registry";
import { numbersInQuote } from "../../src/core/policy/consistency";
import { clauseExists, noticeOutline } from "../../src/core/policy/outline";
import type { NoticeFile } from "../../src/core/policy/noticeSchema";
import { SEEDS_DIR, rawPolicyFiles, seedText, squeeze } from "./helpers";

interface Doc {
  file?: string;
  title: string;
  issuer: string;
  date?: string;
  year: number;
}
interface Cite {
  doc: string;
  clause: string;
  quote?: string;
}

const files = rawPolicyFiles().map((f) => f.data as NoticeFile);
/** Every document a notice file names: the notice itself (its seed) and those it defers to. */
const docs = new Map<string, Doc>();
for (const f of files) {
  for (const [no, d] of Object.entries(f.references ?? {})) docs.set(no, d);
  docs.set(f.document, { file: f.seed, title: f.title, issuer: f.issuer, date: f.date, year: f.year });
}
const documentsOf = (_id: string): Record<string, Doc> => Object.fromEntries(docs);

/** Every citation object in a file as written, with its JSON path. */
function citationsOf(node: unknown, at: string, out: Array<[string, Cite]> = []): Array<[string, Cite]> {
  if (Array.isArray(node)) node.forEach((n, i) => citationsOf(n, `${at}.${i}`, out));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.doc === "string" && typeof o.clause === "string") out.push([at, o as unknown as Cite]);
    else for (const [k, v] of Object.entries(o)) citationsOf(v, `${at}.${k}`, out);
  }
  return out;
}

const ALL: Array<[string, string, Cite]> = files.flatMap((f) =>
  citationsOf({ values: f.values, cityWide: f.cityWide }, f.document).map(([p, c]) => [f.document, p, c] as [string, string, Cite]),
);
const QUOTED = ALL.filter(([, , c]) => c.quote !== undefined);

describe("each notice file's outline is its seed's numbering, and every cited clause is in it", () => {
  test.each(files.filter((f) => f.seed).map((f) => [f.document, f] as const))("%s", (_no, f) => {
    const outline = noticeOutline(seedText(f.seed!));
    expect(f.outline).toEqual(outline);
    for (const [at, c] of ALL.filter(([, , c]) => c.doc === f.document).map(([, at, c]) => [at, c] as const)) {
      expect([at, clauseExists(outline, c.clause)]).toEqual([at, true]);
    }
  });
});

describe("the citations", () => {
  test("there are citations in every policy file, and most carry a quote", () => {
    for (const f of files) expect(ALL.filter(([id]) => id === f.document).length).toBeGreaterThan(5);
    expect(QUOTED.length).toBeGreaterThan(250);
  });

  test.each(ALL.map(([id, at, c]) => [at, id, c] as const))("%s cites a listed document", (_at, id, c) => {
    expect(Object.keys(documentsOf(id))).toContain(c.doc);
    expect(c.clause.trim()).not.toBe("");
  });

  test.each(
    QUOTED.filter(([id, , c]) => documentsOf(id)[c.doc]?.file).map(([id, at, c]) => [at, documentsOf(id)[c.doc].file!, c.quote!] as const),
  )("%s: the quote is in %s", (_at, file, quote) => {
    expect(squeeze(seedText(file))).toContain(squeeze(quote));
  });
});

describe("the documents", () => {

  test("every seed notice is one notice file, and every notice file's seed is there", () => {
    const withFile = [...docs.values()].filter((d) => d.file).map((d) => d.file!);
    expect(new Set(withFile).size).toBe(withFile.length);
    const seeds = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort();
    expect(seeds).toEqual(withFile.sort());
  });

  test.each([...docs.entries()].filter(([, d]) => d.file))("%s: the seed prints its number, title and date", (no, d) => {
    const text = squeeze(seedText(d.file!));
    expect(text).toContain(no);
    // Titles are wrapped and spaced in the seeds; compare from 关于 on, without book-title marks.
    const core = squeeze(d.title).replace(/^.*?关于/, "关于").replace(/[《》〈〉]/g, "");
    expect(text.replace(/[《》〈〉]/g, "")).toContain(core);
    if (d.date) {
      const [y, m, day] = d.date.split("-").map(Number);
      expect(text).toContain(`${y}年${m}月${day}日`);
    }
  });

  test("the README's table names the same document for each seed file", () => {
    const readme = fs.readFileSync(path.join(SEEDS_DIR, "README.md"), "utf8");
    const rows = readme
      .split("\n")
      .filter((l) => /^\| \d{3}_/.test(l))
      .map((l) => l.split("|").map((c) => c.trim()))
      .map((cells) => [cells[1], cells[3]]);
    expect(rows).toHaveLength(5);
    for (const [file, no] of rows) expect(docs.get(no)?.file).toBe(file);
  });

  test.each([...docs.entries()].filter(([, d]) => !d.file))("%s (no seed) has a title and an issuer", (_no, d) => {
    expect(d.title).not.toBe("");
    expect(d.issuer).not.toBe("");
  });

  test("a document without a seed is one the notices defer to", () => {
    // 潼南府办发〔2021〕77号 is named in 潼医保发〔2022〕36号 四（三）.
    expect(squeeze(seedText("003_ffaeb0e5a43c4139.txt"))).toContain("潼南府办发〔2021〕77号");
  });
});

describe("a cited amount is the amount its quote states", () => {
  // The registry refuses an amount its quote does not write (checks.ts); here the shipped
  // data is shown to be held to that for every amount of every policy, subsidies included.
  const amounts = listPolicies().flatMap((model) =>
    model.categories.flatMap((c) =>
      Object.entries(c.subsidy ?? {}).flatMap(([tier, s]) =>
        "kind" in s && s.kind === "amount" ? [[model.id, c.name, tier, s.value, s.cite] as const] : [],
      ),
    ),
  );

  test("every 附件2 subsidy amount is quoted with its table row", () => {
    expect(amounts.length).toBeGreaterThan(50);
    for (const [, , tier, value, cite] of amounts) {
      expect(cite.some((c) => numbersInQuote(c.quote ?? "", tier).includes(value))).toBe(true);
    }
  });

  test.each(amounts.map(([id, name, tier, value, cite]) => [id, name, tier, value, cite[0].quote ?? ""] as const))(
    "%s %s %s = %d is in “%s”",
    (_id, name, tier, value, quote) => {
      expect(quote).toContain(name.slice(0, 2));
      expect(numbersInQuote(quote, tier)).toContain(value);
    },
  );

  test("a table row's numbers are read after the tier's name", () => {
    expect(numbersInQuote("低保边缘户 一档 280 120 二档 400 375", "一档")).toEqual([280, 120]);
    expect(numbersInQuote("低保边缘户 一档 280 120 二档 400 375", "二档")).toEqual([400, 375]);
    expect(numbersInQuote("个人缴费标准为一档400元/人·年、二档775元/人·年", "二档")).toEqual([775]);
    expect(numbersInQuote("资助标准为200元/人", "单档")).toEqual([200]);
  });
});
