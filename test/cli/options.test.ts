/**
 * The option tables (src/cli/specs.ts) are the one declaration of each command's options:
 * util.parseArgs reads with them, --help and docs/dev/cli.md list them, and each usage line
 * names exactly them. Run with YIBAO_UPDATE_DOCS=1 to rewrite the list in docs/dev/cli.md.
 */
import fs from "fs";
import path from "path";
import { COMMANDS } from "../../src/cli/commands";
import { optionName, type CommandSpec } from "../../src/cli/specs";
import { yibao } from "./run";

const DOC = path.resolve(__dirname, "../../docs/dev/cli.md");
const START = "<!-- options: generated from src/cli/specs.ts by test/cli/options.test.ts -->";
const END = "<!-- end of options -->";

/** Every command and template kind with its spec, as `yibao claim`, `yibao template roster`. */
function specs(): [string, CommandSpec][] {
  return Object.entries(COMMANDS).flatMap(([name, c]) =>
    c.kinds
      ? Object.entries(c.kinds).map(([k, spec]): [string, CommandSpec] => [`${name} ${k}`, spec])
      : [[name, c] as [string, CommandSpec]]
  );
}

function optionsMarkdown(): string {
  const lines = [
    START,
    "",
    "Every command also takes `-h, --help` and `--policy-file 政策表.xlsx`.",
    "",
  ];
  for (const [name, spec] of specs()) {
    lines.push(`- \`yibao ${name}\`:`);
    for (const [key, def] of Object.entries(spec.options))
      lines.push(
        `  - \`${optionName(key, def)}\`${def.multiple ? " (repeatable)" : ""}: ${def.help}`
      );
  }
  lines.push("", END);
  return lines.join("\n");
}

test("docs/dev/cli.md lists every command's options as the tables declare them", () => {
  const doc = fs.readFileSync(DOC, "utf8");
  const want = optionsMarkdown();
  const at = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (process.env.YIBAO_UPDATE_DOCS === "1") {
    const next =
      at >= 0
        ? doc.slice(0, at) + want + doc.slice(end + END.length)
        : doc.replace(/\n## /, `\n## Options\n\n${want}\n\n## `);
    fs.writeFileSync(DOC, next);
    return;
  }
  expect(at).toBeGreaterThanOrEqual(0);
  expect(doc.slice(at, end + END.length)).toBe(want);
});

test.each(specs())("yibao %s: the usage line names exactly its table's options", (_, spec) => {
  const named = new Set([...spec.usage.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]));
  // --force goes with --out; a usage line names it only where it matters most.
  const declared = Object.keys(spec.options).filter((k) => k !== "force" || named.has("force"));
  expect([...named].sort()).toEqual(declared.sort());
});

describe("the parser's refusals in Chinese", () => {
  const PREMIUM = [
    "premium",
    "--policy",
    "cq-tongnan-2025",
    "--tier",
    "一档",
    "--category",
    "普通居民",
  ];
  test.each([
    [[...PREMIUM, "--date"], "选项 --date 缺少取值"],
    [[...PREMIUM, "--date", "--json"], "选项 --date 缺少取值（DATE：缴费日期）"],
    [[...PREMIUM, "--date", "2025-07-15", "--json=yes"], "选项 --json 不带取值"],
    [[...PREMIUM, "--date", "2025-07-15", "-x"], "命令 premium 没有 -x 选项"],
    [
      ["template", "cash", "--policy", "cq-shizhu-2025", "--title", "x"],
      "命令 template cash 没有 --title 选项",
    ],
    [
      [
        "benefit",
        "--policy",
        "cq-shizhu-2025",
        "--category",
        "普通居民",
        "--paid",
        "2025-04-10",
        "--break-years",
        "-1",
      ],
      "--break-years=-1",
    ],
  ])("%j", async (argv, message) => {
    const r = await yibao(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    // The first line is the clerk's; Node's English is only in --json's detail.
    expect(r.stderr.split("\n")[0]).not.toMatch(/[A-Za-z]{3,} (option|argument)/);
  });

  test("options may come before the command; the last value of an option counts", async () => {
    const r = await yibao(
      "--policy",
      "cq-tongnan-2025",
      "premium",
      "--tier",
      "一档",
      "--category",
      "普通居民",
      "--date",
      "2025-01-01",
      "--date",
      "2025-07-15",
      "--json"
    );
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ personal: 1070 });
  });

  test("a template kind's --help lists that kind's options only", async () => {
    const r = await yibao("template", "cash", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("yibao template cash --policy ID");
    expect(r.stdout).toContain("--rows N");
    expect(r.stdout).not.toContain("--title");
  });
});
