/**
 * bin/yibao.js as a shell runs it: even when V8 runs out of memory (which no JavaScript can
 * catch), the clerk gets a Chinese message and exit code 2, not V8's trace (issue 14, 11).
 * The CLI is compiled into a temporary folder, so a stale lib/ cannot pass for this code.
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { checkDigit } from "../../src/core/idNumber";

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, "../..");
// Inside the repository (test-output/ is ignored by git), so that node_modules resolves.
fs.mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
const dir = fs.mkdtempSync(path.join(ROOT, "test-output", "bin-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const bin = path.join(dir, "bin", "yibao.js");

beforeAll(() => {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  execFileSync(
    process.execPath,
    [tsc, "-p", path.join(ROOT, "tsconfig.node.json"), "--outDir", path.join(dir, "lib")],
    { cwd: ROOT }
  );
  fs.mkdirSync(path.join(dir, "bin"));
  fs.copyFileSync(path.join(ROOT, "bin", "yibao.js"), bin);
});

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
}

test("an ordinary run passes its output and exit code through", () => {
  const r = run([
    "premium",
    "--policy",
    "cq-tongnan-2025",
    "--tier",
    "一档",
    "--category",
    "普通居民",
    "--date",
    "2025-07-15",
  ]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("个人应缴 1070 元");
  const bad = run(["premium", "--policy", "cq-tongnan-2025"]);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toBe("错误：缺少 --tier（档次，如 一档）\n");
});

test("running out of memory ends with a Chinese message and exit 2, without V8's trace", () => {
  let csv = "姓名,身份证号码,人员类别,参保档次\n";
  for (let i = 0; i < 100_000; i++) {
    const first17 = `50024319${50 + (i % 40)}0101${String(i % 1000).padStart(3, "0")}`;
    csv += `人${i},${first17 + checkDigit(first17)},低保,一档\n`;
  }
  const file = path.join(dir, "big.csv");
  fs.writeFileSync(file, csv);
  const r = run(["claim", file, "--policy", "cq-shizhu-2025"], {
    NODE_OPTIONS: "--max-old-space-size=40",
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("错误：数据过大");
  expect(r.stderr).not.toMatch(/heap|GC|FATAL|V8|0x[0-9a-f]+/i);
});

/** The modules a run of the CLI loaded, as its child process saw them on exit. */
function loaded(args: string[]): { status: number | null; modules: string[]; stdout: string } {
  const list = path.join(dir, `loaded-${args.join("-").replace(/[^\w-]/g, "")}.json`);
  const preload = path.join(dir, "loaded.js");
  fs.writeFileSync(
    preload,
    `if (process.env.YIBAO_CHILD === "1") process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`
  );
  const r = run(args, { NODE_OPTIONS: `--require ${preload}` });
  const modules = (JSON.parse(fs.readFileSync(list, "utf8")) as string[]).map((m) =>
    path.relative(dir, m).split(path.sep).join("/")
  );
  return { status: r.status, modules, stdout: r.stdout };
}

test("a command loads its own module when it runs, and help loads none", () => {
  const cli = (m: string): boolean => m.startsWith("lib/src/cli/");
  const heavy = /node_modules\/(exceljs|@e965\/xlsx|jszip)\//;
  const help = loaded(["claim", "--help"]);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("yibao claim FILE");
  // Issue 23: a command's --help is that command's usage, not the whole list.
  expect(help.stdout).not.toContain("yibao template targets --out FILE.xlsx");
  expect(help.modules.filter(cli).sort()).toEqual(
    ["args", "commands", "main", "options", "specs"].map((m) => `lib/src/cli/${m}.js`)
  );
  expect(help.modules.filter((m) => heavy.test(m))).toEqual([]);
  const premium = loaded([
    "premium",
    "--policy",
    "cq-tongnan-2025",
    "--tier",
    "一档",
    "--category",
    "普通居民",
    "--date",
    "2025-07-15",
  ]);
  expect(premium.status).toBe(0);
  expect(premium.modules.filter((m) => heavy.test(m))).toEqual([]);
  const claim = loaded(["claim", path.join(dir, "missing.xlsx")]);
  expect(claim.status).toBe(2);
  expect(claim.modules).toContain("lib/src/cli/claimCommands.js");
  for (const other of ["targetsCommands", "matchCommands", "cashCommands"])
    expect(claim.modules).not.toContain(`lib/src/cli/${other}.js`);
  expect(claim.modules).not.toContain("lib/src/io/annotateWorkbook.js");
});
