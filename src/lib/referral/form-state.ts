import type { Answers } from './schema.ts';
import type { FieldErrors } from './validate.ts';

/** The no-JavaScript form as the function shows it again: the answers as typed, and what is wrong. */
export interface FormState {
  answers: Answers;
  fields: FieldErrors;
  /** A message about the whole form (could not send, too many tries), shown in the error summary. */
  problem?: string;
}

/** The form shown again always has something wrong with it: GOV.UK puts "Error: " before the title. */
export const FORM_AGAIN_TITLE = 'Error: Ask Beacon for support';
