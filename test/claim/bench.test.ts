/** The claim benchmark runs and reports; the 2-second target is checked by `npm run bench`, not here. */
import { benchClaim, makeClaimRosters } from "../../bench/claim";
import { buildClaim } from "../../src/core/claim/build";
import { iso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";

test("benchClaim reports rows and time", () => {
  const r = benchClaim(3000);
  expect(r.rows).toBe(3000);
  expect(r.ms).toBeGreaterThan(0);
});

test("the generated roster has the usual mix, and nothing is lost", () => {
  const result = buildClaim(makeClaimRosters(5000), getPolicy("cq-shizhu-2025"), {
    asOf: iso("2025-01-01"),
  });
  expect(result.inputRows).toBe(5000);
  expect(result.inputRows).toBe(
    result.people.length + result.merged.length + result.rejected.length
  );
  const codes = new Set(result.rejected.map((x) => x.code));
  expect([...codes].sort()).toEqual(["CATEGORY", "ID", "NOT_SUBSIDISED"]);
  expect(result.merged.some((m) => m.kind === "identity")).toBe(true);
  expect(result.merged.some((m) => m.kind === "duplicate")).toBe(true);
  expect(result.people.some((p) => p.warnings.includes("原为15位旧身份证号码，已转换为18位"))).toBe(
    true
  );
});
