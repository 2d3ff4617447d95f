/**
 * The place of src/office/settings.ts in a WPS JS macro bundle: a JS macro has no Office
 * document settings and no Office.onReady, so nothing is waited for and no policy is chosen
 * for the workbook. The JSA cell functions (src/wps/scripts/cellFunctions.ts) are given their
 * settings directly, as the WPS add-in's functions are (wpsFunction); these exports only stand
 * in, export by export, for the Office module the shared function table imports.
 */
import type { Supplied } from "../../core/policy/model";

export interface WorkbookSettings {
  policy: string | null;
  supplied: Supplied;
}

const NONE: WorkbookSettings = { policy: null, supplied: {} };

export function getSettings(): WorkbookSettings {
  return NONE;
}

export function whenReady<T>(f: () => T): T {
  return f();
}
