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
