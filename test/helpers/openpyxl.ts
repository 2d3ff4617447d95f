/**
 * openpyxl (Debian python3-openpyxl, as pandas reads .xlsx) as a reader of a workbook yibao
 * wrote: it loads the file, and gives the sheet names and each sheet's first text cells.
 * A file openpyxl refuses fails the test with its message.
 */
import { spawnSync } from "child_process";

const SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cells = {}
for ws in wb.worksheets:
    got = []
    for row in ws.iter_rows(max_row=20, values_only=True):
        got.extend(str(v) for v in row if isinstance(v, str))
    cells[ws.title] = got
print(json.dumps({"sheets": wb.sheetnames, "cells": cells}, ensure_ascii=False))
`;

export function openpyxlRead(file: string): { sheets: string[]; cells: Record<string, string[]> } {
  const r = spawnSync("/usr/bin/python3", ["-c", SCRIPT, file], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`openpyxl cannot open ${file}:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}
