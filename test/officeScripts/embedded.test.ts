/**
 * The rules engine inside an Office Script: the shipped policies embedded as validated data in
 * the registry's place (no zod, no JSON files), type-checked by the platform's rules, and run
 * against the in-memory workbook, answering the notices' cases exactly as the core does.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { iso, toIso } from "../../src/core/dates";
import { listPolicies } from "../../src/core/policy/registry";
import { benefit } from "../../src/core/rules/benefit";
import { premium } from "../../src/core/rules/premium";
import { MemoryWorkbook } from "./memoryWorkbook";
import { runScript } from "./run";

const { bundle } = require("../../scripts/office-scripts/bundle.js") as {
  bundle: (entry: string, o?: { substitutes?: Record<string, string> }) => string;
};
const { checkScript } = require("../../scripts/office-scripts/check.js") as {
  checkScript: (s: string) => string[];
};

let script: string;
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-embedded-"));
  const data = path.join(dir, "embeddedPolicies.ts");
  const policies = listPolicies().map((m) => m.policy);
  const types = path.resolve(__dirname, "../../src/core/policy/types");
  fs.writeFileSync(
    data,
    `import type { Policy } from ${JSON.stringify(types)};\n` +
      `export type PolicyId = ${policies.map((p) => JSON.stringify(p.id)).join(" | ")};\n` +
      `export const EMBEDDED_POLICIES: readonly Policy[] = ${JSON.stringify(policies)};\n`
  );
  script = bundle(path.join(__dirname, "fixtures/premiumCell.ts"), {
    substitutes: {
      "src/core/policy/registry.ts": "src/officeScripts/policyRegistry.ts",
      "src/officeScripts/embeddedPolicies.ts": data,
    },
  });
}, 120_000);

it("carries no zod, no JSON and no file of the shipped registry, and keeps the platform's rules", () => {
  expect(script).not.toMatch(/z\.strictObject|policySchema|issuerFileSchema|ISSUER_FILES/);
  expect(script).toContain("// ---- src/officeScripts/policyRegistry.ts");
  expect(checkScript(script)).toEqual([]);
}, 120_000);

it.each([
  ["cq-pengshui-2025", "二档", "计生优抚（奖扶）对象", "2024-11-15"],
  ["cq-tongnan-2025", "一档", "普通居民", "2025-07-15"],
  ["cq-tongnan-2025", "一档", "普通居民", "2025-01-10"],
  ["cq-shizhu-2025", "一档", "低保", "2025-08-01"],
  ["hn-shuangqing-2025", "单档", "特困人员", "2024-11-01"],
])("%s %s %s %s: as the core answers", (policy, tier, category, date) => {
  const wb = MemoryWorkbook.from({ 表: [[""]] });
  const got = runScript(script, wb, policy, tier, category, date);
  const paid = iso(date);
  expect(got).toEqual({
    personal: premium({ policy, tier, category, paid }).personal.toNumber(),
    start: toIso(benefit({ policy, category, paid }).benefitStart),
  });
});

it("455 for 彭水's 计生优抚 二档 in the collection period (大同府发〔2024〕31号 附件2)", () => {
  const wb = MemoryWorkbook.from({ 表: [[""]] });
  expect(
    runScript(script, wb, "cq-pengshui-2025", "二档", "计生优抚（奖扶）对象", "2024-11-15")
  ).toMatchObject({ personal: 455 });
  expect(wb.snapshot()["表"].values[0][0]).toBe(455);
});
