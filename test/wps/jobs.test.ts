/**
 * The WPS build (scripts/wps/build.js, #20): every generated JS macro and AirScript file
 * parses at the stated language level and makes no network call, and the build itself refuses
 * to write a file that would not parse at that level. What each job does on the strict ET fake
 * is in claimJob, premiumJob and targetsJob.test.ts; the cell functions in jsaFunctions.test.ts.
 */
import fs from "fs";
import os from "os";
import path from "path";
import * as acorn from "acorn";
import { listPolicies } from "../../src/core/policy/registry";

const { buildWps, checkLevel, LANGUAGE_LEVEL, WpsBuildError } =
  require("../../scripts/wps/build.js") as {
    buildWps: (o: { policies: unknown[]; labels: string[]; outDir: string | null }) => {
      job: string;
      jsa: string;
      airscript: string;
    }[];
    checkLevel: (file: string, text: string) => string;
    LANGUAGE_LEVEL: number;
    WpsBuildError: new (m: string) => Error;
  };

jest.setTimeout(600_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-wps-build-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let built: { job: string; jsa: string; airscript: string }[];
beforeAll(() => {
  const models = listPolicies();
  built = buildWps({
    policies: models.map((m) => m.policy),
    labels: models.map((m) => m.label),
    outDir: dir,
  });
}, 300_000);

describe("generated WPS files", () => {
  it("are the four jobs, written under 宏/ and AirScript/ as built", () => {
    expect(built.map((b) => b.job).sort()).toEqual(
      ["生成资助申报表", "检查任务分解表", "计算保费", "记录参保进度"].sort()
    );
    for (const b of built) {
      expect(fs.readFileSync(path.join(dir, "宏", `${b.job}.js`), "utf8")).toBe(b.jsa);
      expect(fs.readFileSync(path.join(dir, "AirScript", `${b.job}.js`), "utf8")).toBe(b.airscript);
    }
  });

  it(`parse as ECMAScript ${2017} scripts and make no network call`, () => {
    expect(LANGUAGE_LEVEL).toBe(2017);
    for (const b of built)
      for (const text of [b.jsa, b.airscript]) {
        expect(() =>
          acorn.parse(text, { ecmaVersion: LANGUAGE_LEVEL as 2017, sourceType: "script" })
        ).not.toThrow();
        expect(text).not.toMatch(/HTTP\.fetch|XMLHttpRequest|\bfetch\(/);
      }
  });
});

describe("the build's own check of the language level", () => {
  it.each([
    ["optional chaining (ES2020)", "var a = {}; var b = a?.c;"],
    ["nullish coalescing (ES2020)", "var a = null; var b = a ?? 1;"],
    ["object spread (ES2018)", "var a = {}; var b = { ...a };"],
    ["a module, not a script", 'import x from "y";'],
  ])("refuses %s, naming the file and the place", (_what, text) => {
    expect(() => checkLevel("宏/例子.js", text)).toThrow(WpsBuildError);
    expect(() => checkLevel("宏/例子.js", text)).toThrow(
      /宏\/例子\.js 不是 ECMAScript 2017 能解析的脚本（第 1 行/
    );
  });

  it("passes what ES2017 has: async functions, classes, arrow functions", () => {
    const text =
      "class A { m() { return 1; } }\nasync function f() { await 1; }\nvar g = (x) => x;";
    expect(checkLevel("宏/例子.js", text)).toBe(text);
  });
});
