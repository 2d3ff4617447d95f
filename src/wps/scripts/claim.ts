/// <reference types="et-jsapi-declare" />
/** 生成资助申报表 for WPS (JS macro and AirScript): the claim job over the open ET workbook. */
/* eslint-disable @typescript-eslint/no-unused-vars -- the generated module calls run. */
import { withoutNulls, type Answer } from "../../scripts/answer";
import { claimJob, type ClaimParams } from "../../scripts/jobs/claim";
import type { ClaimJson } from "../../core/claim/json";

function run(p: ClaimParams): Answer<ClaimJson> {
  return withoutNulls(claimJob(Application.ActiveWorkbook, p));
}
