/**
 * `npm run build:templates` (and the release's 模板/ folder): every blank template yibao makes,
 * for every region: the 参保任务分解表 (one for all), the roster and claim templates of each
 * policy with a subsidy table (./buildClaimTemplates.ts) and the 现金征缴台账 of each policy.
 * File names carry the policy's Chinese label, never its id: the clerk picks them by name.
 */
import { join } from "path";
import { cashTemplate } from "../core/cash/template";
import { listPolicies } from "../core/policy/registry";
import { targetTemplate } from "../core/targets/template";
import { writeXlsx } from "../io/xlsxWriter";
import { buildClaimTemplates } from "./buildClaimTemplates";
import { writeOutput } from "./options";

export async function buildTemplates(outDir: string): Promise<string[]> {
  const written = await buildClaimTemplates(outDir);
  const targets = join(outDir, "参保任务分解表模板.xlsx");
  await writeOutput(targets, await writeXlsx([targetTemplate({})]));
  written.push(targets);
  for (const policy of listPolicies()) {
    const file = join(outDir, `现金征缴台账模板-${policy.label}.xlsx`);
    await writeOutput(file, await writeXlsx(cashTemplate(policy)));
    written.push(file);
  }
  return written.sort();
}

if (require.main === module) {
  const outDir = process.argv[2] ?? "dist/templates";
  buildTemplates(outDir).then(
    (files) => console.log(`已生成 ${files.length} 个模板：${outDir}`),
    (e: Error) => {
      console.error(`错误：${e.message}`);
      process.exitCode = 1;
    }
  );
}
