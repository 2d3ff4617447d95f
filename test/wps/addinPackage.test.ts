/**
 * The WPS add-in's package, as scripts/wps/addin.js writes it: functions.json (by wpsjs's own
 * parser), manifest.xml, ribbon.xml and publish.xml, checked for structure; the ribbon's
 * callbacks are the ones the main page defines.
 */
import * as fs from "fs";
import * as path from "path";
import { FUNCTIONS } from "../../src/functions/table";
import { WPS_NAME_RULE } from "../../src/wps/addin/functions";

// xml2js comes with wpsjs; it has no types of its own.
const { parseStringPromise } = require("xml2js") as {
  parseStringPromise(xml: string): Promise<any>;
};
const addin = require("../../scripts/wps/addin.js") as {
  packageFiles(): { folder: Record<string, string | Buffer>; beside: Record<string, string> };
  addinFolder(): string;
};

jest.setTimeout(60_000);

interface WpsFunctionsJson {
  functions: {
    name: string;
    description: string;
    parameters: { name: string; description: string; type: string }[];
    result: { type: string };
  }[];
}

const files = addin.packageFiles();
const text = (f: string | Buffer) => f.toString();

describe("functions.json, written by wpsjs's parser from the table", () => {
  const json = JSON.parse(text(files.folder["functions.json"])) as WpsFunctionsJson;

  it("declares every function of the table by its id, with a name WPS accepts", () => {
    expect(json.functions.map((f) => f.name)).toEqual(FUNCTIONS.map((f) => f.id));
    for (const f of json.functions) expect(f.name).toMatch(WPS_NAME_RULE);
  });

  it("takes and gives 2-D arrays; optional parameters are marked; help is Chinese", () => {
    for (const spec of FUNCTIONS) {
      const f = json.functions.find((x) => x.name === spec.id)!;
      expect(f.result.type).toBe("any[][]");
      expect(f.parameters.map((p) => p.type)).toEqual(
        spec.params.map((p) => (p.optional ? "any[][]?" : "any[][]"))
      );
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.zhName));
      expect(f.description).toContain(spec.zh);
      for (const p of f.parameters) expect(p.description).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe("manifest.xml, ribbon.xml and publish.xml", () => {
  it("the manifest points at functions.json under the namespace YB", async () => {
    const m = await parseStringPromise(text(files.folder["manifest.xml"]));
    expect(m.JsPlugin.Name).toEqual(["yibao"]);
    expect(m.JsPlugin.Functions[0].Uri).toEqual(["/functions.json"]);
    expect(m.JsPlugin.Functions[0].Namespace).toEqual(["YB"]);
  });

  it("the ribbon has a group 医保助手 whose button calls the main page's callbacks", async () => {
    const r = await parseStringPromise(text(files.folder["ribbon.xml"]));
    expect(r.customUI.$.xmlns).toBe("http://schemas.microsoft.com/office/2006/01/customui");
    const tab = r.customUI.ribbon[0].tabs[0].tab[0];
    const group = tab.group[0];
    expect(group.$.label).toBe("医保助手");
    const button = group.button[0].$;
    expect(button.id).toBe("ybOpenPane");
    const main = fs.readFileSync(path.join(__dirname, "../../src/wps/addin/main.ts"), "utf8");
    for (const callback of [r.customUI.$.onLoad, button.onAction, button.getImage])
      expect(main).toMatch(new RegExp(`\\b${callback}\\(`));
    expect(Object.keys(files.folder)).toContain(`images/yibao.svg`);
  });

  it("publish.xml names the add-in's folder as wpsjs's offline mode does", async () => {
    const p = await parseStringPromise(files.beside["publish.xml"]);
    const entry = p.jsplugins.jsplugin[0].$;
    expect(entry).toMatchObject({ name: "yibao", type: "et", url: addin.addinFolder() });
    expect(addin.addinFolder()).toBe(`yibao_${entry.version}`);
  });

  it("the install scripts copy into jsaddons and keep other add-ins' entries", () => {
    const sh = files.beside["install.sh"];
    expect(sh).toContain(".local/share/Kingsoft/wps/jsaddons");
    expect(sh).toContain(`grep -v '<jsplugin name="yibao"'`);
    const bat = files.beside["安装.bat"];
    expect(bat).toContain("%APPDATA%\\kingsoft\\wps\\jsaddons");
    expect(bat).toContain("RemoveChild");
    expect(bat.split("\r\n").length).toBeGreaterThan(5);
    expect(sh + bat).not.toMatch(/https?:\/\//);
  });
});
