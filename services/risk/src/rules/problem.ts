/** A problem with one input field, in the words a form shows beside it. */
export interface Problem {
  field: string;
  message: string;
}
