/**
 * Every notice's table of cases (src/core/policy/notices/*.cases.json) run against the
 * registry: a new notice brings its table and this file does not change.
 */
import { listPolicies, policyRegistry } from "../../src/core/policy/registry";
import { actualOf, caseTables } from "./policyCases";

const tables = caseTables();

test("every policy in the registry has its notice's table of cases, and every table a policy", () => {
  const ids = listPolicies().map((p) => p.id);
  expect(tables.map(([, t]) => t.policy).sort()).toEqual(ids);
  for (const [file, t] of tables) {
    expect(file).toBe(`${t.notice}.cases.json`); // named by its notice, beside the notice file
    expect(Object.keys(policyRegistry().get(t.policy).policy.documents)).toContain(t.notice);
    expect(t.cases.length).toBeGreaterThan(5);
  }
});

describe.each(tables)("%s", (_file, table) => {
  test.each(table.cases.map((c) => [c.date, c.what, c] as const))("%s %s", (_date, _what, c) => {
    expect(actualOf(policyRegistry(), table, c)).toEqual(c.expected);
  });
});
