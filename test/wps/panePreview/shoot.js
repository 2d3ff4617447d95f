/* eslint-disable no-undef */
/**
 * Bundles entry.ts with the add-in's taskpane.html and screenshots the pane at 400 px wide
 * in headless Chromium: node test/wps/panePreview/shoot.js <out dir>. Not part of npm test.
 */
"use strict";
const path = require("path");
const os = require("os");
const fs = require("fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "../../..");
const out = path.resolve(process.argv[2] || path.join(os.tmpdir(), "yibao-wps-pane"));

function bundle() {
  const config = {
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { taskpane: "./test/wps/panePreview/entry.ts" },
    output: { path: out, filename: "[name].js", publicPath: "" },
    resolve: {
      extensions: [".ts", ".js"],
      fallback: { fs: false, path: false, os: false, crypto: false, zlib: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/wps/addin/package/taskpane.html",
      }),
    ],
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) =>
      err || stats.hasErrors() ? reject(err || new Error(stats.toString("errors-only"))) : resolve()
    )
  );
}

(async () => {
  await bundle();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 400, height: 860 },
  });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`file://${path.join(out, "taskpane.html")}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, "pane.png") });
  const tab = page.getByText("生成资助申报表").first();
  if (await tab.count()) {
    await tab.click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, "pane-claim.png") });
  }
  await browser.close();
  console.log(out, errors.length ? `errors: ${errors.join(" | ")}` : "no page errors");
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
