import { CONTACTS, isContactId, telHref, type ContactId, type Hours } from './contacts.ts';

/** A piece of advice text after expanding {{tel:ID}} and {{name:ID}} tokens. */
export type TokenPart = { kind: 'text'; text: string } | { kind: 'tel'; text: string; href: string };

const TOKEN = /\{\{(tel|name):([a-z0-9-]+)\}\}/g;

function telPart(id: ContactId): TokenPart {
  const { display } = CONTACTS[id];
  return { kind: 'tel', text: display, href: telHref(display) };
}

/**
 * A number as a resident should see it: the tel: link, then its hours in brackets when the line is not
 * always open, or, when no page states its hours, the always-open line to ring instead (where one is named).
 */
export function numberWithHours(id: ContactId): TokenPart[] {
  const hours: Hours = CONTACTS[id].hours;
  if (hours.open === 'always') return [telPart(id)];
  if (hours.open === 'limited') return [telPart(id), { kind: 'text', text: ` (${hours.text})` }];
  if (hours.ifClosed === undefined || !isContactId(hours.ifClosed)) return [telPart(id)];
  const fallback = hours.ifClosed;
  return [
    telPart(id),
    { kind: 'text', text: ` (if no one answers, call ${CONTACTS[fallback].name}, open all day, every day, on ` },
    telPart(fallback),
    { kind: 'text', text: ')' },
  ];
}

/**
 * Splits text on contact tokens. An unknown id throws, so a typo in a page fails the build
 * instead of showing "{{tel:bacon}}" to a resident.
 */
export function expandContactTokens(text: string): TokenPart[] {
  const parts: TokenPart[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, kind, id] = match as unknown as [string, 'tel' | 'name', string];
    if (!isContactId(id)) throw new Error(`Unknown contact "${id}" in ${whole}`);
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push(...(kind === 'tel' ? numberWithHours(id) : [{ kind: 'text' as const, text: CONTACTS[id].name }]));
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The text a reader sees, with tokens replaced by names, numbers and hours. */
export function contactTokensToText(text: string): string {
  return expandContactTokens(text)
    .map((p) => p.text)
    .join('');
}

/** The number with its hours as plain text, for emails and messages: "0300 123 2040 (Monday to Friday, …)". */
export function numberWithHoursText(id: ContactId): string {
  return numberWithHours(id)
    .map((p) => p.text)
    .join('');
}
