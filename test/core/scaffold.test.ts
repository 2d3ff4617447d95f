/**
 * The scaffold (npm run policy:new) on every seed notice: it finds the document number, the
 * outline and the 附件2 table with the numbers the shipped notice files hold, and leaves the
 * rest marked TODO, which the registry refuses.
 */
import { scaffoldNotice, TODO } from "../../src/core/policy/scaffold";
import { createRegistry } from "../../src/core/policy/registry";
import type { NoticeFile } from "../../src/core/policy/noticeSchema";
import { rawPolicyFiles, seedText } from "./helpers";

const shipped = rawPolicyFiles().map((f) => f.data as NoticeFile).filter((f) => f.seed);

describe.each(shipped.map((f) => [f.document, f] as const))("%s", (_no, file) => {
  const { notice, todo } = scaffoldNotice(seedText(file.seed!), file.seed!);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const values = notice.values as Record<string, any>;

  test("finds the document number, its outline and its year", () => {
    expect(notice.document).toBe(file.document);
    expect(notice.outline).toEqual(file.outline);
    expect(notice.year).toBe(file.year);
    if (file.date && notice.date) expect(notice.date).toBe(file.date);
  });

  test("the standards it reads are the shipped ones, with the clause and quote", () => {
    for (const [tier, t] of Object.entries(values.tiers ?? {}) as Array<[string, { personal: { value: number; cite: Array<{ clause: string }> } }]>) {
      const mine = file.values.tiers as Record<string, { personal?: { value: number } }> | undefined;
      if (mine?.[tier]?.personal) expect(t.personal.value).toBe(mine[tier].personal!.value);
      expect(file.outline.clauses).toContain(t.personal.cite[0].clause);
    }
  });

  test("every 附件2 row it reads gives the subsidy the shipped notice file holds", () => {
    const cats = (file.values.categories ?? {}) as Record<string, { subsidy?: Record<string, { value?: number }> }>;
    const rows = Object.entries(values.categories ?? {}) as Array<[string, { subsidy: Record<string, { value: number }> }]>;
    if (!file.outline.clauses.includes("附件2")) return;
    let compared = 0;
    for (const [name, c] of rows) {
      for (const [tier, s] of Object.entries(c.subsidy)) {
        const expected = cats[name]?.subsidy?.[tier]?.value;
        if (expected !== undefined) {
          expect([name, tier, s.value]).toEqual([name, tier, expected]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  test("leaves judgement to a person, marked, and the marked file does not load", () => {
    expect(todo.length).toBeGreaterThan(0);
    expect(JSON.stringify(notice)).toContain(TODO);
    expect(() => createRegistry([...rawPolicyFiles(), { name: `${String(notice.document)}.json`, data: notice }])).toThrow(/格式不对|文件名|一样/);
  });
});
