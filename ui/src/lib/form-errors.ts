// How a form shows the core's error: next to the field it names when the form has that field,
// otherwise once above the form. Every form uses this, so errors look and read the same everywhere.
import { toApiError } from "./api";

export type FormErrors = {
  /** Messages by field name (the core's `field`, e.g. `end_date`). */
  fields: Record<string, string>;
  /** A message that belongs to no field of this form (a conflict, a storage failure). */
  form: string | null;
};

export const noErrors = (): FormErrors => ({ fields: {}, form: null });

/** Places a failed command's error on `fields` (the form's field names) or above the form. */
export function formErrors(e: unknown, fields: readonly string[]): FormErrors {
  const err = toApiError(e);
  if (err.field !== null && fields.includes(err.field)) {
    return { fields: { [err.field]: err.fieldMessage }, form: null };
  }
  return { fields: {}, form: err.message };
}
