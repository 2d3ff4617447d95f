/// <reference types="et-jsapi-declare" />
/// <reference path="../et/timers.d.ts" />
/**
 * The YB.* functions as global JS macro functions (YB_PREMIUM …) for WPS builds without
 * add-in custom functions: every function of src/functions/table.ts, computed as the WPS
 * add-in computes it (wpsFunction: the same callable as Excel's, the same errors). `run`
 * answers the callables by id and the names the build declares for each (scripts/wps/build.js
 * writes one global function per name around this bundle). A JS macro has no workbook policy
 * setting: a call without its 政策 argument says so, as a cell in Excel does before a policy
 * is chosen.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- the generated module calls run. */
import { FUNCTIONS } from "../../functions/table";
import { wpsFunction, type WpsFunction } from "../addin/functions";

interface CellFunctions {
  functions: { [id: string]: WpsFunction };
  /** id, Chinese name and the Chinese names of the parameters, in order. */
  names: { id: string; zhName: string; help: string; params: string[] }[];
}

function run(): CellFunctions {
  const settings = () => ({ policy: null, supplied: {} });
  const out: CellFunctions = { functions: {}, names: [] };
  for (const f of FUNCTIONS) {
    out.functions[f.id] = wpsFunction(f, settings);
    out.names.push({
      id: f.id,
      zhName: f.zhName,
      help: f.zh,
      params: f.params.map((p) => p.zhName),
    });
  }
  return out;
}
