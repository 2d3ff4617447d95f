/**
 * A fuzz property of the command line (issue 23 §4): a run of 11 or more digits (an ID, or
 * most of one) typed anywhere on the command line never comes back whole, in text or in
 * --json, on stdout or stderr: as an unknown command or option, an option's value, a
 * --set key or value, a file name. `yibao id` is left out: its answer is the number typed.
 */
import { yibao } from "../cli/run";

jest.setTimeout(120_000);

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FULL_WIDTH = (s: string): string =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Where a typed value lands: each a command line with the value in one place. */
const PLACES: ((x: string) => string[])[] = [
  (x) => [x],
  (x) => [
    "premium",
    "--policy",
    x,
    "--tier",
    "一档",
    "--category",
    "普通居民",
    "--date",
    "2025-07-15",
  ],
  (x) => [
    "premium",
    "--policy",
    "cq-tongnan-2025",
    "--tier",
    x,
    "--category",
    "普通居民",
    "--date",
    "2025-07-15",
  ],
  (x) => [
    "premium",
    "--policy",
    "cq-tongnan-2025",
    "--tier",
    "一档",
    "--category",
    x,
    "--date",
    "2025-07-15",
  ],
  (x) => [
    "premium",
    "--policy",
    "cq-tongnan-2025",
    "--tier",
    "一档",
    "--category",
    "普通居民",
    "--date",
    x,
  ],
  (x) => [
    "premium",
    "--policy",
    "hn-shuangqing-2025",
    "--tier",
    "单档",
    "--category",
    "普通居民",
    "--date",
    "2025-09-01",
    "--set",
    `fiscalSubsidy=${x}`,
  ],
  (x) => [
    "premium",
    "--policy",
    "hn-shuangqing-2025",
    "--tier",
    "单档",
    "--category",
    "普通居民",
    "--date",
    "2025-09-01",
    "--set",
    x,
  ],
  (x) => [
    "benefit",
    "--policy",
    "cq-shizhu-2025",
    "--category",
    "普通居民",
    "--paid",
    "2025-04-10",
    "--break-years",
    x,
  ],
  (x) => [
    "benefit",
    "--policy",
    "cq-shizhu-2025",
    "--category",
    "普通居民",
    "--paid",
    "2025-04-10",
    `--${x}`,
  ],
  (x) => [
    "refund",
    "--policy",
    "hn-shuangqing-2025",
    "--category",
    "普通居民",
    "--paid",
    "2024-11-01",
    "--requested",
    x,
  ],
  (x) => ["policy", x],
  (x) => ["premium", x],
  (x) => ["template", "roster", "--policy", x],
  (x) => ["template", "cash", "--policy", "cq-shizhu-2025", "--rows", x],
  (x) => ["targets", `${x}.xlsx`],
  (x) => ["claim", `/nowhere/${x}.csv`, "--policy", "cq-shizhu-2025"],
];

/** Digit strings as a clerk might type or paste them: 11 to 20 digits, in some company. */
function typed(next: () => number): { digits: string; text: string } {
  const n = 11 + Math.floor(next() * 10);
  let digits = "";
  for (let i = 0; i < n; i++) digits += String(Math.floor(next() * 10));
  const forms = [
    digits,
    `${digits}X`,
    FULL_WIDTH(digits),
    `张三${digits}`,
    `${digits}号`,
    `'${digits}`,
    `-${digits}`,
    `=${digits}`,
    `1.${digits}`,
  ];
  return { digits, text: forms[Math.floor(next() * forms.length)] };
}

/** Every 11-digit piece of the string: none may be printed, in half- or full-width digits. */
function leaks(output: string, digits: string): string[] {
  const folded = output.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const out: string[] = [];
  for (let i = 0; i + 11 <= digits.length; i++)
    if (folded.includes(digits.slice(i, i + 11))) out.push(digits.slice(i, i + 11));
  return out;
}

test.each([23, 20261205])("seed %d: no typed digit run of 11+ comes back whole", async (seed) => {
  const next = random(seed);
  const found: { argv: string[]; leaked: string[] }[] = [];
  for (let i = 0; i < 120; i++) {
    const { digits, text } = typed(next);
    const argv = PLACES[Math.floor(next() * PLACES.length)](text);
    if (next() < 0.5) argv.push("--json");
    const r = await yibao(...argv);
    const leaked = leaks(r.stdout + r.stderr, digits);
    if (leaked.length > 0) found.push({ argv, leaked });
  }
  expect(found).toEqual([]);
});
