/**
 * Bundles a TypeScript entry and the parts of src/ it uses into one self-contained Office
 * Script: one file, no import or export, no third-party code.
 *
 * Office Scripts run a single TypeScript file, so the core is brought in at the source level,
 * declaration by declaration: starting from the entry, every identifier is resolved with the
 * type checker, and the top-level statement that declares it is taken, then what that one
 * uses, and so on. Only what the script reaches is included (a rule the script never calls is
 * not in it). Imports and `export` keywords are dropped; a name declared in two modules is
 * renamed in the later one; a declaration from node_modules is an error, since the platform
 * has no third-party libraries at run time (except the host's own declarations, `ambient`).
 *
 * One bundle of the core feeds every host: Office Scripts (ExcelScript), WPS JS macros and
 * 金山文档 AirScript (the ET object model). A job (src/scripts/jobs) is written against
 * src/scripts/host.ts; `substitutes` puts the host's module in its place.
 */
"use strict";
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "../..");
const TYPES = path.join(ROOT, "src/officeScripts/excelscript.d.ts");
/** Names the platform reserves (ExcelScript, Excel and console) and the script's own entry. */
const RESERVED = new Set(["ExcelScript", "Excel", "console", "main"]);

class BundleError extends Error {}

function compilerOptions() {
  return {
    target: ts.ScriptTarget.ES2019,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    strict: true,
    noImplicitAny: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ["lib.es2019.d.ts"],
  };
}

/** The top-level statement of a declaration, or null when it is nested in no statement of a source file. */
function topStatement(node) {
  let n = node;
  while (n.parent && !ts.isSourceFile(n.parent)) n = n.parent;
  return n.parent && ts.isSourceFile(n.parent) ? n : null;
}

