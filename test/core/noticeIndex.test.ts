/**
 * The registry's list of notice files (src/core/policy/notices/index.ts) is generated from the
 * folder by scripts/policy-index.js, which every build and test entry runs; the committed copy
 * must match the files present, so a clean clone type-checks and builds as it is.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { noticeIndex, INDEX } = require("../../scripts/policy-index.js") as { noticeIndex: () => string; INDEX: string };
import fs from "fs";

test("the committed notice index lists exactly the notice files present", () => {
  expect(fs.readFileSync(INDEX, "utf8")).toBe(noticeIndex());
});
