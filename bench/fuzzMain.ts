/** `npm run fuzz [calls] [seed]`: the custom functions' fuzz at full size (default 1,000,000 calls). */
import { failures, fuzzFunctions } from "./fuzz";

const calls = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 14);
const start = Date.now();
const r = fuzzFunctions(calls, seed);
const { examples, ...counts } = r;
console.log(JSON.stringify({ ...counts, seconds: (Date.now() - start) / 1000 }, null, 2));
for (const e of examples) console.log(e);
if (failures(r) > 0) process.exitCode = 1;
