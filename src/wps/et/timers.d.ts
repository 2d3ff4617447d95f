/**
 * The one timer the Office settings module names (src/office/settings.ts, waiting for
 * Office.onReady). A WPS bundle's type check has neither the DOM's nor Node's library, yet the
 * shared function table imports that module's types; in the bundle itself the module is
 * replaced (src/wps/et/settings.ts) and nothing calls a timer.
 */
declare function setTimeout(handler: () => void, timeout?: number): number;
