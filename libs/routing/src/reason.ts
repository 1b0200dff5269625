/*
 * A routing reason is notes joined by "; ". All are written here but one: the model's, which is
 * free text. It is told to quote nothing, yet it reads what masking missed, so erasing a data
 * subject takes it out of the audit records (`withoutModelReason`), keeping the notes around it.
 */

const SEPARATOR = "; ";
const MODEL_PREFIX = "llm: ";
const ERASED_MODEL_NOTE = `${MODEL_PREFIX}(erased)`;

export function joinNotes(notes: readonly string[]): string {
  return notes.join(SEPARATOR);
}

export function modelNote(reason: string): string {
  return `${MODEL_PREFIX}${reason || "no reason given"}`;
}

export function disagreementNote(department: string): string {
  return `embedded classifier disagrees (${department})`;
}

export function triageNote(confidence: number, minConfidence: number, department: string): string {
  return `confidence ${confidence} below ${minConfidence}, triage instead of ${department}`;
}

/** Notes that may follow the model's; whatever else follows it is taken for the model's own "; ". */
const NOTES_AFTER_MODEL = [
  /^embedded classifier disagrees \([^()]*\)$/,
  /^confidence [\d.e-]+ below [\d.e-]+, triage instead of \S+$/,
];

/** The reason with the model's note replaced by "llm: (erased)"; unchanged when it has none or had it erased. */
export function withoutModelReason(reason: string): string {
  const notes = reason.split(SEPARATOR);
  const model = notes.findIndex((note) => note.startsWith(MODEL_PREFIX));
  if (model < 0) return reason;
  const after = notes.slice(model + 1).filter((note) => NOTES_AFTER_MODEL.some((known) => known.test(note)));
  return joinNotes([...notes.slice(0, model), ERASED_MODEL_NOTE, ...after]);
}
