/**
 * `npm run build:claim-templates`: writes the blank roster and claim templates of every
 * policy with a subsidy table to dist/templates (资助对象花名册模板-<policy>.xlsx,
 * 资助申报表模板-<policy>.xlsx), from templates/roster.json and templates/claim.json.
 */
import { promises as fs } from "fs";
import { join } from "path";
import {
  hasSubsidyTable,
  templateFileName,
  templateSheets,
  TemplateKind,
} from "../core/claim/templates";
import { listPolicies } from "../core/policy/registry";
import { writeXlsx } from "../io/xlsxWriter";
import { writeOutput } from "./options";

export async function buildClaimTemplates(outDir: string): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const policy of listPolicies().filter(hasSubsidyTable)) {
    for (const kind of ["roster", "claim"] as TemplateKind[]) {
      const file = join(outDir, templateFileName(kind, policy));
      await writeOutput(file, await writeXlsx(templateSheets(kind, policy)));
      written.push(file);
    }
  }
  return written;
}

if (require.main === module) {
  const outDir = process.argv[2] ?? "dist/templates";
  buildClaimTemplates(outDir).then(
    (files) => console.log(`已生成 ${files.length} 个模板：${outDir}`),
    (e: Error) => {
      console.error(`错误：${e.message}`);
      process.exitCode = 1;
    }
  );
}
