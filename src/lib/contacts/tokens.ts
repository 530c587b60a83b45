import { CONTACTS, isContactId, telHref, type ContactId, type Hours } from './contacts.ts';

/** A piece of advice text after expanding {{tel:ID}} and {{name:ID}} tokens. */
export type TokenPart = { kind: 'text'; text: string } | { kind: 'tel'; text: string; href: string };

const TOKEN = /\{\{(tel|name):([a-z0-9-]+)\}\}/g;

function tel(display: string): TokenPart {
  return { kind: 'tel', text: display, href: telHref(display) };
}

function text(value: string): TokenPart {
  return { kind: 'text', text: value };
}

/** How the site says a line is always open, in the middle of a sentence: worded once, here. */
const ALWAYS_OPEN = 'open all day, every day';

/** Joins neighbouring text parts, so a number reads as one link then one run of words. */
function joined(parts: TokenPart[]): TokenPart[] {
  const out: TokenPart[] = [];
  for (const part of parts) {
    const previous = out.at(-1);
    if (part.kind === 'text' && previous?.kind === 'text') out[out.length - 1] = text(previous.text + part.text);
    else out.push(part);
  }
  return out;
}

/** The number as tel: links: the main one, and the one for mobiles where the service gives one. */
function numberParts(id: ContactId): TokenPart[] {
  const contact: { display: string; mobile?: string } = CONTACTS[id];
  if (contact.mobile === undefined) return [tel(contact.display)];
  return [tel(contact.display), text(', or '), tel(contact.mobile), text(' from a mobile')];
}

/**
 * When the line answers, as the words to put in brackets beside its number, exactly as contacts.ts marks them:
 * nothing for a line that is always open; set hours as they are, or "usually …" when no current page confirms
 * them; and, when no page states the hours at all, what to do if the line does not connect and the line that
 * is always open to ring instead (where one is named). Never an hour the record does not hold.
 */
export function hoursNote(id: ContactId): TokenPart[] {
  return hoursWords(CONTACTS[id].hours);
}

/** hoursNote for hours as a record holds them (so the wording can be tested apart from any one line's hours). */
export function hoursWords(hours: Hours): TokenPart[] {
  if (hours.open === 'always') return [];
  if (hours.open === 'limited') return [text(hours.confirmed ? hours.text : `usually ${hours.text}`)];
  const parts: TokenPart[] = [];
  if (hours.otherwise !== undefined) parts.push(text(hours.otherwise));
  if (hours.ifClosed !== undefined && isContactId(hours.ifClosed)) {
    const fallback = hours.ifClosed;
    if (parts.length > 0) parts.push(text('; '));
    parts.push(
      text(`if no one answers, call ${CONTACTS[fallback].name}, ${ALWAYS_OPEN}, on `),
      ...numberParts(fallback),
    );
  }
  return joined(parts);
}

/**
 * When the line answers as a sentence of its own, for a number shown beside its name (the plan's numbers):
 * "Open all day, every day." for a line that is always open, else hoursNote's words, capitalised, with a
 * full stop. Nothing when there is nothing to say.
 */
export function hoursSentence(id: ContactId): TokenPart[] {
  const note = CONTACTS[id].hours.open === 'always' ? [text(ALWAYS_OPEN)] : hoursNote(id);
  const [first, ...rest] = note;
  if (first === undefined) return [];
  const start = first.kind === 'text' ? text(first.text.charAt(0).toUpperCase() + first.text.slice(1)) : first;
  return joined([start, ...rest, text('.')]);
}

/**
 * A number as a resident should see it: the tel: link (and the number for mobiles, where there is one), then
 * in brackets when the line is open (see hoursNote), unless it is always open.
 */
export function numberWithHours(id: ContactId): TokenPart[] {
  const note = hoursNote(id);
  if (note.length === 0) return numberParts(id);
  return joined([...numberParts(id), text(' ('), ...note, text(')')]);
}

/** A service's name and its number with hours: what an island needs to show one line, passed in as data. */
export interface ContactLine {
  name: string;
  parts: TokenPart[];
}

export function contactLine(id: ContactId): ContactLine {
  return { name: CONTACTS[id].name, parts: numberWithHours(id) };
}

/**
 * Splits text on contact tokens. An unknown id throws, so a typo in a page fails the build
 * instead of showing "{{tel:bacon}}" to a resident.
 */
export function expandContactTokens(value: string): TokenPart[] {
  const parts: TokenPart[] = [];
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    const [whole, kind, id] = match as unknown as [string, 'tel' | 'name', string];
    if (!isContactId(id)) throw new Error(`Unknown contact "${id}" in ${whole}`);
    if (match.index > last) parts.push(text(value.slice(last, match.index)));
    parts.push(...(kind === 'tel' ? numberWithHours(id) : [text(CONTACTS[id].name)]));
    last = match.index + whole.length;
  }
  if (last < value.length) parts.push(text(value.slice(last)));
  return parts;
}

/** The text a reader sees, with tokens replaced by names, numbers and hours. */
export function contactTokensToText(value: string): string {
  return expandContactTokens(value)
    .map((p) => p.text)
    .join('');
}

/** The number with its hours as plain text, for emails and messages: "0300 123 2040 (usually Monday to …)". */
export function numberWithHoursText(id: ContactId): string {
  return numberWithHours(id)
    .map((p) => p.text)
    .join('');
}
