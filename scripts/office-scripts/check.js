/**
 * Checks a generated Office Script against the platform's own rules, so that the build fails
 * before Excel would refuse the script:
 * - it type-checks with TypeScript 4.0.3's line (the platform's compiler), strict, twice: against
 *   the ExcelScript subset in src/officeScripts/excelscript.d.ts, and against Microsoft's own
 *   declaration file (microsoft/office-scripts-docs.d.ts, vendored), so a member the subset
 *   invents fails too;
 * - no `any`, explicit or implicit; no import, require, export, eval or new Function;
 * - no generators; an Array method's callback is an arrow function, never a name
 *   (`values.map(Number)`, `.filter(isX)`) or a `function` (typescript-restrictions.md,
 *   "Only arrow functions in array callbacks"); no ExcelScript call inside a sort callback;
 * - none of the methods that throw in a Power Automate flow (power-automate-troubleshooting.md):
 *   Range.select, Chart.activate, Workbook.getActiveCell/getActiveChart/getActiveSlicer/
 *   getSelectedRange/getSelectedRanges;
 * - main's parameters and return value use only the types Microsoft documents for them
 *   (user-input.md, "Type restrictions"): string, number, boolean, unknown, object, arrays and
 *   objects of those, unions of literals of one type; no null anywhere in them;
 * - ExcelScript, Excel and console are not redeclared; exactly one `function main(workbook: ExcelScript.Workbook, …)`.
 * Returns the list of problems, each "行 N：…"; empty means the script keeps every rule.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript-4.0");

const ROOT = path.resolve(__dirname, "../..");
const PLATFORM = path.join(__dirname, "platform.d.ts");
const SUBSET = path.join(ROOT, "src/officeScripts/excelscript.d.ts");
const MICROSOFT = path.join(__dirname, "microsoft/office-scripts-docs.d.ts");
const LIBS = [SUBSET, PLATFORM];
/** Methods that throw when the script runs in Power Automate, by ExcelScript class. */
const THROW_IN_FLOWS = {
  Range: ["select"],
  Chart: ["activate"],
  Workbook: [
    "getActiveCell",
    "getActiveChart",
    "getActiveSlicer",
    "getSelectedRange",
    "getSelectedRanges",
  ],
};
const ARRAY_METHODS = new Set([
  "every",
  "filter",
  "find",
  "findIndex",
  "flatMap",
  "forEach",
  "map",
  "reduce",
  "reduceRight",
  "some",
  "sort",
]);
const RESERVED = new Set(["ExcelScript", "Excel", "console"]);

function compile(source, fileName, libs) {
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
  return ts.createProgram([fileName, ...libs], options, host);
}

function checkScript(source, fileName = "script.ts") {
  const problems = [];
  const program = compile(source, fileName, LIBS);
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
  // Microsoft's declarations: what the subset lets through must exist in the real API too.
  const real = compile(source, fileName, [MICROSOFT, PLATFORM]);
  const realSf = real.getSourceFile(fileName);
  for (const d of ts.getPreEmitDiagnostics(real)) {
    if (d.file !== realSf) continue;
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    const where =
      d.start !== undefined ? `行 ${realSf.getLineAndCharacterOfPosition(d.start).line + 1}` : "";
    problems.push(
      `${where}：按微软的 ExcelScript 声明（office-scripts-docs.d.ts）报错 TS${d.code}：${text}`
    );
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
      for (const p of s.parameters.slice(1))
        for (const why of unsupported(checker.getTypeAtLocation(p), checker))
          at(p, `参数 ${p.name.getText(sf)} 的类型微软没有列为可用：${why}`);
      const signature = checker.getSignatureFromDeclaration(s);
      if (signature)
        for (const why of unsupported(checker.getReturnTypeOfSignature(signature), checker, true))
          at(s, `main 的返回值类型微软没有列为可用：${why}`);
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
        ARRAY_METHODS.has(node.expression.name.text) &&
        isArray(checker.getTypeAtLocation(node.expression.expression), checker)
      ) {
        const cb = node.arguments[0];
        if (cb && !ts.isArrowFunction(cb))
          at(
            cb,
            `数组方法 ${node.expression.name.text} 的回调只能是箭头函数，不能传名字“${cb.getText(sf)}”`
          );
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const owner = checker.getTypeAtLocation(node.expression.expression);
        const name = owner.symbol ? checker.getFullyQualifiedName(owner.symbol) : "";
        const cls = name.startsWith("ExcelScript.") ? name.slice("ExcelScript.".length) : "";
        if ((THROW_IN_FLOWS[cls] ?? []).includes(node.expression.name.text))
          at(node, `${cls}.${node.expression.name.text}() 在 Power Automate 中运行会出错`);
      }
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

function isArray(type, checker) {
  if (checker.isArrayType(type) || checker.isTupleType(type)) return true;
  const name = type.symbol?.name;
  return name === "Array" || name === "ReadonlyArray";
}

/**
 * Why a parameter or return type is outside Microsoft's list (empty when it is inside):
 * string, number, boolean, unknown, object, arrays of them, objects of them, unions of literals
 * of one type; an optional member or parameter may be absent (undefined), never null.
 */
function unsupported(type, checker, isReturn = false, seen = new Set()) {
  const f = type.getFlags();
  if (f & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.Unknown))
    return [];
  if (f & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral))
    return [];
  if (isReturn && f & ts.TypeFlags.Void) return [];
  if (f & ts.TypeFlags.Null) return ["null"];
  if (f & ts.TypeFlags.Any) return ["any"];
  if (type.isUnion()) {
    const parts = type.types.filter((t) => !(t.getFlags() & ts.TypeFlags.Undefined));
    if (parts.some((t) => t.getFlags() & ts.TypeFlags.Null)) return ["null"];
    const kinds = new Set(
      parts.map((t) =>
        t.isStringLiteral()
          ? "s"
          : t.isNumberLiteral()
            ? "n"
            : t.getFlags() & ts.TypeFlags.BooleanLiteral
              ? "b"
              : "other"
      )
    );
    if (parts.length === 1) return unsupported(parts[0], checker, isReturn, seen);
    if (kinds.size === 1 && !kinds.has("other")) return [];
    return [`联合类型 ${checker.typeToString(type)}`];
  }
  if (isArray(type, checker)) {
    const args = checker.getTypeArguments(type);
    return args.flatMap((t) => unsupported(t, checker, false, seen));
  }
  if (f & ts.TypeFlags.Object || type.isIntersection()) {
    if (seen.has(type)) return [];
    seen.add(type);
    const out = [];
    for (const p of checker.getPropertiesOfType(type)) {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (!decl) continue;
      for (const why of unsupported(
        checker.getTypeOfSymbolAtLocation(p, decl),
        checker,
        false,
        seen
      ))
        out.push(`${p.name}: ${why}`);
    }
    return out;
  }
  return [checker.typeToString(type)];
}

module.exports = { checkScript, LIBS, MICROSOFT };

if (require.main === module) {
  let failed = false;
  for (const file of process.argv.slice(2)) {
    const problems = checkScript(fs.readFileSync(file, "utf8"), path.resolve(file));
    for (const p of problems) console.error(`${file} ${p}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
