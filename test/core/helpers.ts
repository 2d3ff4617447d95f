/**
 * Shared helpers for the rules-engine tests: the seed notices on disk, the policy files as
 * written, and a matcher for the engine's coded errors.
 */
import fs from "fs";
import path from "path";
import { RuleError, RuleErrorCode } from "../../src/core/rules/errors";
import { POLICY_FILES } from "../../src/core/policy/registry";

/** The repository is checked out next to shared/, which holds the notices (YIBAO_SEEDS names another place, e.g. from a git worktree). */
export const SEEDS_DIR = process.env.YIBAO_SEEDS ?? path.resolve(__dirname, "../../../shared/seeds");

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

/** A policy file as written in src/core/policy/data, deep-copied so a test may break it. */
export function rawPolicyFiles(): Record<string, unknown>[] {
  return JSON.parse(JSON.stringify(POLICY_FILES)) as Record<string, unknown>[];
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
  if (!(thrown instanceof RuleError)) throw new Error(`expected a RuleError, got ${String(thrown)}`);
  return thrown;
}

export function expectRuleError(fn: () => unknown, code: RuleErrorCode, message?: RegExp | string): RuleError {
  const e = ruleErrorOf(fn);
  expect(e.code).toBe(code);
  if (message !== undefined) expect(e.message).toMatch(message);
  return e;
}

/** One row of a 附件2 table: category, tier, standard (缴费标准), subsidy (资助标准), personal (自付). */
export type SubsidyRow = [category: string, tier: string, standard: number, subsidy: number, personal: number];

/**
 * The rows of a 附件2 table as the seed prints them: a row is a run of lines each starting
 * with a tab (one cell per line), rows are separated by other lines. Rows that continue the
 * category above leave the leading cells empty (merged cells); those are carried down.
 * Only rows whose cell at `tierAt` is a tier (一档/二档) are returned.
 */
export function parseAttachment2(file: string, startMarker: string, tierAt: number): string[][] {
  const text = seedText(file);
  const start = text.lastIndexOf(startMarker);
  if (start < 0) throw new Error(`${file}: no ${startMarker}`);
  const rows: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > tierAt && /^[一二]档$/.test(current[tierAt])) rows.push(current);
    current = [];
  };
  for (const line of text.slice(start).split("\n")) {
    if (line.startsWith("\t")) current.push(line.trim());
    else flush();
  }
  flush();
  for (let r = 1; r < rows.length; r++) {
    for (let c = 0; c < tierAt; c++) if (rows[r][c] === "") rows[r][c] = rows[r - 1][c];
  }
  return rows;
}
