/**
 * Shared helpers for the rules-engine tests: the seed notices on disk, the policy files as
 * written, and a matcher for the engine's coded errors.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { RuleError, RuleErrorCode } from "../../src/core/rules/errors";
import { attachmentRows } from "../../src/core/policy/attachment2";
import { NOTICE_FILES, type NoticeSourceFile } from "../../src/core/policy/registry";

/**
 * The notices: shared/seeds next to the repository. A git worktree or a local clone (git clone
 * . /tmp/fresh) is not next to it, so the checkout it came from is tried too; YIBAO_SEEDS names
 * any other place.
 */
function seedsDir(): string {
  const repo = path.resolve(__dirname, "../..");
  const nextTo = (dir: string) => path.resolve(dir, "..", "shared", "seeds");
  const git = (...args: string[]): string | null => {
    try {
      return execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", stdio: "pipe" }).trim();
    } catch {
      return null;
    }
  };
  const common = git("rev-parse", "--path-format=absolute", "--git-common-dir");
  const origin = git("config", "--get", "remote.origin.url");
  const candidates = [
    nextTo(repo),
    common ? nextTo(path.dirname(common)) : null,
    origin && path.isAbsolute(origin) ? nextTo(origin.replace(/[\\/]\.git$/, "")) : null,
  ].filter((c): c is string => c !== null);
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
}

export const SEEDS_DIR = process.env.YIBAO_SEEDS ?? seedsDir();

const seedCache = new Map<string, string>();

export function seedText(file: string): string {
  let text = seedCache.get(file);
  if (text === undefined) {
    text = fs.readFileSync(path.join(SEEDS_DIR, file), "utf8");
    seedCache.set(file, text);
  }
  return text;
}

/** The comparison form of notice text: every kind of white space removed. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, "");
}

export const PENGSHUI_FILE = "001_5b0be1755be1412e.txt";
export const SHIZHU_FILE = "002_c2448fd56b0e3f0c.txt";

/** The notice files as written in src/core/policy/notices, deep-copied so a test may break them. */
export function rawPolicyFiles(): NoticeSourceFile[] {
  return JSON.parse(JSON.stringify(NOTICE_FILES)) as NoticeSourceFile[];
}

/** Calls fn and returns the RuleError it throws; fails the test when it throws nothing or something else. */
export function ruleErrorOf(fn: () => unknown): RuleError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) throw new Error("expected a RuleError, but nothing was thrown");
  if (!(thrown instanceof RuleError))
    throw new Error(`expected a RuleError, got ${String(thrown)}`);
  return thrown;
}

export function expectRuleError(
  fn: () => unknown,
  code: RuleErrorCode,
  message?: RegExp | string
): RuleError {
  const e = ruleErrorOf(fn);
  expect(e.code).toBe(code);
  if (message !== undefined) expect(e.message).toMatch(message);
  return e;
}

/** One row of a 附件2 table: category, tier, standard (缴费标准), subsidy (资助标准), personal (自付). */
export type SubsidyRow = [
  category: string,
  tier: string,
  standard: number,
  subsidy: number,
  personal: number,
];

/** The rows of a seed's 附件2 table (src/core/policy/attachment2.ts, which the scaffold uses too). */
export function parseAttachment2(file: string, startMarker: string, tierAt: number): string[][] {
  return attachmentRows(seedText(file), startMarker, tierAt);
}
