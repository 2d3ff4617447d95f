/**
 * functions.zh-CN.json from functions.json and the Chinese table in src/functions/zh-CN.ts.
 *
 * functions.json is written by CustomFunctionsMetadataPlugin from the JSDoc of
 * src/functions/functions.ts. Microsoft's autogeneration does not localize, so this takes
 * its output, replaces the names and descriptions of every function and parameter with the
 * table's, and leaves everything else (ids, types, dimensionality, options) as generated.
 * Used by webpack.config.js (LocalizedMetadataPlugin) and by the tests.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const TABLE_FILE = path.resolve(__dirname, "../src/functions/zh-CN.ts");

/** Excel's rule for a function name: letters (Chinese characters count), "_" and ".", a letter first, at least three characters. */
const NAME_RULE = /^\p{L}[\p{L}_.]{2,}$/u;

/** Loads the table by transpiling the TypeScript file (it imports nothing). */
function loadTable(file = TABLE_FILE) {
  const source = fs.readFileSync(file, "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS },
  }).outputText;
  const module = { exports: {} };
  new Function("module", "exports", "require", js)(module, module.exports, require);
  return module.exports.FUNCTIONS_ZH_CN;
}

/**
 * The localized copy of `metadata` (functions.json, parsed). Throws one error listing every
 * function or parameter without a Chinese entry, every entry that matches nothing, every
 * name Excel would refuse and every duplicated name.
 */
function localize(metadata, table) {
  const problems = [];
  const seen = new Map();
  const functions = metadata.functions.map((f) => {
    const zh = table[f.id];
    if (!zh) {
      problems.push(`${f.id}: 没有中文名称和说明`);
      return f;
    }
    if (!NAME_RULE.test(zh.name))
      problems.push(`${f.id}: 中文名“${zh.name}”不符合 Excel 函数名规则（字母开头，至少3个字符）`);
    if (seen.has(zh.name)) problems.push(`${f.id}: 中文名“${zh.name}”与 ${seen.get(zh.name)} 重复`);
    seen.set(zh.name, f.id);
    const names = new Set((f.parameters || []).map((p) => p.name));
    for (const key of Object.keys(zh.parameters)) {
      if (!names.has(key)) problems.push(`${f.id}: 表中的参数 ${key} 在函数中不存在`);
    }
    const parameters = (f.parameters || []).map((p) => {
      const zp = zh.parameters[p.name];
      if (!zp) {
        problems.push(`${f.id}: 参数 ${p.name} 没有中文名称和说明`);
        return p;
      }
      return { ...p, name: zp.name, description: zp.description };
    });
    return { ...f, name: zh.name, description: zh.description, parameters };
  });
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table))
    if (!ids.has(id)) problems.push(`${id}: 表中有，但 functions.ts 中没有这个函数`);
  if (problems.length > 0)
    throw new Error(`functions.zh-CN.json 无法生成：\n  ${problems.join("\n  ")}`);
  return { ...metadata, functions };
}

/** Emits `output` next to the `source` asset that CustomFunctionsMetadataPlugin adds. */
class LocalizedMetadataPlugin {
  constructor(options = {}) {
    this.source = options.source || "functions.json";
    this.output = options.output || "functions.zh-CN.json";
    this.table = options.table || TABLE_FILE;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "LocalizedMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(this.table);
          const asset = compilation.getAsset(this.source);
          if (!asset) {
            // CustomFunctionsMetadataPlugin reports its own errors; without its output there is nothing to do.
            if (compilation.errors.length === 0)
              compilation.errors.push(new WebpackError(`${name}: 没有 ${this.source}`));
            return;
          }
          try {
            const metadata = JSON.parse(asset.source.source().toString());
            const localized = localize(metadata, loadTable(this.table));
            compilation.emitAsset(
              this.output,
              new sources.RawSource(JSON.stringify(localized, null, 2))
            );
          } catch (e) {
            compilation.errors.push(new WebpackError(`${name}: ${e.message}`));
          }
        }
      );
    });
  }
}

module.exports = { NAME_RULE, TABLE_FILE, loadTable, localize, LocalizedMetadataPlugin };
