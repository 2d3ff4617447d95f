/**
 * Every relative link and image in README.md and docs/ resolves: the file exists, and a link to
 * a heading of a Markdown file finds that heading.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";
import { ROOT } from "../e2e/build";

function markdownFiles(): string[] {
  const out = ["README.md"];
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".md")) out.push(path);
    }
  };
  walk("docs");
  return out;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+)$/gm))
    out.add(
      m[1]
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/\s/g, "-")
    );
  return out;
}

/** Links and images outside code: [text](target) and ![alt](target). */
function links(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

describe("links in README.md and docs/", () => {
  const files = markdownFiles();

  test("the guide and the developers' index exist", () => {
    for (const f of [
      "docs/guide/index.md",
      "docs/dev/index.md",
      "docs/dev/architecture.md",
      "docs/deploy/excel-addin.md",
    ])
      expect(files).toContain(f);
  });

  test.each(files)("%s: every relative link and image resolves", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const broken: string[] = [];
    for (const target of links(text)) {
      if (/^[a-z]+:/i.test(target)) continue; // https:, mailto: — not a file
      const [path, hash] = target.split("#");
      const full = path === "" ? join(ROOT, file) : resolve(ROOT, dirname(file), decodeURI(path));
      if (!existsSync(full)) {
        broken.push(target);
        continue;
      }
      if (hash && full.endsWith(".md") && !anchors(readFileSync(full, "utf8")).has(decodeURI(hash)))
        broken.push(target);
    }
    expect(broken).toEqual([]);
  });

});
