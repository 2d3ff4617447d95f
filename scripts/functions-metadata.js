/**
 * functions.json and functions.zh-CN.json, written by the build from the one table of the
 * YB.* functions (src/functions/table.ts, through src/functions/metadata.ts).
 *
 * The table is TypeScript and imports the core, so it is loaded here the way ts-node's
 * transpile-only mode would: each .ts file the table reaches is transpiled on require
 * (tsconfig.json sets isolatedModules, so file-by-file transpiling means the same as tsc).
 * Used by webpack.config.js (FunctionsMetadataPlugin).
 */
"use strict";
const fs = require("fs");
const Module = require("module");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const METADATA_FILE = path.join(ROOT, "src/functions/metadata.ts");
const TABLE_FILE = path.join(ROOT, "src/functions/table.ts");

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  resolveJsonModule: true,
};

/**
 * Requires the given .ts files with every .ts file they import transpiled on the fly, and
 * returns their exports and the files read. The files are dropped from require's cache
 * afterwards, so that a watching build reads the table again when it changes.
 */
function requireTs(files) {
  const loaded = new Set();
  const previous = Module._extensions[".ts"];
  Module._extensions[".ts"] = (module, filename) => {
    loaded.add(filename);
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: COMPILER_OPTIONS,
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
  try {
    return { exports: files.map((f) => require(f)), files: [...loaded] };
  } finally {
    if (previous) Module._extensions[".ts"] = previous;
    else delete Module._extensions[".ts"];
    for (const f of loaded) delete require.cache[f];
  }
}

/** { "functions.json": ..., "functions.zh-CN.json": ... } from the table, or an error listing every problem in it. */
function generate() {
  const {
    exports: [metadata, table],
    files,
  } = requireTs([METADATA_FILE, TABLE_FILE]);
  const problems = metadata.tableProblems(table.FUNCTIONS);
  if (problems.length > 0) throw new Error(`src/functions/table.ts:\n  ${problems.join("\n  ")}`);
  return {
    files,
    assets: {
      "functions.json": metadata.metadataOf(table.FUNCTIONS, "en"),
      "functions.zh-CN.json": metadata.metadataOf(table.FUNCTIONS, "zh-CN"),
    },
  };
}

/** Emits both metadata files into the compilation, and watches every file they come from. */
class FunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "FunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            const { files, assets } = generate();
            for (const f of files) compilation.fileDependencies.add(f);
            for (const [file, json] of Object.entries(assets))
              compilation.emitAsset(file, new sources.RawSource(JSON.stringify(json, null, 2)));
          } catch (e) {
            compilation.fileDependencies.add(TABLE_FILE);
            compilation.errors.push(new WebpackError(`${name}: ${e.message}`));
          }
        }
      );
    });
  }
}

module.exports = { generate, requireTs, FunctionsMetadataPlugin };
