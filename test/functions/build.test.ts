/**
 * What `webpack --mode production` writes (built here into a temporary directory): the
 * metadata and its zh-CN twin, the manifest and every resource and URL it references, the
 * pages, and the functions bundle, which is run as Excel runs it and gives the notices'
 * answers. The manifest also goes through `office-addin-manifest info`, which works offline.
 */
import { execFile, execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { metadataOf, NAME_RULE } from "../../src/functions/metadata";
import { FUNCTIONS } from "../../src/functions/table";
import { expectValueError, loadBuilt, Metadata, ROOT, serial } from "./excel";

const BASE = "https://localhost:3000/";
let dist: string;
let manifest: string;

const read = (file: string): string => fs.readFileSync(path.join(dist, file), "utf8");
const json = (file: string): Metadata => JSON.parse(read(file)) as Metadata;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-dist-"));
  // The same build as `npm run build` (webpack --mode production), into the temporary directory.
  const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--env", `outputPath=${dist}`],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, YIBAO_BASE_URL: "" } },
      (err, stdout, stderr) =>
        err ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve()
    )
  );
  manifest = read("manifest.xml");
}, 600_000);

afterAll(() => {
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

describe("functions.json", () => {
  it("is the table's metadata, with English names equal to the ids", () => {
    expect(json("functions.json")).toEqual(metadataOf(FUNCTIONS, "en"));
    const meta = json("functions.json");
    expect(meta.functions).toHaveLength(15);
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description).toBeTruthy();
      expect(f.result.dimensionality).toBe("matrix");
      for (const p of f.parameters) {
        expect(p.description).toBeTruthy();
        expect(p.dimensionality).toBe("matrix");
      }
    }
  });
});

describe("functions.zh-CN.json", () => {
  it("is the table's metadata in Chinese", () => {
    expect(json("functions.zh-CN.json")).toEqual(metadataOf(FUNCTIONS, "zh-CN"));
  });

  it("has every function, with only the names and descriptions changed", () => {
    const en = json("functions.json");
    const zh = json("functions.zh-CN.json");
    const strip = (m: Metadata): unknown =>
      m.functions.map(({ name: _n, description: _d, parameters, ...rest }) => ({
        ...rest,
        parameters: parameters.map(({ name: _pn, description: _pd, ...p }) => p),
      }));
    expect(strip(zh)).toEqual(strip(en));
  });

  it("gives every function and parameter a Chinese name and help that Excel accepts", () => {
    const zh = json("functions.zh-CN.json");
    const cjk = /\p{Script=Han}/u;
    for (const f of zh.functions) {
      expect(f.name).toMatch(NAME_RULE);
      expect(f.name).toMatch(cjk);
      expect(f.description).toMatch(cjk);
      for (const p of f.parameters) {
        expect(p.name).toMatch(cjk);
        expect(p.description).toMatch(cjk);
      }
    }
    expect(new Set(zh.functions.map((f) => f.name)).size).toBe(zh.functions.length);
    expect(zh.functions.find((f) => f.id === "PREMIUM")!.name).toBe("个人缴费");
  });
});

