#!/usr/bin/env node
/**
 * `npm run start:desktop | start:web | stop`: run Microsoft's sideloading tool.
 * office-addin-debugging is an optional dependency: its chain ends in keytar, a native module
 * that has prebuilt binaries for Windows and macOS but must be compiled elsewhere. Where it
 * could not be installed, say so in the clerk's language instead of "command not found".
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

let cli;
try {
  const pkg = require.resolve("office-addin-debugging/package.json");
  cli = path.join(path.dirname(pkg), "cli.js");
} catch {
  console.error(
    [
      "错误：本机没有安装旁加载工具（office-addin-debugging），无法自动把加载项装进 Excel。",
      "它只在 Windows 和 Mac 上可用；在这两种系统上重新运行 npm ci 即可装上。",
      "也可以手动加载：见 README 的“在 Excel 中加载（旁加载）”一节（共享文件夹、wef 文件夹或上传 manifest.xml）。",
    ].join("\n"),
  );
  process.exit(2);
}
const r = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
