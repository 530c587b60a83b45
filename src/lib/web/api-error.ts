import * as z from '../validation.ts';

/**
 * The contract's error answer, `{ error: { message, fields? } }` (DESIGN.md), as one schema: http.ts
 * writes it and the islands check what they get back against it, so neither side trusts a cast.
 */
export const apiErrorSchema = z.object({
  error: z.object({
    /** One plain-English sentence about the problem. */
    message: z.string(),
    /** A message per form field, when the problem is in the answers. */
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
