#!/usr/bin/env node
/**
 * `npm run release [-- --base-url https://内网地址/yibao/] [--out release]`: builds everything
 * from this checkout and writes release/医保助手-<version>/ and its zip:
 *   医保助手.html      the standalone page as one file (./singleFile.js)
 *   Excel加载项/       the add-in for an intranet HTTPS server, manifest.xml made for the base URL,
 *                      and 部署说明.html for the IT colleague (docs/deploy/excel-addin.md)
 *   Office脚本/        the Office Scripts (.ts to paste, .osts for OneDrive)
 *   WPS/               the WPS build, where the build makes one (wps/ in the web build)
 *   模板/              every blank template of every region
 *   使用说明.html      the clerk's guide (./guide.js, from docs/guide)
 * and release/SHA256SUMS (the zip and every file, `sha256sum -c SHA256SUMS` checks them).
 * Reproducible: files are written in a fixed order, the zip's entries sorted with fixed times,
 * and the templates dated by SOURCE_DATE_EPOCH (the commit's time unless set), so the same
 * commit gives the same bytes.
 */
"use strict";
/* global require, module, process, __dirname, console, URL, Buffer */
const crypto = require("crypto");
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { singleFileHtml } = require("./singleFile");
const { buildGuide, buildPage } = require("./guide");

const ROOT = path.resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
/**
 * What the add-in folder takes from the web build: the task pane, the functions, the icons, and
 * the standalone page (the manifest's support and "learn more" address), without source maps.
 */
const ADDIN_FILES =
  /^(taskpane\.(html|js)|index\.html|standalone(-worker)?\.js|functions\.(js|json|zh-CN\.json)|manifest\.xml|assets\/[^/]+\.png)$/;

