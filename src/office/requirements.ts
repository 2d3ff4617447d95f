/** Whether the running Excel supports an ExcelApi requirement set (true outside Office, e.g. in unit tests). */
export function supportsExcelApi(version: string): boolean {
  try {
    if (typeof Office === "undefined" || !Office.context?.requirements) return true;
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return true;
  }
}
