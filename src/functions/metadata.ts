/**
 * functions.json and functions.zh-CN.json, made from the table (table.ts): the two files
 * Excel reads to know the YB.* functions (the manifest picks the zh-CN one for Chinese
 * Excel). Every argument and every result is a matrix of any: a range in, a spill out,
 * with error cells and "" among the answers. The build (scripts/functions-metadata.js)
 * writes both and fails on any problem `tableProblems` finds.
 */
import type { FunctionSpec } from "./spec";

export type Locale = "en" | "zh-CN";

export interface ParameterMetadata {
  description: string;
  dimensionality: "matrix";
  name: string;
  optional?: true;
  type: "any";
}

export interface FunctionMetadata {
  description: string;
  id: string;
  name: string;
  parameters: ParameterMetadata[];
  result: { dimensionality: "matrix" };
}

export interface Metadata {
  allowCustomDataForDataTypeAny: true;
  functions: FunctionMetadata[];
}

/** Excel's rule for a Chinese function name: letters (Chinese characters count), "_" and ".", a letter first, at least three characters. */
export const NAME_RULE = /^\p{L}[\p{L}_.]{2,}$/u;
/** An id is also the English name, and stays ASCII: workbooks save formulas by it. */
const ID_RULE = /^[A-Z][A-Z0-9_.]{2,}$/;
const PARAM_NAME_RULE = /^[a-z][A-Za-z0-9]*$/;
const HAN = /\p{Script=Han}/u;
/** Lower-case Latin letters in Chinese help are a policy id, a key or a code, which a clerk never reads. */
const CODE = /[a-z]/;

export function metadataOf(table: readonly FunctionSpec[], locale: Locale): Metadata {
  const zh = locale === "zh-CN";
  return {
    allowCustomDataForDataTypeAny: true,
    functions: table.map((f) => ({
      description: zh ? f.zh : f.en,
      id: f.id,
      name: zh ? f.zhName : f.id,
      parameters: f.params.map((p) => ({
        description: zh ? p.zh : p.en,
        dimensionality: "matrix",
        name: zh ? p.zhName : p.name,
        ...(p.optional ? { optional: true } : {}),
        type: "any",
      })),
      result: { dimensionality: "matrix" },
    })),
  };
}

function chineseProblems(where: string, name: string, help: string): string[] {
  const problems: string[] = [];
  if (!HAN.test(name)) problems.push(`${where}: the Chinese name "${name}" has no Chinese`);
  if (!HAN.test(help)) problems.push(`${where}: the Chinese help "${help}" has no Chinese`);
  if (CODE.test(help))
    problems.push(`${where}: the Chinese help "${help}" shows an internal code or English word`);
  return problems;
}

/** Every way the table would give Excel a function it refuses, or a clerk text they cannot use. */
export function tableProblems(table: readonly FunctionSpec[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const zhNames = new Map<string, string>();
  for (const f of table) {
    if (!ID_RULE.test(f.id))
      problems.push(`${f.id}: an id is upper-case ASCII letters, digits, "_" and "."`);
    if (ids.has(f.id)) problems.push(`${f.id}: declared twice`);
    ids.add(f.id);
    if (!f.en.trim()) problems.push(`${f.id}: no English help`);
    if (!NAME_RULE.test(f.zhName))
      problems.push(
        `${f.id}: the Chinese name "${f.zhName}" breaks Excel's rule for names (a letter first, at least three characters)`
      );
    const other = zhNames.get(f.zhName);
    if (other) problems.push(`${f.id}: the Chinese name "${f.zhName}" is also ${other}'s`);
    zhNames.set(f.zhName, f.id);
    problems.push(...chineseProblems(f.id, f.zhName, f.zh));
    const names = new Set<string>();
    const zhParams = new Set<string>();
    let optionalSeen = false;
    for (const p of f.params) {
      const where = `${f.id}(${p.name})`;
      if (!PARAM_NAME_RULE.test(p.name))
        problems.push(`${where}: a parameter name is camelCase ASCII`);
      if (names.has(p.name)) problems.push(`${where}: two parameters of that name`);
      names.add(p.name);
      if (zhParams.has(p.zhName)) problems.push(`${where}: two parameters named "${p.zhName}"`);
      zhParams.add(p.zhName);
      if (!p.en.trim()) problems.push(`${where}: no English help`);
      problems.push(...chineseProblems(where, p.zhName, p.zh));
      if (optionalSeen && !p.optional)
        problems.push(`${where}: a required parameter after an optional one`);
      optionalSeen ||= p.optional;
    }
  }
  return problems;
}
