/** Reply and forward markers mail clients put before a subject: Re, AW (German), SV, Antw, Fwd, WG, … */
const PREFIX = /^\s*(?:re|aw|antw|antwort|sv|vs|ynt|fwd?|wg|tr)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/iu;

/** The subject without any leading "Re:", "AW:", "Fwd:" (however many). */
export function stripReplyPrefixes(subject: string): string {
  let rest = subject;
  for (let previous = ""; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(PREFIX, "");
  }
  return rest.trim();
}

/** Exactly one "Re: " before the topic, whatever prefixes the subject had before. */
export function replySubject(subject: string): string {
  const topic = stripReplyPrefixes(subject);
  return topic === "" ? "Re:" : `Re: ${topic}`;
}
