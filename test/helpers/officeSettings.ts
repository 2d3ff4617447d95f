/**
 * A workbook behind Office.context.document.settings (office-addin-mock) and Excel.run for
 * the recalculation settings.ts asks for, installed as the globals Office and Excel, as in
 * test/functions/settings.test.ts. removeOfficeGlobals() takes them away again.
 */
import { OfficeMockObject } from "office-addin-mock";
import { resetSettingsCache } from "../../src/office/settings";

const g = globalThis as Record<string, unknown>;

export interface MockWorkbookSettings {
  store: Map<string, unknown>;
  /** The settings as saved, one entry per saveAsync. */
  saves: Record<string, unknown>[];
  /** Excel.CalculationType of each application.calculate. */
  recalculations: string[];
  /** Another user's change arriving (Excel on the web, co-authoring). */
  coauthor(key: string, value: unknown): void;
}

export function installOfficeSettings(initial: Record<string, unknown> = {}): MockWorkbookSettings {
  const store = new Map<string, unknown>(Object.entries(initial));
  const saves: Record<string, unknown>[] = [];
  const recalculations: string[] = [];
  let handler: ((args: unknown) => void) | undefined;
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => (store.has(name) ? store.get(name) : null),
          set: (name: string, value: unknown) => void store.set(name, value),
          remove: (name: string) => void store.delete(name),
          saveAsync: (callback?: (r: unknown) => void) => {
            saves.push(JSON.parse(JSON.stringify(Object.fromEntries(store))));
            callback?.({ status: "succeeded" });
          },
          addHandlerAsync: (_type: unknown, h: (args: unknown) => void, callback?: (r: unknown) => void) => {
            handler = h;
            callback?.({ status: "succeeded" });
          },
        },
      },
    },
    onReady: async () => ({ host: "Excel", platform: "PC" }),
  });
  office.EventType = { SettingsChanged: "settingsChanged" };
  const excel = new OfficeMockObject({
    host: "excel",
    context: { workbook: { application: { calculate: (type: string) => void recalculations.push(type) } } },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<void>) {
      await batch(this.context);
    },
  });
  excel.CalculationType = { full: "Full" };
  g.Office = office;
  g.Excel = excel;
  resetSettingsCache();
  return {
    store,
    saves,
    recalculations,
    coauthor(key, value) {
      store.set(key, value);
      handler?.({ settings: office.context.document.settings, type: "settingsChanged" });
    },
  };
}

export function removeOfficeGlobals(): void {
  delete g.Office;
  delete g.Excel;
  resetSettingsCache();
}
