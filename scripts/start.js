#!/usr/bin/env node
/**
 * `npm start`: build the command line, then serve the add-in on https://localhost:3000.
 * On Windows and Mac, office-addin-debugging also sideloads it into Excel; elsewhere
 * (Linux, CI) it only serves, and the standalone page and Excel on the web can use it.
 */
"use strict";
const { spawnSync, spawn } = require("child_process");

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status || 1);
}

run(npm, ["run", "build:core"]);

const port = process.env.npm_package_config_dev_server_port || 3000;
if (process.platform === "win32" || process.platform === "darwin") {
  run(process.execPath, [require.resolve("./sideload.js"), "start", "manifest.xml", ...process.argv.slice(2)]);
} else {
  console.log(
    [
      "",
      `医保助手加载项将在 https://localhost:${port} 提供：`,
      `  独立网页（WPS 或没有 Microsoft 365 时用）：https://localhost:${port}/index.html`,
      `  Excel 网页版：开始 → 加载项 → 更多加载项 → 上传我的加载项，选择 manifest.xml`,
      `  命令行：node bin/yibao.js help`,
      "本机不是 Windows 或 Mac，不会自动旁加载到 Excel 桌面版。按 Ctrl+C 停止。",
      "",
    ].join("\n"),
  );
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { stdio: "inherit" });
  server.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
}
