/**
 * Builds the four jobs for WPS into dist/wps/: a JS macro module (JSA) per job in dist/wps/宏/,
 * for a clerk to import through WPS 表格's JS macro editor, and an AirScript 2.0 file per job in
 * dist/wps/AirScript/, for 金山文档. Each is one self-contained file.
 *
 * The same bundle of the core as the Office Scripts (scripts/office-scripts/bundle.js): the
 * job of src/scripts/jobs through the ET host module (src/wps/et/host.ts) in place of
 * src/scripts/host.ts, the shipped policies embedded in the registry's place. The bundled
 * TypeScript is type-checked against Kingsoft's et-jsapi-declare, then emitted as
 * ECMAScript 2017 (LANGUAGE_LEVEL), the level the test parses every file at.
 *
 * Around the bundle, kept in its own function scope so that modules imported together do not
 * share names:
 * - JSA: a macro per job (政策 and the other parameters asked with Application.InputBox, the
 *   answer shown with MsgBox), and `医保助手_<job>(参数)` to call from another macro;
 * - AirScript: the parameters as a block at the top for the clerk to fill in, overridden by
 *   Context.argv when the script is called with arguments; the answer is the script's last
 *   expression. No HTTP call anywhere.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");
const acorn = require("acorn");
const { bundle } = require("../office-scripts/bundle.js");
const { embeddedPoliciesModule } = require("../office-scripts/build.js");

const ROOT = path.resolve(__dirname, "../..");
const OUT_DIR = path.join(ROOT, "dist/wps");
/** As the compiler names its files: the real path, when node_modules is a link (a git worktree). */
const ET_TYPES = fs.realpathSync(path.join(ROOT, "node_modules/et-jsapi-declare"));
const CUSTOM_FUNCTIONS_TYPES = fs.realpathSync(
  path.join(ROOT, "node_modules/@types/custom-functions-runtime")
);
/** ES2017: async functions but no object spread, no optional chaining, no ?? (see docs/dev/embedded-scripts.md). */
const LANGUAGE_LEVEL = 2017;

/** The jobs, with their parameters as the Office Scripts take them and how a clerk is asked. */
const JOBS = [
  {
    entry: "claim.ts",
    name: "生成资助申报表",
    params: [
      { key: "policy", label: "政策", ask: "政策名称（地区和年度）" },
      {
        key: "sheets",
        label: "花名册工作表",
        ask: "花名册工作表名，多个用逗号分隔；不填则用所有认得出表头的工作表",
      },
      {
        key: "date",
        label: "缴费日期",
        ask: "花名册没有缴费日期时按此日期计算（如 2025-03-01）；不填则按征缴期最后一天",
      },
      {
        key: "settings",
        label: "政策设置",
        ask: "通知未定的数值，写成“项目=值”，多项用分号隔开；也可写在“政策设置”工作表中；不填则留空",
      },
    ],
  },
  {
    entry: "targets.ts",
    name: "检查任务分解表",
    params: [
      { key: "policy", label: "政策", ask: "政策名称（地区和年度）；不填则只查表内" },
      {
        key: "sheet",
        label: "任务分解表工作表",
        ask: "任务分解表所在的工作表名；不填则用当前工作表",
      },
      {
        key: "assigned",
        label: "上级下达的任务数",
        ask: "上级下达的任务数；不填则不核对合计",
        number: true,
      },
      {
        key: "asOf",
        label: "统计截至日期",
        ask: "统计截至日期（如 2024-11-29）；不填则不对照进度节点",
      },
    ],
  },
  {
    entry: "premium.ts",
    name: "计算保费",
    params: [
      { key: "policy", label: "政策", ask: "政策名称（地区和年度）" },
      { key: "sheet", label: "人员名单工作表", ask: "人员名单所在的工作表名；不填则用当前工作表" },
      {
        key: "settings",
        label: "政策设置",
        ask: "通知未定的数值，写成“项目=值”，多项用分号隔开；不填则留空",
      },
    ],
  },
  {
    entry: "progress.ts",
    name: "记录参保进度",
    params: [
      { key: "policy", label: "政策", ask: "政策名称（地区和年度）" },
      {
        key: "sheet",
        label: "任务分解表工作表",
        ask: "任务分解表所在的工作表名；不填则用当前工作表",
      },
      { key: "date", label: "报告日期", ask: "报告日期（如 2024-11-29）；不填则为今天" },
    ],
  },
];

