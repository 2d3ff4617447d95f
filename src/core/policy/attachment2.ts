/**
 * The subsidy table (附件2) as the notices' texts print it: a row is a run of lines each starting
 * with a tab (one cell per line), rows are separated by other lines; rows that continue the
 * category above leave the leading cells empty (merged cells), which are carried down. Used by
 * the scaffold (policy:new) and by the tests that hold the data to the seeds.
 */

/** The rows after `startMarker` whose cell at `tierAt` is a tier (一档/二档). */
export function attachmentRows(text: string, startMarker: string, tierAt: number): string[][] {
  const start = text.lastIndexOf(startMarker);
  if (start < 0) throw new Error(`no ${startMarker}`);
  const rows: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > tierAt && /^[一二]档$/.test(current[tierAt])) rows.push(current);
    current = [];
  };
  for (const line of text.slice(start).split("\n")) {
    if (line.startsWith("\t")) current.push(line.trim());
    else flush();
  }
  flush();
  for (let r = 1; r < rows.length; r++) {
    for (let c = 0; c < tierAt; c++) if (rows[r][c] === "") rows[r][c] = rows[r - 1][c];
  }
  return rows;
}

export interface SubsidyTableRow {
  category: string;
  tier: string;
  /** The row's numbers after the tier, as printed (缴费标准/资助标准/个人缴费, or 资助/个人). */
  numbers: number[];
  /** The row as a quote: category, tier and its numbers, as the data cites a table row. */
  quote: string;
}

/** The 附件2 table after `startMarker`, its tier column found from the first row that has one. */
export function subsidyTable(text: string, startMarker: string): SubsidyTableRow[] {
  for (let tierAt = 1; tierAt < 6; tierAt++) {
    const rows = attachmentRows(text, startMarker, tierAt);
    if (rows.length === 0) continue;
    return rows.map((r) => {
      const numbers = r
        .slice(tierAt + 1)
        .filter((c) => /^\d+(\.\d+)?$/.test(c))
        .map(Number);
      return {
        category: r[tierAt - 1],
        tier: r[tierAt],
        numbers,
        quote: [r[tierAt - 1], r[tierAt], ...numbers].join(" "),
      };
    });
  }
  return [];
}
