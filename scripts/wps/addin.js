/* eslint-disable no-undef */
/**
 * The WPS add-in package (WPS 加载项), as wpsjs 2.2's offline mode lays it out, written into
 * dist/wps/加载项/ by webpack.config.js (its "wps" compilation):
 *   yibao_<version>/          the add-in: index.html + main.js (functions, ribbon), taskpane.html
 *                             + taskpane.js (the panels), ribbon.xml, manifest.xml,
 *                             functions.json, images/
 *   publish.xml               the list WPS reads from its jsaddons folder, naming that folder
 *   安装.bat, install.sh       copy the folder into jsaddons and add the entry to its publish.xml
 *                             (Windows: %APPDATA%\kingsoft\wps\jsaddons; Linux:
 *                             ~/.local/share/Kingsoft/wps/jsaddons), keeping other add-ins' entries
 * functions.json is written by wpsjs's own parser (wpsjs/vite_plugins, generateFunctionsJson)
 * from the functions declared as wpsjs reads them (src/wps/addin/functions.ts, wpsDeclarations).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { requireTs } = require("../functions-metadata");

const ROOT = path.resolve(__dirname, "../..");
const PACKAGE_DIR = path.join(ROOT, "src/wps/addin/package");
const NAME = "yibao";

function addinFolder() {
  const { version } = require(path.join(ROOT, "package.json"));
  return `${NAME}_${version}`;
}

/** functions.json from wpsjs's parser; throws on a name WPS refuses. */
function functionsJson() {
  const {
    exports: [wps, table],
  } = requireTs([
    path.join(ROOT, "src/wps/addin/functions.ts"),
    path.join(ROOT, "src/functions/table.ts"),
  ]);
  const problems = wps.wpsNameProblems(table.FUNCTIONS);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const { generateFunctionsJson } = require("wpsjs/vite_plugins");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-wps-"));
  try {
    const source = path.join(dir, "functions.js");
    fs.writeFileSync(source, wps.wpsDeclarations(table.FUNCTIONS));
    return generateFunctionsJson(source, path.join(dir, "functions.json"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function publishXml(folder, version) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<jsplugins>",
    `  <jsplugin name="${NAME}" type="et" url="${folder}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

function installSh(folder) {
  return `#!/bin/sh
# 安装医保助手（WPS 加载项）：把 ${folder} 复制到 WPS 的 jsaddons 文件夹，并登记到 publish.xml。
# 不联网；已登记的其他加载项保持不变。装好后请重新启动 WPS。
set -e
here=$(cd "$(dirname "$0")" && pwd)
dest="$HOME/.local/share/Kingsoft/wps/jsaddons"
mkdir -p "$dest"
rm -rf "$dest"/${NAME}_*
cp -R "$here/${folder}" "$dest/"
entry=$(grep '<jsplugin ' "$here/publish.xml")
if [ -f "$dest/publish.xml" ] && grep -q '</jsplugins>' "$dest/publish.xml"; then
  grep -v '<jsplugin name="${NAME}"' "$dest/publish.xml" | sed "s#</jsplugins>#$entry\\n</jsplugins>#" > "$dest/publish.xml.new"
  mv "$dest/publish.xml.new" "$dest/publish.xml"
else
  cp "$here/publish.xml" "$dest/publish.xml"
fi
echo "医保助手已安装到 $dest/${folder}。请重新启动 WPS，在“医保助手”选项卡中点“医保助手”按钮。"
`;
}

function installBat(folder) {
  const lines = [
    "@echo off",
    "chcp 65001 >nul",
    `rem 安装医保助手（WPS 加载项）：把 ${folder} 复制到 WPS 的 jsaddons 文件夹，并登记到 publish.xml。`,
    "rem 不联网；已登记的其他加载项保持不变。装好后请重新启动 WPS。",
    'set "dest=%APPDATA%\\kingsoft\\wps\\jsaddons"',
    'if not exist "%dest%" mkdir "%dest%"',
    `for /d %%d in ("%dest%\\${NAME}_*") do rmdir /s /q "%%d"`,
    `xcopy /E /I /Y /Q "%~dp0${folder}" "%dest%\\${folder}" >nul`,
    'if not exist "%dest%\\publish.xml" (',
    '  copy /Y "%~dp0publish.xml" "%dest%\\publish.xml" >nul',
    ") else (",
    "  powershell -NoProfile -ExecutionPolicy Bypass -Command " +
      `"$f=Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons\\publish.xml'; [xml]$x=Get-Content -Encoding UTF8 $f; ` +
      `foreach($n in @($x.jsplugins.jsplugin)){ if($n -and $n.name -eq '${NAME}'){ [void]$x.jsplugins.RemoveChild($n) } }; ` +
      `[xml]$m=Get-Content -Encoding UTF8 '%~dp0publish.xml'; [void]$x.jsplugins.AppendChild($x.ImportNode($m.jsplugins.jsplugin,$true)); $x.Save($f)"`,
    ")",
    `echo 医保助手已安装到 %dest%\\${folder}。请重新启动 WPS，在“医保助手”选项卡中点“医保助手”按钮。`,
    "pause",
    "",
  ];
  return lines.join("\r\n");
}

/**
 * Every file of the package but the bundles: `folder` by path inside yibao_<version>/,
 * `beside` the files next to that folder (publish.xml and the install scripts).
 */
function packageFiles() {
  const { version } = require(path.join(ROOT, "package.json"));
  const folder = addinFolder();
  const inFolder = { "functions.json": functionsJson() };
  for (const f of ["manifest.xml", "ribbon.xml", "images/yibao.svg"])
    inFolder[f] = fs.readFileSync(path.join(PACKAGE_DIR, f));
  const beside = {
    "publish.xml": publishXml(folder, version),
    "install.sh": installSh(folder),
    "安装.bat": installBat(folder),
  };
  return { folder: inFolder, beside };
}

/** Emits the folder's files into the compilation (whose output is the folder), and writes the ones beside it. */
class WpsAddinPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "WpsAddinPlugin";
    let beside = {};
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          try {
            const files = packageFiles();
            for (const [file, content] of Object.entries(files.folder))
              compilation.emitAsset(file, new sources.RawSource(content));
            beside = files.beside;
          } catch (e) {
            compilation.errors.push(new WebpackError(`${name}: ${e.message}`));
          }
        }
      );
    });
    compiler.hooks.afterEmit.tap(name, () => {
      const parent = path.dirname(compiler.outputPath);
      for (const [file, content] of Object.entries(beside))
        fs.writeFileSync(path.join(parent, file), content, {
          mode: file.endsWith(".sh") ? 0o755 : 0o644,
        });
    });
  }
}

module.exports = { WpsAddinPlugin, packageFiles, addinFolder, functionsJson, PACKAGE_DIR };
