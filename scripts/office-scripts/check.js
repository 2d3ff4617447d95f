/**
 * Checks a generated Office Script against the platform's own rules, so that the build fails
 * before Excel would refuse the script:
 * - it type-checks with TypeScript 4.0 (the platform's compiler), strict, against the
 *   ExcelScript subset in src/officeScripts/excelscript.d.ts and nothing else;
 * - no `any`, explicit or implicit; no import, require, export, eval or new Function;
 * - no generators; only arrow functions as callbacks; no ExcelScript call inside a sort callback;
 * - ExcelScript, Excel and console are not redeclared; exactly one `function main(workbook: ExcelScript.Workbook, …)`.
 * Returns the list of problems, each "行 N：…"; empty means the script keeps every rule.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript-4.0");

const ROOT = path.resolve(__dirname, "../..");
const LIBS = [
  path.join(ROOT, "src/officeScripts/excelscript.d.ts"),
  path.join(__dirname, "platform.d.ts"),
];
const RESERVED = new Set(["ExcelScript", "Excel", "console"]);

function checkScript(source, fileName = "script.ts") {
  const problems = [];
  const options = {
    target: ts.ScriptTarget.ES2017,
    lib: ["lib.es2019.d.ts"],
    strict: true,
    noImplicitAny: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === fileName ? source : readFile(f));
  host.getSourceFile = (f, v) =>
    f === fileName ? ts.createSourceFile(f, source, v, true) : getSourceFile(f, v);
  host.fileExists = (
    (exists) => (f) =>
      f === fileName || exists(f)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([fileName, ...LIBS], options, host);
  const sf = program.getSourceFile(fileName);
  const checker = program.getTypeChecker();
  const line = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const at = (node, message) => problems.push(`行 ${line(node)}：${message}`);

  for (const d of ts.getPreEmitDiagnostics(program)) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    const where =
      d.file === sf && d.start !== undefined
        ? `行 ${sf.getLineAndCharacterOfPosition(d.start).line + 1}`
        : path.basename(d.file?.fileName ?? "");
    problems.push(`${where}：TypeScript 4.0 报错 TS${d.code}：${text}`);
  }

  const isExcelScriptType = (node) => {
    const type = checker.getTypeAtLocation(node);
    const name = type.symbol ? checker.getFullyQualifiedName(type.symbol) : "";
    return name.startsWith("ExcelScript.");
  };

  let mains = 0;
  for (const s of sf.statements) {
    const names = ts.isVariableStatement(s)
      ? s.declarationList.declarations.map((d) => d.name.getText(sf))
      : s.name
        ? [s.name.getText(sf)]
        : [];
    for (const n of names) if (RESERVED.has(n)) at(s, `不能声明平台保留的名字 ${n}`);
    if (ts.isFunctionDeclaration(s) && s.name?.text === "main") {
      mains++;
      const first = s.parameters[0];
      if (!first || first.type?.getText(sf) !== "ExcelScript.Workbook")
        at(s, "main 的第一个参数必须是 workbook: ExcelScript.Workbook");
    }
  }
  if (mains !== 1) problems.push(`脚本应恰有一个 main 函数，现有 ${mains} 个`);

  const walk = (node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) at(node, "不能用 any 类型");
    if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) at(node, "不能 import");
    if (ts.isExportDeclaration(node) || ts.isExportAssignment(node)) at(node, "不能 export");
    if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
      at(node, "不能 export");
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isMethodDeclaration(node)) &&
      node.asteriskToken
    )
      at(node, "不能用生成器函数");
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression.getText(sf);
      if (callee === "eval" || callee === "require" || callee === "Function")
        at(node, `不能调用 ${callee}`);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) at(node, "不能动态 import");
      for (const arg of node.arguments ?? [])
        if (ts.isFunctionExpression(arg)) at(arg, "回调只能用箭头函数");
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "sort"
      ) {
        const cb = node.arguments[0];
        const inner = (n) => {
          if (
            ts.isCallExpression(n) &&
            ts.isPropertyAccessExpression(n.expression) &&
            isExcelScriptType(n.expression.expression)
          )
            at(n, "排序回调里不能调用 Office 脚本 API");
          ts.forEachChild(n, inner);
        };
        if (cb) inner(cb);
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  return problems;
}

module.exports = { checkScript, LIBS };

if (require.main === module) {
  let failed = false;
  for (const file of process.argv.slice(2)) {
    const problems = checkScript(fs.readFileSync(file, "utf8"), path.resolve(file));
    for (const p of problems) console.error(`${file} ${p}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