function parseArgs(argv) {
  const out = { baseUrl: process.env.YIBAO_BASE_URL || "", out: path.join(ROOT, "release") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} 后面缺少值`);
      return v;
    };
    if (a === "--base-url") out.baseUrl = value();
    else if (a.startsWith("--base-url=")) out.baseUrl = a.slice("--base-url=".length);
    else if (a === "--out") out.out = path.resolve(value());
    else throw new Error(`不认识的参数：${a}（可用 --base-url 地址、--out 文件夹）`);
  }
  return out;
}

/** The add-in's address: https, ending in "/" (the manifest's URLs are it plus a file name). */
function checkBaseUrl(url) {
  if (!url) {
    console.warn(
      `注意：没有给出加载项的网址（--base-url），manifest.xml 用的是开发地址 ${DEV_URL}。` +
        "给内网服务器用时请重新运行：npm run release -- --base-url https://服务器地址/yibao/"
    );
    return DEV_URL;
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`加载项网址不对：${url}（应像 https://yibao.example.gov.cn/yibao/）`);
  }
  if (parsed.protocol !== "https:")
    throw new Error(`加载项网址必须是 https：${url}（Office 只从 HTTPS 加载加载项）`);
  if (parsed.search || parsed.hash) throw new Error(`加载项网址不能带 ? 或 #：${url}`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/** The commit's time (seconds), for everything the build dates; SOURCE_DATE_EPOCH wins. */
function sourceDateEpoch() {
  if (/^\d+$/.test(process.env.SOURCE_DATE_EPOCH ?? "")) return process.env.SOURCE_DATE_EPOCH;
  try {
    return execFileSync("git", ["log", "-1", "--format=%ct"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
  } catch {
    return "315532800"; // 1980-01-01, the zip format's first day: no commit to date it by.
  }
}

function run(args, env) {
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env });
}

/** Every file under `dir`, as sorted "/"-separated relative paths. */
function listFiles(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort(byBytes);
}

/** Sorted by UTF-8 bytes, not by the locale: the same order on every machine. */
function byBytes(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

function copyInto(from, to, files) {
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    fs.copyFileSync(path.join(from, f), path.join(to, f));
  }
}

/** The build: core, web bundles for the base URL, templates, Office Scripts, into `stage`. */
function build(stage, baseUrl, env) {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  console.log("构建命令行和核心……");
  run([tsc, "-p", "tsconfig.node.json"], env);
  console.log("构建网页和加载项……");
  run([webpack, "--mode", "production", "--env", `outputPath=${path.join(stage, "web")}`], {
    ...env,
    YIBAO_BASE_URL: baseUrl,
    NODE_ENV: "production",
  });
  console.log("生成空白模板……");
  const templates = path.join(stage, "templates");
  run(["lib/src/cli/buildTemplates.js", templates], env);
  console.log("生成 Office 脚本……");
  run(["scripts/office-scripts/build.js", path.join(stage, "office-scripts")], env);
}

/** A zip of `dir` under its own name: sorted entries, fixed times (src/io/zip.ts), zlib level 9. */
async function zipFolder(dir, zipFile) {
  const { ZipWriter } = require(path.join(ROOT, "lib/src/io/zip.js"));
  const deflate = (ondata) => {
    const chunks = [];
    return {
      async push(chunk) {
        chunks.push(Buffer.from(chunk));
      },
      async end() {
        ondata(new Uint8Array(zlib.deflateRawSync(Buffer.concat(chunks), { level: 9 })));
      },
    };
  };
  const parts = [];
  const zip = new ZipWriter({ write: (c) => void parts.push(Buffer.from(c)) }, deflate, (b, crc) =>
    zlib.crc32(b, crc)
  );
  const top = path.basename(dir);
  for (const f of listFiles(dir))
    await zip.file(`${top}/${f}`, new Uint8Array(fs.readFileSync(path.join(dir, f))));
  await zip.finish();
  fs.writeFileSync(zipFile, Buffer.concat(parts));
}

const sha256 = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function release(options) {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const name = `医保助手-${version}`;
  const outDir = options.out;
  const folder = path.join(outDir, name);
  const zipFile = `${folder}.zip`;
  const stage = path.join(outDir, ".build");
  const env = { ...process.env, SOURCE_DATE_EPOCH: sourceDateEpoch() };
  for (const p of [folder, zipFile, stage, path.join(outDir, "SHA256SUMS")])
    fs.rmSync(p, { recursive: true, force: true });

  build(stage, baseUrl, env);
  const web = path.join(stage, "web");
  console.log(`写入 ${folder}……`);
  fs.mkdirSync(folder, { recursive: true });

  const single = singleFileHtml(web, path.join(ROOT, "assets/icon-32.png"));
  fs.writeFileSync(path.join(folder, "医保助手.html"), single);

  const addin = path.join(folder, "Excel加载项");
  const addinFiles = listFiles(web).filter((f) => ADDIN_FILES.test(f));
  copyInto(web, addin, addinFiles);
  const manifest = fs.readFileSync(path.join(addin, "manifest.xml"), "utf8");
  if (baseUrl !== DEV_URL && manifest.includes(DEV_URL))
    throw new Error("manifest.xml 里还有开发地址");
  const deploy = await buildPage(
    path.join(ROOT, "docs/deploy/excel-addin.md"),
    `> 本包的加载项地址：**${baseUrl}**（manifest.xml 里的每个网址都以它开头）\n\n`
  );
  fs.writeFileSync(path.join(addin, "部署说明.html"), deploy);

  copyInto(
    path.join(stage, "office-scripts"),
    path.join(folder, "Office脚本"),
    listFiles(path.join(stage, "office-scripts"))
  );
  if (fs.existsSync(path.join(web, "wps")))
    copyInto(path.join(web, "wps"), path.join(folder, "WPS"), listFiles(path.join(web, "wps")));
  copyInto(
    path.join(stage, "templates"),
    path.join(folder, "模板"),
    listFiles(path.join(stage, "templates"))
  );
  fs.writeFileSync(path.join(folder, "使用说明.html"), await buildGuide());

  await zipFolder(folder, zipFile);
  const files = [path.basename(zipFile), ...listFiles(folder).map((f) => `${name}/${f}`)];
  const sums = files.map((f) => `${sha256(path.join(outDir, f))}  ${f}\n`).join("");
  fs.writeFileSync(path.join(outDir, "SHA256SUMS"), sums);
  fs.rmSync(stage, { recursive: true, force: true });

  const size = fs.statSync(path.join(folder, "医保助手.html")).size;
  console.log(
    `已生成 ${folder} 和 ${zipFile}（医保助手.html ${(size / 1024 / 1024).toFixed(2)} MB）`
  );
  console.log(`校验和：${path.join(outDir, "SHA256SUMS")}`);
  return { folder, zipFile, baseUrl };
}

module.exports = { release, listFiles, checkBaseUrl };

if (require.main === module) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`错误：${e.message}`);
    process.exit(2);
  }
  release(options).catch((e) => {
    console.error(`错误：${e.message}`);
    process.exitCode = 1;
  });
}
