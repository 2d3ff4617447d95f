/**
 * Makes 医保助手.html, the standalone page as one file, from a production build's index.html,
 * standalone.js and standalone-worker.js: a clerk double-clicks it (file://), where a page may
 * not start a worker from a file, so the worker's code rides in the page as text and starts
 * from a Blob URL (src/standalone/workbookWorker.ts). Scripts run inline, each allowed by its
 * SHA-256 in the Content-Security-Policy; connect-src stays 'none'. A short ES3 script first
 * says in Chinese what to do where the page cannot run (an IE engine, 360's 兼容模式, a browser
 * too old for the bundle).
 */
"use strict";
/* global require, module */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const WORKER_SOURCE_ID = "yb-worker-source";
const LOADING_ID = "yb-loading";

/** The messages of the compatibility check (Chinese only: the clerk reads them). */
const IE_MESSAGE =
  "这个网页不能在当前浏览器里运行：您用的是 IE 内核（或 360 浏览器的“兼容模式”）。" +
  "请点地址栏右侧的“e”图标（或闪电图标），切换到“极速模式”后再打开；" +
  "也可以用新版 Chrome、Edge、360 浏览器（极速模式）打开这个文件。";
const OLD_MESSAGE =
  "这个网页不能在当前浏览器里运行：浏览器版本太旧。" +
  "请把 360 浏览器升级到最新版并切换到“极速模式”，或用新版 Chrome、Edge 打开这个文件。";

/**
 * ES3, so that IE itself runs it. IE (documentMode) is told at once; elsewhere, if the page has
 * not started by the time everything has loaded (a syntax the browser does not know, a missing
 * API), the loading line is replaced by the message.
 */
function compatScript() {
  return `(function () {
  var IE = ${JSON.stringify(IE_MESSAGE)};
  var OLD = ${JSON.stringify(OLD_MESSAGE)};
  function say(text) {
    var app = document.getElementById("app");
    if (!app) return;
    app.innerHTML = "";
    var p = document.createElement("p");
    p.id = "yb-unsupported";
    p.style.cssText = "margin:24px;padding:16px;max-width:640px;font:16px/1.7 sans-serif;border:2px solid #c50f1f;background:#fdf3f4;color:#000";
    p.appendChild(document.createTextNode(text));
    app.appendChild(p);
  }
  if (document.documentMode || /MSIE |Trident\\//.test(navigator.userAgent)) {
    window.onerror = function () { return true; };
    say(IE);
    return;
  }
  function started() { return !document.getElementById(${JSON.stringify(LOADING_ID)}); }
  var failed = false;
  window.onerror = function () { if (!started()) { failed = true; } };
  window.addEventListener("load", function () {
    if (failed || !started()) say(OLD);
  });
})();`;
}

const sha256 = (text) =>
  `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * Script text safe inside <script>…</script>: "</script" would end the element early, so it is
 * written "<\/script" (the same string in JS strings, templates and regular expressions).
 * "<!--" would switch the HTML parser into its escaped script states: refused, not guessed at.
 */
function inlineSafe(code, name) {
  const stripped = code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
  if (stripped.includes("<!--"))
    throw new Error(`${name} contains "<!--": it cannot be inlined safely`);
  return stripped.replace(/<\/(script)/gi, "<\\/$1");
}

function escapeAttr(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * The single page from a build folder. Returns its HTML text.
 * @param {string} built  folder with index.html, standalone.js, standalone-worker.js
 * @param {string} icon   a PNG for the tab's icon
 */
function singleFileHtml(built, icon) {
  const read = (name) => fs.readFileSync(path.join(built, name), "utf8");
  const index = read("index.html");
  const title = /<title>([^<]*)<\/title>/.exec(index)?.[1] ?? "医保助手";
  const page = inlineSafe(read("standalone.js"), "standalone.js");
  const worker = inlineSafe(read("standalone-worker.js"), "standalone-worker.js");
  const compat = compatScript();
  const csp = [
    "default-src 'none'",
    "connect-src 'none'",
    "img-src data: blob:",
    "style-src 'unsafe-inline'",
    `script-src ${sha256(compat)} ${sha256(page)}`,
    "worker-src blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const iconUrl = `data:image/png;base64,${fs.readFileSync(icon).toString("base64")}`;
  return [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="UTF-8" />',
    // IE is asked for its newest engine, 360 for its Chromium one (极速模式).
    '<meta http-equiv="X-UA-Compatible" content="IE=edge" />',
    '<meta name="renderer" content="webkit" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}" />`,
    `<link rel="icon" href="${iconUrl}" />`,
    `<title>${title}</title>`,
    "</head>",
    "<body>",
    `<div id="app"><p id="${LOADING_ID}" style="margin:16px;font-family:sans-serif">正在加载……如果一直停在这里，请换用新版 Chrome、Edge 或 360 浏览器（极速模式）。</p></div>`,
    `<noscript><p style="margin:16px;font-family:sans-serif">这个网页需要 JavaScript：请在浏览器设置中允许本页运行脚本，或用新版 Chrome、Edge、360 浏览器（极速模式）打开。</p></noscript>`,
    `<script id="${WORKER_SOURCE_ID}" type="text/plain">${worker}</script>`,
    `<script>${compat}</script>`,
    `<script>${page}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

module.exports = { singleFileHtml, IE_MESSAGE, OLD_MESSAGE, WORKER_SOURCE_ID };
