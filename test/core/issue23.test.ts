/**
 * Issue 23 §4 and §6 in the core: digits with a space inside are no number, a date-time with
 * a zone is its day in Beijing, and TEXT_NUMBER quotes the text as the clerk typed it.
 */
import { parseDate, toIso } from "../../src/core/dates";
import { readNumber } from "../../src/core/numbers";
import { checkTargets } from "../../src/core/targets/check";
import { pengshui, set } from "../targets/fixtures";

describe("digits with a space inside are not a number, as 9,9 is not", () => {
  it.each(["9 9", "7 182", "１ ２", "1 200", "12 .5", "12. 5", "- 3 3"])(
    "%p is refused",
    (text) => {
      const r = readNumber(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toContain("空格");
    }
  );

  it.each([
    [" 99 ", 99],
    ["　７１８２　", 7182],
    ["- 3", -3],
    ["96 %", 0.96],
    ["1,200", 1200],
  ])("%p is still %p (spaces around, after a sign, before %)", (text, value) => {
    expect(readNumber(text)).toMatchObject({ ok: true, value });
  });

  it("a target typed as “7 182” is no count in the target check", () => {
    const r = checkTargets(
      { name: "附件1", rows: set(pengshui(), "C6", "1 273") },
      { source: "xlsx" }
    );
    expect(r.findings.map((f) => [f.code, f.cell])).toContainEqual(["NOT_INTEGER", "C6"]);
  });
});

describe("a date-time with a zone is read in China Standard Time", () => {
  it.each([
    ["2025-06-30T16:30:00Z", "2025-07-01"],
    ["2025-06-30T15:59:59Z", "2025-06-30"],
    ["2025-06-30T16:00:00Z", "2025-07-01"],
    ["2025-07-01T00:30:00+08:00", "2025-07-01"],
    ["2025-06-30T10:30:00-06:00", "2025-07-01"],
    ["2025-07-01T01:00:00+14:00", "2025-06-30"],
    ["2025-06-30T23:30:00", "2025-06-30"],
    ["2025-12-31T16:00:00Z", "2026-01-01"],
  ])("%p is %p", (text, day) => {
    expect(toIso(parseDate(text)!)).toBe(day);
  });
});

describe("TEXT_NUMBER quotes what the clerk typed", () => {
  it("“２５４８” (full width) is quoted as typed, not as 2548", () => {
    const r = checkTargets(
      { name: "附件1", rows: set(pengshui(), "C6", "２５４８") },
      { source: "xlsx" }
    );
    const f = r.findings.find((x) => x.code === "TEXT_NUMBER")!;
    expect(f.message).toContain("“２５４８”");
    expect(f.fix).toMatchObject({ kind: "textToNumber", value: 2548 });
  });
});