class WpsBuildError extends Error {}

/**
 * The bundled entry as JavaScript at LANGUAGE_LEVEL, the body of a function returning `run`.
 * `ambient`: declarations, besides Kingsoft's, of names the code only tests for.
 */
function jobBody(job, policiesModule, ambient = []) {
  const source = bundle(path.join(ROOT, "src/wps/scripts", job.entry), {
    substitutes: {
      "src/core/policy/registry.ts": "src/officeScripts/policyRegistry.ts",
      "src/scripts/host.ts": "src/wps/et/host.ts",
      "src/office/settings.ts": "src/wps/et/settings.ts",
      "src/officeScripts/embeddedPolicies.ts": policiesModule,
    },
    ambient: [ET_TYPES, ...ambient],
  });
  const out = ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2017,
      module: ts.ModuleKind.None,
      removeComments: false,
    },
    reportDiagnostics: true,
  });
  if (out.diagnostics?.length)
    throw new WpsBuildError(
      `${job.name}：${ts.flattenDiagnosticMessageText(out.diagnostics[0].messageText, "\n")}`
    );
  return out.outputText.replace(/^"use strict";\s*/, "");
}

const literal = (v) => JSON.stringify(v);

function header(job, kind) {
  return (
    `// ${job.name}（${kind}）：医保助手 yibao\n` +
    "// 由 npm run build 从 yibao 的 src/ 生成，请勿手改 / generated from yibao's src/ by npm run build; do not edit.\n" +
    `// 语言级别 ECMAScript ${LANGUAGE_LEVEL}。本文件不联网，数据不离开工作簿。\n`
  );
}

/** The JSA module: the job in its own scope, the macro, and the callable function. */
function jsaModule(job, body, policyNames) {
  const call = `医保助手_${job.name}`;
  const asks = job.params
    .map((p, i) => {
      const prompt = p.key === "policy" ? `${p.ask}，可用：${policyNames.join("；")}` : p.ask;
      const read = p.number
        ? `    if (String(a).trim() !== "") p.${p.key} = Number(String(a).trim());`
        : `    p.${p.key} = String(a);`;
      return (
        `    a = Application.InputBox(${literal(prompt)}, ${literal(`${job.name}（${i + 1}/${job.params.length}）：${p.label}`)}, "");\n` +
        `    if (a === false) return undefined;\n${read}`
      );
    })
    .join("\n");
  return (
    header(job, "WPS 宏") +
    `// 导入：WPS 表格 → 开发工具 → WPS宏编辑器 → 文件 → 导入文件，选本文件；运行宏“${job.name}”。\n\n` +
    `var ${call} = (function () {\n${body}\nreturn run;\n})();\n\n` +
    `/** 宏：逐项询问参数（直接按“确定”表示不填，按“取消”退出），运行后显示结果。 */\n` +
    `function ${job.name}() {\n  var p = {};\n  var a;\n  try {\n${asks}\n` +
    `    var answer = ${call}(p);\n    MsgBox(${literal(`${job.name}：已完成。`)} + "\\n" + JSON.stringify(answer, null, 1).slice(0, 900));\n    return answer;\n` +
    `  } catch (e) {\n    MsgBox(${literal(`${job.name}没有完成：`)} + (e && e.message ? e.message : String(e)));\n    return undefined;\n  }\n}\n`
  );
}

