/**
 * Builds the clerk's guide, 使用说明.html, from docs/guide/*.md: one self-contained page (the
 * screenshots inlined as data URLs), so it opens from the release folder as a file. The chapters
 * come in the order docs/guide/index.md links them; a chapter index.md does not link yet is still
 * included, after them, in name order, so a new docs/guide/*.md appears without editing this.
 * Also renders other single Markdown pages (the IT colleague's 部署说明) the same way.
 * Markdown by marked (ESM only, hence the dynamic import).
 */
"use strict";
/* global require, module, process, __dirname, console */
const fs = require("fs");
const path = require("path");


const ROOT = path.resolve(__dirname, "../..");
const GUIDE = path.join(ROOT, "docs/guide");

const TYPES = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
};

const STYLE = `
body { font: 16px/1.75 "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; color: #1b1b1b; margin: 0; }
main { max-width: 860px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 28px; border-bottom: 2px solid #0f6cbd; padding-bottom: 8px; }
h2 { font-size: 22px; margin-top: 40px; border-bottom: 1px solid #d1d1d1; padding-bottom: 4px; }
h3 { font-size: 18px; margin-top: 28px; }
section.chapter { border-top: 4px solid #0f6cbd; margin-top: 48px; }
img { max-width: 100%; border: 1px solid #d1d1d1; border-radius: 4px; margin: 8px 0; }
table { border-collapse: collapse; margin: 12px 0; }
th, td { border: 1px solid #c8c8c8; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f0f6fc; }
code { font-family: Consolas, "Courier New", monospace; background: #f5f5f5; padding: 0 3px; border-radius: 3px; }
pre { background: #f5f5f5; padding: 12px; overflow-x: auto; }
blockquote { margin: 12px 0; padding: 8px 16px; background: #fff8e6; border-left: 4px solid #e6a700; }
a { color: #0f6cbd; }
nav.toc ol { padding-left: 1.5em; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section.chapter { break-before: page; border-top: none; }
  img { max-height: 12cm; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

const escapeHtml = (s) =>
  String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** The anchor of a chapter in the built page, from its file name. */
const chapterId = (file) => `ch-${path.basename(file, ".md")}`;

/** Chapters: the ones index.md links, in that order, then the rest by name. */
function chapterFiles(dir = GUIDE) {
  const all = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "index.md")
    .sort();
  const index = fs.readFileSync(path.join(dir, "index.md"), "utf8");
  const linked = [];
  for (const m of index.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)) {
    const name = path.basename(m[1]);
    if (all.includes(name) && !linked.includes(name)) linked.push(name);
  }
  return [...linked, ...all.filter((f) => !linked.includes(f))];
}

/**
 * A Marked instance for one page. `fileDir` resolves images (inlined) and `chapterLinks` turns
 * a link to a chapter's .md into a link to its section of the same page.
 */
async function markdown(fileDir, chapters) {
  const { Marked } = await import("marked");
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      image({ href, title, text }) {
        const file = path.resolve(fileDir(), decodeURI(href));
        const type = TYPES[path.extname(file).toLowerCase()];
        if (!type || !fs.existsSync(file)) throw new Error(`图片不存在：${href}（${fileDir()}）`);
        const data = `data:${type};base64,${fs.readFileSync(file).toString("base64")}`;
        const t = title ? ` title="${escapeHtml(title)}"` : "";
        return `<img src="${data}" alt="${escapeHtml(text)}"${t} />`;
      },
      link({ href, title, tokens }) {
        const inner = this.parser.parseInline(tokens);
        let target = href;
        const m = /^([^#:?]+\.md)(#.*)?$/.exec(href);
        if (m) {
          const name = path.basename(m[1]);
          if (!chapters.includes(name) && name !== "index.md")
            throw new Error(`使用说明里的链接指向说明以外的文件：${href}`);
          target = name === "index.md" ? "#toc" : `#${chapterId(name)}`;
        }
        const t = title ? ` title="${escapeHtml(title)}"` : "";
        return `<a href="${escapeHtml(target)}"${t}>${inner}</a>`;
      },
    },
  });
  return marked;
}

function page(title, body) {
  return [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    // A document: no script, no connection.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'" />`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The first level-1 heading of a Markdown text. */
const headingOf = (text, fallback) => /^#\s+(.+)$/m.exec(text)?.[1].trim() ?? fallback;

/** 使用说明.html's text, from docs/guide (or `dir`). */
async function buildGuide(dir = GUIDE) {
  const chapters = chapterFiles(dir);
  let current = dir;
  const marked = await markdown(() => current, chapters);
  const index = fs.readFileSync(path.join(dir, "index.md"), "utf8");
  const title = headingOf(index, "医保助手使用说明");
  const parts = [`<div id="toc">${marked.parse(index)}</div>`];
  const toc = [];
  for (const name of chapters) {
    const text = fs.readFileSync(path.join(dir, name), "utf8");
    current = dir;
    toc.push(`<li><a href="#${chapterId(name)}">${escapeHtml(headingOf(text, name))}</a></li>`);
    parts.push(`<section class="chapter" id="${chapterId(name)}">${marked.parse(text)}</section>`);
  }
  parts.splice(1, 0, `<nav class="toc"><h2>目录</h2><ol>${toc.join("")}</ol></nav>`);
  return page(title, parts.join("\n"));
}

/** One Markdown file as a page of its own; `prefix` (Markdown) goes before it. */
async function buildPage(file, prefix = "") {
  const marked = await markdown(() => path.dirname(file), []);
  const text = fs.readFileSync(file, "utf8");
  return page(headingOf(text, path.basename(file, ".md")), marked.parse(prefix + text));
}

module.exports = { buildGuide, buildPage, chapterFiles, GUIDE };

if (require.main === module) {
  const out = process.argv[2] ?? path.join(ROOT, "dist/使用说明.html");
  buildGuide().then(
    (html) => {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, html);
      console.log(`已生成 ${out}`);
    },
    (e) => {
      console.error(`错误：${e.message}`);
      process.exitCode = 1;
    }
  );
}
