/**
 * Every formula of a claim workbook and of the claim templates carries its value as the
 * cached result, so WeChat/QQ previews and phone viewers show the numbers; the values equal
 * LibreOffice's own recalculation. fullCalcOnLoad stays on.
 */
import JSZip from "jszip";
import { buildClaim } from "../../src/core/claim/build";
import { templateSheets } from "../../src/core/claim/templates";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy, listPolicies } from "../../src/core/policy/registry";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { cachedMismatches, formulaCells } from "../helpers/cached";
import { pengshuiRoster, shizhuRosters, shuangqingRoster } from "./fixtures";
import { twentyPeople } from "./workbookFixtures";

const cases = [
  { what: "石柱 (rosters with faults)", policy: "cq-shizhu-2025", rosters: () => shizhuRosters() },
  { what: "石柱 20 people", policy: "cq-shizhu-2025", rosters: () => [twentyPeople()] },
  { what: "彭水", policy: "cq-pengshui-2025", rosters: () => [pengshuiRoster()] },
  { what: "双清", policy: "hn-shuangqing-2025", rosters: () => [shuangqingRoster()] },
];

describe("cached results of every formula", () => {
  jest.setTimeout(180_000);

  test.each(cases)(
    "claim workbook, $what: a cached result for every formula, equal to LibreOffice's",
    async (c) => {
      const policy = getPolicy(c.policy);
      const wb = claimWorkbook(buildClaim(c.rosters(), policy), policy, { publicNotice: true });
      const bytes = await writeXlsx(wb.sheets);
      const cells = await formulaCells(bytes);
      expect(cells.length).toBeGreaterThan(10);
      expect(
        cells.filter((f) => f.cached === undefined).map((f) => `${f.sheet}!${f.cell}`)
      ).toEqual([]);
      expect(await cachedMismatches(bytes)).toEqual([]);
      const workbookXml = await (
        await JSZip.loadAsync(bytes)
      )
        .file("xl/workbook.xml")!
        .async("string");
      expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    }
  );

  // Every registered policy's templates, from the registry: a new notice is covered with no test change.
  const templateCases = listPolicies().flatMap((p) =>
    (["roster", "claim"] as const).map((kind) => [kind, p.id] as const)
  );
  test.each(templateCases)(
    "%s template of %s: cached results equal LibreOffice's",
    async (kind, id) => {
      const bytes = await writeXlsx(templateSheets(kind, getPolicy(id)));
      const cells = await formulaCells(bytes);
      expect(cells.filter((f) => f.cached === undefined)).toEqual([]);
      expect(await cachedMismatches(bytes)).toEqual([]);
    }
  );
});
