/// <reference types="et-jsapi-declare" />
/** 记录参保进度 for WPS (JS macro and AirScript): the progress job over the open ET workbook. */
/* eslint-disable @typescript-eslint/no-unused-vars -- the generated module calls run. */
import {
  progressJob,
  type ProgressParams,
  type ProgressSummary,
} from "../../scripts/jobs/progress";

function run(p: ProgressParams): ProgressSummary {
  return progressJob(Application.ActiveWorkbook, p);
}
