/**
 * The custom functions' fuzz at a small size (bench/fuzz.ts; `npm run fuzz` runs a million
 * calls): no throw, no NaN or Infinity, no number for an invalid argument, Chinese errors.
 */
import { failures, fuzzFunctions } from "../../bench/fuzz";
import { resetSettingsCache } from "../../src/office/settings";

beforeAll(() => {
  delete (globalThis as Record<string, unknown>).Office;
  resetSettingsCache();
});

test.each([14, 20261201])("seed %d: 20,000 calls, every invariant holds", (seed) => {
  const r = fuzzFunctions(20_000, seed);
  expect(r.examples).toEqual([]);
  expect(failures(r)).toBe(0);
  expect(r.cells).toBeGreaterThanOrEqual(20_000);
});
