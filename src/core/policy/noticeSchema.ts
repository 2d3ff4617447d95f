/**
 * The shape of one notice file (src/core/policy/notices/<document>.json): the notice, its
 * region and level, the clause outline of its text, the documents it defers to, and the values
 * it states (a partial policy, collections keyed by tier id, category name and exception id).
 * Each region's resolved year is then checked against policySchema.
 */
import { z } from "zod";
import { documentSchema, regionSchema } from "./schema";

export const LEVELS = ["市", "区县", "乡镇"] as const;

export const noticeRegionSchema = regionSchema.extend({
  /** The region id policies are named by (cq-pengshui → cq-pengshui-2025). */
  id: z.string().regex(/^[a-z0-9-]+$/, "region.id 只能用小写字母、数字和连字符"),
  /** The region it lies within, whose values (the city's) it inherits. */
  within: z.string().optional(),
});

const values = z.record(z.string(), z.unknown());

export const noticeFileSchema = z.strictObject({
  /** The document number as printed; the file is named by it. */
  document: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The notice's text under shared/seeds (outside the project, read by the tests). */
  seed: z.string().min(1).optional(),
  /** The insurance year the notice is for. */
  year: z.number().int().min(2000).max(2100),
  level: z.enum(LEVELS, { message: `level 只能是 ${LEVELS.join("、")}` }),
  region: noticeRegionSchema,
  /** The notice's numbering as its text prints it (outline.ts), so citations are checked without the text. */
  outline: z.strictObject({ clauses: z.array(z.string()).min(1), implied: z.array(z.string()) }),
  /** Documents the notice defers to (national rules) that values may cite. */
  references: z.record(z.string(), documentSchema).optional(),
  /** Values the notice changes from those in force, with what changed (a restatement must otherwise agree). */
  changes: z.record(z.string(), z.string().min(1)).optional(),
  values,
  /** Figures for the whole city that this notice restates (the city's own notice is not among the sources). */
  cityWide: z.strictObject({ region: noticeRegionSchema, values }).optional(),
});

export type NoticeFile = z.infer<typeof noticeFileSchema>;
export type NoticeRegion = z.infer<typeof noticeRegionSchema>;