/** The AirScript file: the parameter block, then the job; the answer is the last expression. */
function airScript(job, body, policyNames) {
  const block = job.params
    .map((p) => {
      const note = p.key === "policy" ? `${p.ask}，可用：${policyNames.join("；")}` : p.ask;
      return `  // ${p.label}：${note}\n  ${literal(p.key)}: ${p.number ? "undefined" : '""'},`;
    })
    .join("\n");
  return (
    header(job, "金山文档 AirScript 2.0") +
    "// 使用：金山文档 → 效率 → 高级开发 → AirScript 脚本编辑器 → 新建脚本（2.0），粘贴本文件，填好下面的参数后运行。\n\n" +
    `var 参数 = {\n${block}\n};\n\n` +
    // The wrapper's own names cannot clash with the bundle's (it declares given, run's helpers).
    "(function (医保助手_调用参数) {\n" +
    `${body}\n` +
    "var 医保助手_p = {};\n" +
    'Object.keys(参数).forEach((k) => { if (参数[k] !== undefined && 参数[k] !== "") 医保助手_p[k] = 参数[k]; });\n' +
    "Object.keys(医保助手_调用参数 || {}).forEach((k) => { if (Object.prototype.hasOwnProperty.call(参数, k)) 医保助手_p[k] = 医保助手_调用参数[k]; });\n" +
    "return run(医保助手_p);\n" +
    '})(typeof Context !== "undefined" && Context ? Context.argv : undefined);\n'
  );
}

/**
 * Refuses a file that the oldest supported WPS would not parse: acorn at exactly
 * LANGUAGE_LEVEL, as a script (JSA modules and AirScript files are not ES modules).
 */
function checkLevel(file, text) {
  try {
    acorn.parse(text, { ecmaVersion: LANGUAGE_LEVEL, sourceType: "script" });
  } catch (e) {
    const at = e.loc ? `第 ${e.loc.line} 行第 ${e.loc.column + 1} 列` : "";
    throw new WpsBuildError(
      `${file} 不是 ECMAScript ${LANGUAGE_LEVEL} 能解析的脚本（${at}：${e.message}），未写出。`
    );
  }
  return text;
}

/**
 * Builds every job (or those named in `only`); writes them under outDir unless it is null.
 * Returns [{ job, jsa, airscript }].
 */
