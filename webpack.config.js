/* eslint-disable no-undef */
/**
 * Builds the Excel add-in and the plain web page into dist/:
 *   taskpane.html + taskpane.js   the task pane, which in the shared runtime also carries the
 *                                 YB.* functions (src/functions/functions.ts is in this chunk)
 *   functions.js                  the functions alone (the manifest's Script location)
 *   functions.json                the functions' metadata, from src/functions/table.ts
 *   functions.zh-CN.json          the same with Chinese names and help, from the same table
 *   index.html + standalone.js    the web page that works without Excel (no Office.js)
 *   standalone-worker.js          its Web Worker (reads files, builds and writes the claim)
 *   manifest.xml, assets/*.png
 *   wps/加载项/                    the WPS add-in package (scripts/wps/addin.js): its bundles
 *                                 main.js (YB.* functions, ribbon) and taskpane.js (the panels)
 * The manifest's URLs are https://localhost:3000/...; set YIBAO_BASE_URL (ending in "/")
 * to write another address into dist/manifest.xml.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsMetadataPlugin } = require("./scripts/functions-metadata");
const { WpsAddinPlugin, addinFolder } = require("./scripts/wps/addin");

const DEV_URL = "https://localhost:3000/";
const FUNCTIONS = "./src/functions/functions.ts";

async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (e) {
    // The certificates are made even when installing their CA fails (no rights to): use them,
    // and trust ~/.office-addin-dev-certs/ca.crt by hand; failing that, a self-signed one.
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const file = (name) => fs.readFileSync(path.join(dir, name));
    console.warn(`office-addin-dev-certs: ${e.message}`);
    try {
      return {
        type: "https",
        options: { ca: file("ca.crt"), key: file("localhost.key"), cert: file("localhost.crt") },
      };
    } catch {
      return "https";
    }
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const baseUrl = process.env.YIBAO_BASE_URL || DEV_URL;
  const serving = Boolean(env.WEBPACK_SERVE);
  const outputPath = path.resolve(__dirname, env.outputPath || "dist");
  const tsRule = {
    test: /\.ts$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      // Type-check only what the bundles contain, not every file tsconfig.json includes (tests, CLI).
      options: {
        onlyCompileBundledFiles: true,
        compilerOptions: { module: "es2020", sourceMap: true },
      },
    },
  };
  // The standalone page's Web Worker (reading, the claim's build and its workbook run there):
  // a bundle of its own, started by the page for each job (src/standalone/workbookWorker.ts).
  const worker = {
    name: "worker",
    context: __dirname,
    devtool: "source-map",
    target: "webworker",
    entry: { "standalone-worker": "./src/standalone/worker.ts" },
    output: { path: outputPath, filename: "[name].js" },
    resolve: {
      extensions: [".ts", ".js"],
      fallback: { fs: false, crypto: false, path: false, os: false, zlib: false, stream: false },
    },
    module: { rules: [tsRule] },
    performance: { hints: false },
  };
  const page = {
    context: __dirname,
    devtool: "source-map",
    entry: {
      taskpane: ["./src/taskpane/taskpane.ts", FUNCTIONS],
      functions: FUNCTIONS,
      standalone: "./src/standalone/index.ts",
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      // Beside the page: webpack's "auto" looks at document.currentScript's src, which the
      // single file's inline script does not have.
      publicPath: "",
      // The worker's bundle is written by the other compiler into the same folder.
      clean: { keep: /^(standalone-worker\.js|wps[\\/])/ },
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        tsRule,
        // The task pane's stylesheet (src/ui/styles.css) is bundled as text and injected by src/ui/styles.ts.
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/standalone/index.html",
        chunks: ["standalone"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return baseUrl === DEV_URL
                ? content
                : content.toString().split(DEV_URL).join(baseUrl);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await httpsServer() : "https",
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      // Only this machine: the add-in is loaded from https://localhost, and nothing needs the network.
      host: "localhost",
      hot: dev,
    },
  };
  // The WPS add-in: its own pages, loaded by WPS from the add-in's folder (no network).
  const folder = addinFolder();
  const wps = {
    name: "wps",
    context: __dirname,
    devtool: false,
    entry: { main: "./src/wps/addin/main.ts", taskpane: "./src/wps/addin/taskpane.ts" },
    output: {
      path: path.join(outputPath, "wps", "加载项", folder),
      filename: "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule, { test: /\.css$/, type: "asset/source" }] },
    performance: { hints: false },
    plugins: [
      new WpsAddinPlugin(),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/wps/addin/package/index.html",
        chunks: ["main"],
        scriptLoading: "blocking",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/wps/addin/package/taskpane.html",
        chunks: ["taskpane"],
      }),
    ],
  };
  return [page, worker, wps];
};