describe("manifest.xml", () => {
  const attrs = (re: RegExp): string[] => [...manifest.matchAll(re)].map((m) => m[1]);

  it("passes office-addin-manifest info (offline)", () => {
    const cli = path.join(ROOT, "node_modules/office-addin-manifest/cli.js");
    const out = execFileSync(process.execPath, [cli, "info", path.join(dist, "manifest.xml")], {
      encoding: "utf8",
    });
    expect(out).toContain("Id: a9f81c7f-2548-4daf-b2e1-a8e3ce464ab2");
    expect(out).toContain("Hosts: Workbook");
    expect(out).toContain("Permissions: ReadWriteDocument");
  });

  it("defines every resource id it references, references every one it defines, and keeps them short", () => {
    const referenced = new Set(attrs(/\bresid="([^"]+)"/g));
    const defined = attrs(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...referenced].sort()).toEqual([...new Set(defined)].sort());
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("points every URL at a file the build emits", () => {
    const urls = attrs(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(BASE)).toBe(true);
      const file = path.join(dist, url.slice(BASE.length));
      expect(fs.existsSync(file) ? url : `${url} (missing)`).toBe(url);
    }
  });

  it("declares the shared runtime, the YB namespace and the functions' page", () => {
    expect(manifest).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(manifest).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Page>/);
    expect(manifest).toContain('<FunctionFile resid="Taskpane.Url"/>');
    expect(manifest).toContain('<Namespace resid="Functions.Namespace"/>');
    expect(manifest).toContain('<bt:String id="Functions.Namespace" DefaultValue="YB"/>');
    expect(manifest).toContain(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>'
    );
    // One task pane in a shared runtime: no TaskpaneId on the button's action.
    expect(manifest).toMatch(
      /<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="Taskpane.Url"\/>/
    );
    expect(manifest).not.toContain("TaskpaneId");
  });

  it("selects functions.zh-CN.json for zh-CN Excel", () => {
    expect(manifest).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-CN.json"\/>\s*<\/bt:Url>/
    );
    expect(manifest).toContain('<Override Locale="zh-CN" Value="医保助手"/>');
  });
});

describe("pages", () => {
  it("loads Office.js from Microsoft's CDN in the task pane, and the functions with it", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "taskpane.js",
    ]);
    expect(html).toContain("<title>医保助手</title>");
    // The same module as functions.js (run below) registers them: its table is in this chunk.
    const js = read("taskpane.js");
    expect(js).toContain(".associate(");
    for (const f of json("functions.json").functions) expect(js).toContain(`"${f.id}"`);
  });

  it("gives both pages a Content-Security-Policy that still lets the task pane load Office.js", () => {
    const policy = (html: string): Map<string, string[]> => {
      const m = /http-equiv="?Content-Security-Policy"?\s+content="?([^">]+)"?/.exec(html);
      expect(m).not.toBeNull();
      return new Map(
        m![1]
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .map(([k, ...v]) => [k, v] as [string, string[]])
      );
    };
    const pane = policy(read("taskpane.html"));
    expect(pane.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    const page = policy(read("index.html"));
    for (const csp of [pane, page]) {
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("base-uri")).toEqual(["'none'"]);
      expect(csp.get("form-action")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
    }
    expect(page.get("connect-src")).toEqual(["'none'"]);
  });

  it("keeps Office out of the standalone page", () => {
    const html = read("index.html");
    expect(html).not.toMatch(/office\.js/i);
    expect(html).toContain("standalone.js");
    // Not the functions' table either (its ids are string literals in the bundles that carry it).
    expect(read("standalone.js")).not.toContain('"IDREASON"');
  });

  it("emits the icons", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(dist, `assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });
});

describe("the built functions.js, run as Excel runs it", () => {
  it("registers every function and gives the notices' answers", async () => {
    const excel = loadBuilt(dist);
    expect([...excel.registry.keys()].sort()).toEqual(
      json("functions.json")
        .functions.map((f) => f.id)
        .sort()
    );
    expect(
      await excel.one(
        "PREMIUM",
        "二档",
        "计生优抚（奖扶）对象",
        serial(2024, 11, 15),
        null,
        "cq-pengshui-2025"
      )
    ).toBe(455);
    expect(
      await excel.one(
        "BENEFITSTART",
        serial(2025, 1, 10),
        "普通居民",
        null,
        null,
        "cq-tongnan-2025"
      )
    ).toBe(serial(2025, 2, 1));
    expect(
      await excel.one("PREMIUM", "一档", "普通居民", serial(2025, 7, 15), null, "cq-tongnan-2025")
    ).toBe(1070);
    expect(excel.call("IDCHECK", [["11010519491231002X"], ["110105194912310021"]])).toEqual([
      [true],
      [false],
    ]);
    expectValueError(
      await excel.one("PREMIUM", "一档", "农民工", serial(2025, 3, 1), null, "cq-tongnan-2025"),
      "本地区的类别有"
    );
    expectValueError(
      await excel.one("PREMIUM", "一档", "普通居民", serial(2025, 3, 1)),
      "没有选择政策"
    );
  });
});
