/** What Office Scripts' runtime gives a script besides ExcelScript: the console. */
declare const console: { log(...data: unknown[]): void };