function where(node) {
  const sf = node.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${path.relative(ROOT, sf.fileName)}:${line + 1}`;
}

/** The names a top-level statement declares. */
function declaredNames(statement) {
  if (ts.isVariableStatement(statement)) {
    const names = [];
    const collect = (b) => {
      if (ts.isIdentifier(b)) names.push(b);
      else for (const e of b.elements) if (!ts.isOmittedExpression(e)) collect(e.name);
    };
    for (const d of statement.declarationList.declarations) collect(d.name);
    return names;
  }
  return statement.name && ts.isIdentifier(statement.name) ? [statement.name] : [];
}

/**
 * Bundles `entry` (a path) into one script. `prelude` is TypeScript put before everything (the
 * generated, already validated policy data). `substitutes` maps a module to one that stands
 * in for it in the script with the same exports (the shipped policy registry, which reads
 * JSON files through zod, by one over the embedded data). Returns the script's source.
 */
function bundle(entry, { prelude = "", substitutes = {}, ambient = [] } = {}) {
  const entryFile = path.resolve(entry);
  const standIns = new Map(
    Object.entries(substitutes).map(([from, to]) => [
      path.resolve(ROOT, from),
      path.resolve(ROOT, to),
    ])
  );
  const program = ts.createProgram([entryFile, TYPES, ...standIns.values()], compilerOptions());
  const checker = program.getTypeChecker();
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) {
    throw new BundleError(ts.formatDiagnostics(diagnostics, formatHost()));
  }
  const isOwnSource = (sf) =>
    !sf.isDeclarationFile && !sf.fileName.includes("/node_modules/") && sf.fileName !== TYPES;
  // The platform's own declarations (ExcelScript, Kingsoft's ET model): names the host defines.
  const isAmbient = (sf) =>
    program.isSourceFileDefaultLibrary(sf) ||
    sf.fileName === TYPES ||
    ambient.some((dir) => sf.fileName.startsWith(dir));

  const problems = [];
  const included = new Set();
  /** statement → identifiers in it that refer to an included top-level symbol, with that symbol. */
  const references = new Map();
  const order = [];
  const visiting = new Set();
  const initialized = new Set();

  /** A symbol of a substituted module → the stand-in's export of the same name. */
  const standIn = (sym) => {
    const decl = sym.declarations?.[0];
    const to = decl && standIns.get(decl.getSourceFile().fileName);
    if (!to || !topStatement(decl)) return sym;
    const module = checker.getSymbolAtLocation(program.getSourceFile(to));
    const match = checker.getExportsOfModule(module).find((e) => e.name === sym.name);
    if (!match) {
      problems.push(
        `${path.relative(ROOT, to)}：缺少代替 ${path.relative(ROOT, decl.getSourceFile().fileName)} 的“${sym.name}”`
      );
      return sym;
    }
    return match.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(match) : match;
  };

  const resolve = (id) => {
    let sym =
      ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id
        ? checker.getShorthandAssignmentValueSymbol(id.parent)
        : checker.getSymbolAtLocation(id);
    if (!sym) return null;
    if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    return standIn(sym);
  };

  const visit = (statement) => {
    if (included.has(statement) || visiting.has(statement)) return;
    visiting.add(statement);
    const refs = [];
    const walk = (node) => {
      if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) return;
      // `ns.member` of `import * as ns`: the member itself, emitted by its bundled name.
      const member = namespaceMember(node);
      if (member) {
        const sym = standIn(member);
        const decl = sym.declarations?.[0];
        const top = decl && topStatement(decl);
        if (top && isOwnSource(decl.getSourceFile())) {
          refs.push([node, sym]);
          visit(top);
        }
      }
      if (ts.isIdentifier(node) && !isPropertyName(node)) {
        const sym = resolve(node);
        for (const decl of sym?.declarations ?? []) {
          const sf = decl.getSourceFile();
          if (isAmbient(sf)) break;
          if (!isOwnSource(sf)) {
            problems.push(
              `${where(node)}：用到了第三方库（${path.relative(ROOT, sf.fileName)}）的“${node.text}”，Office 脚本不能带第三方库`
            );
            break;
          }
          if (sf.fileName.endsWith(".json")) {
            problems.push(
              `${where(node)}：直接引用了数据文件 ${path.relative(ROOT, sf.fileName)}；数据应由生成器校验后写进脚本`
            );
            break;
          }
          const top = topStatement(decl);
          // Only symbols a top-level statement declares; locals resolve inside their statement.
          if (!top || !declaredNames(top).some((n) => resolve(n) === sym)) continue;
          if (ts.isImportDeclaration(top) || ts.isExportDeclaration(top)) continue;
          refs.push([node, sym]);
          visit(top);
        }
      }
      ts.forEachChild(node, walk);
    };
    walk(statement);
    visiting.delete(statement);
    included.add(statement);
    references.set(statement, refs);
    order.push(statement);
    // A module's top-level code that declares nothing (a loop filling a lookup table) runs
    // whenever the module is used at all, as it would on import.
    const sf = statement.getSourceFile();
    if (!initialized.has(sf)) {
      initialized.add(sf);
      for (const s of sf.statements) if (!isDeclaration(s)) visit(s);
    }
  };

  /** The export symbol `ns.member` names, when ns is a namespace import; else null. */
  const namespaceMember = (node) => {
    if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.expression)) return null;
    const ns = checker.getSymbolAtLocation(node.expression);
    if (!ns || !(ns.flags & ts.SymbolFlags.Alias)) return null;
    if (!ns.declarations?.some((d) => ts.isNamespaceImport(d))) return null;
    const sym = checker.getSymbolAtLocation(node.name);
    if (!sym) return null;
    return sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
  };

  const entrySf = program.getSourceFile(entryFile);
  for (const s of entrySf.statements) {
    if (ts.isImportDeclaration(s)) continue;
    if (ts.isExportDeclaration(s) || ts.isExportAssignment(s)) {
      problems.push(`${where(s)}：脚本入口不能导出`);
      continue;
    }
    visit(s);
  }
  for (const s of order) checkStatement(s, problems);
  if (problems.length) throw new BundleError(grouped(problems));

  // Final names: the first declaration of a name keeps it; later ones take their module's name.
  const finalName = new Map();
  const taken = new Map();
  for (const s of order) {
    const fromEntry = s.getSourceFile() === entrySf;
    for (const n of declaredNames(s)) {
      const sym = resolve(n);
      if (!sym || finalName.has(sym)) continue;
      let name = n.text;
      const clash =
        (taken.has(name) && taken.get(name) !== sym) ||
        (RESERVED.has(name) && !(fromEntry && name === "main"));
      if (clash) name = `${n.text}_${moduleSlug(s.getSourceFile().fileName)}`;
      if (taken.has(name)) throw new BundleError(`${where(n)}：改名后仍与别处重名：${name}`);
      taken.set(name, sym);
      finalName.set(sym, name);
    }
  }

  const parts = [];
  let lastFile = null;
  for (const s of order) {
    const sf = s.getSourceFile();
    if (sf !== lastFile) {
      parts.push(`// ---- ${path.relative(ROOT, sf.fileName).split(path.sep).join("/")}`);
      lastFile = sf;
    }
    parts.push(emit(s, references.get(s), finalName));
  }
  return `${prelude ? prelude.trimEnd() + "\n\n" : ""}${parts.join("\n\n")}\n`;
}

