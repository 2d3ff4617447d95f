import { listPolicies } from "../../src/core/policy/registry";
import { policyTableSheets } from "../../src/core/policy/policyTable/write";
import { readPolicyTable } from "../../src/core/policy/policyTable/read";
import type { SheetSpec } from "../../src/core/sheet/spec";

const values = (s: SheetSpec) => ({
  name: s.name,
  rows: s.cells.map((r) => r.map((c) => c?.value ?? null)),
});
const shipped = listPolicies().map((m) => m.policy);

describe.each(shipped.map((p) => [p.id, p] as const))("政策表 of %s", (_id, policy) => {
  test("reads back to the same policy", () => {
    const read = readPolicyTable(policyTableSheets(policy).map(values), shipped);
    const notPasted = read.problems.filter((p) => !p.at.startsWith("通知原文"));
    expect(notPasted).toEqual([]);
    expect(read.policy).toEqual(policy);
  });
});

/** What a clerk reads in the 政策表: Chinese, numbers and dates; no key, code or flag. */
test.each(shipped.map((p) => [p.id, p] as const))(
  "政策表 of %s: no Latin word in any cell or note",
  (_id, policy) => {
    const found: string[] = [];
    for (const s of policyTableSheets(policy)) {
      const texts = [
        s.name,
        ...s.cells.flat().map((c) => (typeof c?.value === "string" ? c.value : "")),
        ...s.cells.flat().map((c) => c?.note ?? ""),
      ];
      for (const t of texts) if (/[A-Za-z]{2,}/.test(t)) found.push(`${s.name}：${t}`);
    }
    expect(found).toEqual([]);
  }
);