function buildWps({ policies, labels, outDir = OUT_DIR, only }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-wps-"));
  const policiesModule = path.join(dir, "embeddedPolicies.ts");
  fs.writeFileSync(policiesModule, embeddedPoliciesModule(policies));
  const names = labels ?? policies.map((p) => p.id);
  try {
    const built = JOBS.filter((job) => !only || only.includes(job.name)).map((job) => {
      let body;
      try {
        body = jobBody(job, policiesModule);
      } catch (e) {
        throw new WpsBuildError(`WPS 脚本“${job.name}”无法生成：\n${e.message}`);
      }
      return {
        job: job.name,
        jsa: checkLevel(`宏/${job.name}.js`, jsaModule(job, body, names)),
        airscript: checkLevel(`AirScript/${job.name}.js`, airScript(job, body, names)),
      };
    });
    if (outDir) {
      fs.mkdirSync(path.join(outDir, "宏"), { recursive: true });
      fs.mkdirSync(path.join(outDir, "AirScript"), { recursive: true });
      for (const b of built) {
        fs.writeFileSync(path.join(outDir, "宏", `${b.job}.js`), b.jsa);
        fs.writeFileSync(path.join(outDir, "AirScript", `${b.job}.js`), b.airscript);
      }
    }
    return built;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The JSA cell functions' module, and its file name under dist/wps/宏/. */
const CELL_FUNCTIONS = { entry: "cellFunctions.ts", name: "医保助手函数" };
/** A name WPS can give a JS macro function: letters (Chinese among them), digits, "_". */
const FUNCTION_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * The global cell functions, one per name of src/functions/table.ts: `YB_<id>` and
 * `YB_<中文名>`, both calling the function the bundle computes. The names are read from the
 * built bundle itself, so the module cannot declare a function the table does not have.
 */
function cellFunctionsModule(body) {
  const { names } = new Function(`${body}\nreturn run();`)();
  const declared = [];
  for (const f of names) {
    const params = f.params.map((p, i) => (FUNCTION_NAME.test(p) ? p : `参数${i + 1}`));
    for (const name of [`YB_${f.id}`, `YB_${f.zhName}`]) {
      if (!FUNCTION_NAME.test(name))
        throw new WpsBuildError(`函数名“${name}”不能用作 WPS 宏函数名`);
      declared.push(
        `/** =${name}(${params.join(", ")})：${f.help} */\n` +
          `function ${name}(${params.join(", ")}) {\n` +
          `  return 医保助手_调用函数(${literal(f.id)}, [${params.join(", ")}]);\n}\n`
      );
    }
  }
  return (
    `// 医保助手函数（WPS 宏）：医保助手 yibao 的单元格函数 YB_PREMIUM 等，中英文名均可\n` +
    "// 由 npm run build 从 yibao 的 src/ 生成，请勿手改 / generated from yibao's src/ by npm run build; do not edit.\n" +
    `// 语言级别 ECMAScript ${LANGUAGE_LEVEL}。本文件不联网，数据不离开工作簿。\n` +
    "// 导入：WPS 表格 → 开发工具 → WPS宏编辑器 → 文件 → 导入文件，选本文件；在单元格中输入 =YB_PREMIUM(...) 或 =YB_个人缴费(...)。\n" +
    "// 宏里没有“本工作簿的政策”设置：请在每个需要政策的函数里写上最后一个参数“政策”。\n\n" +
    `var 医保助手_函数 = (function () {\n${body}\nreturn run();\n})();\n\n` +
    "/**\n" +
    " * 一个函数的调用：区域参数（Range 对象）取其 Value2；一个单元格的答案返回一个值，\n" +
    " * 多行的答案返回二维数组。单个单元格的错误抛出（单元格显示错误值），多行中的错误为“#VALUE!：说明”文本。\n" +
    " */\n" +
    "function 医保助手_调用函数(id, args) {\n" +
    "  var given = [];\n" +
    "  for (var i = 0; i < args.length; i++) {\n" +
    "    var a = args[i];\n" +
    '    given.push(a !== null && typeof a === "object" && !Array.isArray(a) ? a.Value2 : a);\n' +
    "  }\n" +
    "  var answer = 医保助手_函数.functions[id].apply(null, given);\n" +
    "  return answer.length === 1 && answer[0].length === 1 ? answer[0][0] : answer;\n" +
    "}\n\n" +
    declared.join("\n")
  );
}

/** Builds the cell functions' module; writes it under outDir unless it is null. Returns its text. */
function buildCellFunctions({ policies, outDir = OUT_DIR }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-wps-"));
  const policiesModule = path.join(dir, "embeddedPolicies.ts");
  fs.writeFileSync(policiesModule, embeddedPoliciesModule(policies));
  try {
    let body;
    try {
      // src/functions/cells.ts makes an Excel error cell only where CustomFunctions exists
      // (`typeof CustomFunctions !== "undefined"`); in WPS it does not, and a plain error is made.
      body = jobBody(CELL_FUNCTIONS, policiesModule, [CUSTOM_FUNCTIONS_TYPES]);
    } catch (e) {
      throw new WpsBuildError(`WPS 宏函数“${CELL_FUNCTIONS.name}”无法生成：\n${e.message}`);
    }
    const text = checkLevel(`宏/${CELL_FUNCTIONS.name}.js`, cellFunctionsModule(body));
    if (outDir) {
      fs.mkdirSync(path.join(outDir, "宏"), { recursive: true });
      fs.writeFileSync(path.join(outDir, "宏", `${CELL_FUNCTIONS.name}.js`), text);
    }
    return text;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = {
  buildWps,
  buildCellFunctions,
  checkLevel,
  CELL_FUNCTIONS,
  JOBS,
  LANGUAGE_LEVEL,
  WpsBuildError,
};

if (require.main === module) {
  try {
    const { listPolicies } = require(path.join(ROOT, "lib/src/core/policy/registry.js"));
    const models = listPolicies();
    for (const b of buildWps({
      policies: models.map((m) => m.policy),
      labels: models.map((m) => m.label),
    }))
      console.log(
        `已生成 WPS 宏与 AirScript：dist/wps/宏/${b.job}.js、dist/wps/AirScript/${b.job}.js`
      );
    buildCellFunctions({ policies: models.map((m) => m.policy) });
    console.log(`已生成 WPS 宏函数：dist/wps/宏/${CELL_FUNCTIONS.name}.js`);
  } catch (e) {
    console.error(e instanceof WpsBuildError ? e.message : `生成 WPS 脚本失败：${e.stack ?? e}`);
    process.exit(1);
  }
}
