import type { FieldName } from './schema.ts';
import { errorsInOrder, type FieldErrors } from './validate.ts';

/**
 * The error summary's items in the form's order, each linking to where its field is: `#field` on the
 * no-JavaScript form, which has every question, or another step of the island.
 */
export function summaryErrors(
  fields: FieldErrors,
  hrefFor: (field: FieldName) => string,
): { field: FieldName; href: string; message: string }[] {
  return errorsInOrder(fields).map(([field, message]) => ({ field, href: hrefFor(field), message }));
}
