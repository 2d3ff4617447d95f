/// <reference types="et-jsapi-declare" />
/**
 * The add-in's main page (index.html), which WPS loads at start: it registers the YB.*
 * functions (WPS 12.1.0.20540 and later; older WPS has no wps.AddCustomFunction and gets the
 * ribbon and the pane only) and answers the ribbon (package/ribbon.xml): the 医保助手 button
 * opens the task pane, a second click hides or shows it again.
 */
import { FUNCTIONS } from "../../functions/table";
import { workbookSettings } from "../host/workbookSettings";
import { registerWpsFunctions, WpsRuntime } from "./functions";

const PANE_KEY = "yibao.taskpane";

/** The folder of this page, where taskpane.html sits next to index.html. */
function here(): string {
  const url = decodeURI(document.location.toString());
  return url.substring(0, url.lastIndexOf("/"));
}

export function togglePane(app: WPS.AddonRoot): void {
  const id = app.PluginStorage.getItem(PANE_KEY) as unknown;
  if (typeof id === "number") {
    const pane = app.GetTaskPane(id);
    pane.Visible = !pane.Visible;
    return;
  }
  const pane = app.CreateTaskPane(`${here()}/taskpane.html`, "医保助手");
  app.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

const ribbon = {
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: { Id: string }): boolean {
    if (control.Id === "ybOpenPane") togglePane(window.Application);
    return true;
  },
  GetImage(): string {
    return "images/yibao.svg";
  },
};

Object.assign(window, ribbon);
// Each call reads the policy of the workbook it is in (the active one, where WPS calculates).
registerWpsFunctions(window.wps as unknown as WpsRuntime, FUNCTIONS, () =>
  workbookSettings(window.Application.ActiveWorkbook)
);
