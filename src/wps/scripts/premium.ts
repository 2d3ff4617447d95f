/// <reference types="et-jsapi-declare" />
/** 计算保费 for WPS (JS macro and AirScript): the premium job over the open ET workbook. */
/* eslint-disable @typescript-eslint/no-unused-vars -- the generated module calls run. */
import { premiumJob, type PremiumParams, type PremiumSummary } from "../../scripts/jobs/premium";

function run(p: PremiumParams): PremiumSummary {
  return premiumJob(Application.ActiveWorkbook, p);
}
