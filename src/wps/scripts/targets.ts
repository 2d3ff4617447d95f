/// <reference types="et-jsapi-declare" />
/** 检查任务分解表 for WPS (JS macro and AirScript): the target check over the open ET workbook. */
/* eslint-disable @typescript-eslint/no-unused-vars -- the generated module calls run. */
import { withoutNulls, type Answer } from "../../scripts/answer";
import { targetsJob, type TargetsParams } from "../../scripts/jobs/targets";
import type { TargetsJson } from "../../core/targets/json";

function run(p: TargetsParams): Answer<TargetsJson> {
  return withoutNulls(targetsJob(Application.ActiveWorkbook, p));
}
