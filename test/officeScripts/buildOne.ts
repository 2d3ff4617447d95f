/** Builds one script of src/officeScripts/scripts.json as `npm run build` does, with the shipped policies. */
import fs from "fs";
import os from "os";
import path from "path";
import { listPolicies } from "../../src/core/policy/registry";

const { buildScript, embeddedPoliciesModule } =
  require("../../scripts/office-scripts/build.js") as {
    buildScript: (
      entry: { entry: string; name: string; description: string },
      policiesModule: string
    ) => { name: string; source: string; osts: Record<string, string> };
    embeddedPoliciesModule: (policies: unknown[]) => string;
  };

export interface BuiltScript {
  name: string;
  source: string;
  osts: Record<string, string>;
}

export function buildOne(name: string): BuiltScript {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../src/officeScripts/scripts.json"), "utf8")
  ) as { entry: string; name: string; description: string }[];
  const entry = manifest.find((e) => e.name === name);
  if (!entry) throw new Error(`no script ${name} in scripts.json`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-script-"));
  const module = path.join(dir, "embeddedPolicies.ts");
  fs.writeFileSync(module, embeddedPoliciesModule(listPolicies().map((m) => m.policy)));
  try {
    return buildScript(entry, module);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
