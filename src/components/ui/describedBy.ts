/** Joins the ids a control is described by (hint, error), or undefined when there are none. */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;
