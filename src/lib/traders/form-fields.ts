/**
 * The check's two forms as data, shared by the island and the no-JavaScript page: the boxes' names (the
 * query string's), their ids, and how a failed check becomes field errors and a summary. The markup is
 * the React components' (components/traders/TraderForms.tsx) alone.
 */

export interface FormValues {
  q: string;
  trade: string;
  postcode: string;
  member: string;
}
export type FormField = keyof FormValues;
export type FormErrors = Partial<Record<FormField, string | undefined>>;

export const EMPTY_VALUES: FormValues = { q: '', trade: '', postcode: '', member: '' };

/** Each box's id, in page order: the error summary links to them. */
export const FIELD_IDS: Record<FormField, string> = {
  q: 'trader-q',
  trade: 'trader-trade',
  postcode: 'trader-postcode',
  member: 'trader-member',
};
const FIELDS = Object.keys(FIELD_IDS) as FormField[];

/** The boxes filled in from a query string, as typed (a missing box is empty). */
export function valuesFromQuery(params: URLSearchParams): FormValues {
  const values = { ...EMPTY_VALUES };
  for (const field of FIELDS) values[field] = params.get(field) ?? '';
  return values;
}

/** The error summary's links, in page order: each message and the box that fixes it. */
export function summaryLinks(errors: FormErrors): { field: FormField; href: string; message: string }[] {
  return FIELDS.flatMap((field) => {
    const message = errors[field];
    return message ? [{ field, href: `#${FIELD_IDS[field]}`, message }] : [];
  });
}

/**
 * A search's problems (from the query check or the API's 400) as the boxes' errors, and the first problem
 * with no box (a bad `page` or `status` from an edited link) as the summary's own message.
 */
export function searchProblems(fields: Record<string, string>): { errors: FormErrors; problem?: string } {
  const { q, trade, postcode, ...others } = fields;
  const problem = Object.values(others)[0];
  return problem === undefined ? { errors: { q, trade, postcode } } : { errors: { q, trade, postcode }, problem };
}
