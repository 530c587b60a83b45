/**
 * The no-JavaScript form's submission id. The page is built once and served to everyone, so the Worker puts
 * a fresh id into it for each visit: pressing Send twice, or once either side of a deploy that changes the
 * fields (and so the hash of the answers), is still one referral and one email.
 */

/** The hidden field as the form is built: no id yet. */
export const BLANK_SUBMISSION_ID = '<input type="hidden" name="submissionId" value=""/>';

/** The built page with `id` in its hidden field; a page without the blank field is returned as it is. */
export function withSubmissionId(page: string, id: string): string {
  return page.replace(BLANK_SUBMISSION_ID, () => `<input type="hidden" name="submissionId" value="${id}"/>`);
}
