/**
 * The build of the Office Scripts (scripts/office-scripts/build.js) fails, naming the script
 * and the rule, when a generated script breaks one of the platform's rules; and refuses a
 * manifest entry without its name or description.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { listPolicies } from "../../src/core/policy/registry";

const { buildAll, ScriptBuildError } = require("../../scripts/office-scripts/build.js") as {
  buildAll: (o: {
    policies: unknown[];
    outDir: string | null;
    manifest: string;
    scriptsDir: string;
  }) => unknown;
  ScriptBuildError: new (m: string) => Error;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-os-build-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function manifest(entries: unknown): string {
  const file = path.join(dir, `scripts-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(entries));
  return file;
}

const policies = listPolicies().map((m) => m.policy);
const scriptsDir = path.join(__dirname, "fixtures");

it("fails, in Chinese and English, naming the script and the rule it breaks, and writes nothing", () => {
  const out = path.join(dir, "out");
  const run = (): unknown =>
    buildAll({
      policies,
      outDir: out,
      scriptsDir,
      manifest: manifest([{ entry: "breaksRules.ts", name: "坏脚本", description: "用了 any" }]),
    });
  expect(run).toThrow(ScriptBuildError);
  expect(run).toThrow(
    /Office 脚本“坏脚本”.*不符合 Office 脚本的规则 \/ Office Script "坏脚本" breaks/
  );
  expect(run).toThrow(/行 \d+：不能用 any 类型/);
  expect(fs.existsSync(out)).toBe(false);
}, 120_000);

it("fails on a script that does not bundle (a third-party library), naming it", () => {
  const run = (): unknown =>
    buildAll({
      policies,
      outDir: null,
      scriptsDir,
      manifest: manifest([{ entry: "thirdParty.ts", name: "第三方", description: "用了 exceljs" }]),
    });
  expect(run).toThrow(
    /Office 脚本“第三方”.*无法生成 \/ Office Script "第三方" could not be bundled/
  );
  expect(run).toThrow(/第三方库/);
}, 120_000);

it("refuses a manifest entry without a name", () => {
  expect(() =>
    buildAll({
      policies,
      outDir: null,
      scriptsDir,
      manifest: manifest([{ entry: "claim.ts", description: "x" }]),
    })
  ).toThrow(/缺少 name/);
});