function isDeclaration(s) {
  return (
    ts.isFunctionDeclaration(s) ||
    ts.isClassDeclaration(s) ||
    ts.isInterfaceDeclaration(s) ||
    ts.isTypeAliasDeclaration(s) ||
    ts.isEnumDeclaration(s) ||
    ts.isVariableStatement(s) ||
    ts.isImportDeclaration(s) ||
    ts.isImportEqualsDeclaration(s) ||
    ts.isExportDeclaration(s) ||
    ts.isExportAssignment(s) ||
    ts.isModuleDeclaration(s) ||
    ts.isEmptyStatement(s)
  );
}

/** One line per file and problem, with its lines: "a.ts 第 3、7 行：…". */
function grouped(problems) {
  const byKey = new Map();
  for (const p of problems) {
    const m = /^(.*):(\d+)：(.*)$/.exec(p);
    if (!m) {
      byKey.set(p, null);
      continue;
    }
    const key = `${m[1]}\u0000${m[3].replace(/“[^”]*”/, "")}`;
    const entry = byKey.get(key) ?? { file: m[1], text: m[3], lines: new Set() };
    entry.lines.add(Number(m[2]));
    byKey.set(key, entry);
  }
  return [...byKey.entries()]
    .map(([key, e]) =>
      e ? `${e.file} 第 ${[...e.lines].sort((a, b) => a - b).join("、")} 行：${e.text}` : key
    )
    .join("\n");
}

/** `a.b` (b), `{ b: 1 }` (b), `b(): void` members: names that are looked up on a value, not in scope. */
function isPropertyName(id) {
  const p = id.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  if (ts.isQualifiedName(p) && p.right === id) return true;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isPropertySignature(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessor(p) ||
      ts.isSetAccessor(p) ||
      ts.isEnumMember(p)) &&
    p.name === id
  )
    return true;
  if (ts.isBindingElement(p) && p.propertyName === id) return true;
  return false;
}

function moduleSlug(file) {
  return path
    .relative(path.join(ROOT, "src"), file)
    .replace(/\.ts$/, "")
    .split(/[\\/]/)
    .join("_")
    .replace(/[^A-Za-z0-9_]/g, "_");
}

/** A statement's text (with its doc comment) without `export`, with identifiers renamed. */
function emit(statement, refs, finalName) {
  const sf = statement.getSourceFile();
  const start = statement.getStart(sf, true);
  const edits = [];
  for (const m of ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : []) {
    if (m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DefaultKeyword) {
      let end = m.getEnd();
      while (/\s/.test(sf.text[end])) end++;
      edits.push([m.getStart(sf), end, ""]);
    }
  }
  for (const [id, sym] of refs) {
    const name = finalName.get(sym);
    if (name && name !== id.text) {
      // `{ a }` keeps its property name: `{ a: a_renamed }`.
      const text = ts.isShorthandPropertyAssignment(id.parent) ? `${id.text}: ${name}` : name;
      edits.push([id.getStart(sf), id.getEnd(), text]);
    }
  }
  edits.sort((a, b) => b[0] - a[0]);
  let text = sf.text.slice(start, statement.getEnd());
  const seen = new Set();
  for (const [from, to, replacement] of edits) {
    if (seen.has(from)) continue;
    seen.add(from);
    text = text.slice(0, from - start) + replacement + text.slice(to - start);
  }
  return text;
}

/** Rules a statement must keep to be bundled at all (the full check of the result is check.js's). */
function checkStatement(statement, problems) {
  if (ts.isExportAssignment(statement)) problems.push(`${where(statement)}：不能用 export default`);
  const walk = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      problems.push(`${where(node)}：不能动态 import`);
    if (ts.isModuleDeclaration(node) && !(node.flags & ts.NodeFlags.Namespace))
      problems.push(`${where(node)}：不能声明模块`);
    ts.forEachChild(node, walk);
  };
  walk(statement);
}

function formatHost() {
  return {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => ROOT,
    getNewLine: () => "\n",
  };
}

module.exports = { bundle, BundleError, TYPES };
