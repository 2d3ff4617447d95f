/**
 * `npm run release` end to end: the folder's files, the manifest made for the given base URL,
 * the zip holding exactly the folder, SHA256SUMS true to every byte, and a second run from the
 * same checkout giving identical bytes. The build runs twice (minutes): YIBAO_SKIP_E2E=1 skips it
 * with the browser tests.
 */
import { createHash } from "crypto";
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative, sep } from "path";
import { unzipSync } from "fflate";
import { OUTPUT } from "../e2e/build";
import { BASE_URL, ensureRelease, NAME, runRelease } from "./build";
import { listPolicies } from "../../src/core/policy/registry";
import { hasSubsidyTable } from "../../src/core/claim/templates";

jest.setTimeout(1_800_000);

const suite = process.env.YIBAO_SKIP_E2E === "1" ? describe.skip : describe;

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

suite("npm run release", () => {
  let out = "";
  let folder = "";
  beforeAll(() => {
    out = ensureRelease();
    folder = join(out, NAME);
  });

  test("the folder holds the page, the add-in, the scripts, every template and the guide", () => {
    const list = files(folder);
    for (const f of [
      "医保助手.html",
      "使用说明.html",
      "Excel加载项/manifest.xml",
      "Excel加载项/部署说明.html",
      "Excel加载项/taskpane.html",
      "Excel加载项/taskpane.js",
      "Excel加载项/functions.js",
      "Excel加载项/functions.json",
      "Excel加载项/functions.zh-CN.json",
      "Excel加载项/assets/icon-32.png",
      "Excel加载项/assets/icon-80.png",
      "模板/参保任务分解表模板.xlsx",
    ])
      expect(list).toContain(f);
    // Every region's templates, named by the policy's Chinese label.
    for (const p of listPolicies()) {
      expect(list).toContain(`模板/现金征缴台账模板-${p.label}.xlsx`);
      if (hasSubsidyTable(p)) {
        expect(list).toContain(`模板/资助对象花名册模板-${p.label}.xlsx`);
        expect(list).toContain(`模板/资助申报表模板-${p.label}.xlsx`);
      }
    }
    expect(
      list.filter((f) => f.startsWith("Office脚本/") && f.endsWith(".osts")).length
    ).toBeGreaterThanOrEqual(4);
    for (const f of list.filter((f) => f.startsWith("Office脚本/") && f.endsWith(".osts")))
      expect(list).toContain(f.replace(/\.osts$/, ".ts"));
    // The served page too (the manifest's support address), but no source maps.
    expect(list).toContain("Excel加载项/index.html");
    expect(list.filter((f) => /\.map$/.test(f))).toEqual([]);
    expect(
      list.filter(
        (f) => !/^(医保助手\.html|使用说明\.html|Excel加载项\/|Office脚本\/|WPS\/|模板\/)/.test(f)
      )
    ).toEqual([]);
    // Small enough to forward over WeChat.
    expect(statSync(join(folder, "医保助手.html")).size).toBeLessThan(8 * 1024 * 1024);
  });

  test("manifest.xml is made for the base URL given", () => {
    const manifest = readFileSync(join(folder, "Excel加载项/manifest.xml"), "utf8");
    const urls = [
      ...manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"|<SourceLocation[^>]*>([^<]+)/g),
    ]
      .map((m) => (m[1] ?? m[2]).trim())
      // A self-closing <SourceLocation resid=…/> names a URL resource; what follows it is no URL.
      .filter((u) => u !== "");
    const own = urls.filter((u) => !/microsoft\.com|office\.net|office\.com/.test(u));
    expect(own.length).toBeGreaterThan(3);
    for (const u of own) expect(u.startsWith(BASE_URL)).toBe(true);
    expect(manifest).not.toContain("localhost");
    expect(readFileSync(join(folder, "Excel加载项/部署说明.html"), "utf8")).toContain(BASE_URL);
  });

  test("the zip holds exactly the folder, and SHA256SUMS is true to every byte", () => {
    const zip = unzipSync(new Uint8Array(readFileSync(join(out, `${NAME}.zip`))));
    const names = Object.keys(zip).sort();
    expect(names).toEqual(files(folder).map((f) => `${NAME}/${f}`));
    for (const n of names) expect(sha256(zip[n])).toBe(sha256(readFileSync(join(out, n))));

    const sums = readFileSync(join(out, "SHA256SUMS"), "utf8").trim().split("\n");
    const listed = sums.map((l) => {
      const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(l);
      if (!m) throw new Error(`not a sha256sum line: ${l}`);
      expect(sha256(readFileSync(join(out, m[2])))).toBe(m[1]);
      return m[2];
    });
    expect(listed.sort()).toEqual([`${NAME}.zip`, ...names].sort());
  });

  test("a second run from the same checkout gives identical bytes", () => {
    const again = runRelease(join(OUTPUT, "release-again"));
    const a = files(out).filter((f) => !f.startsWith(".build"));
    const b = files(again).filter((f) => !f.startsWith(".build"));
    expect(b).toEqual(a);
    const differ = a.filter(
      (f) => sha256(readFileSync(join(out, f))) !== sha256(readFileSync(join(again, f)))
    );
    expect(differ).toEqual([]);
  });
});
