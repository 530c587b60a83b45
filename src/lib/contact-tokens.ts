import { CONTACTS, isContactId, telHref } from './contacts.ts';

/** A piece of advice text after expanding {{tel:ID}} and {{name:ID}} tokens. */
export type TokenPart = { kind: 'text'; text: string } | { kind: 'tel'; text: string; href: string };

const TOKEN = /\{\{(tel|name):([a-z0-9-]+)\}\}/g;

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
    const contact = CONTACTS[id];
    parts.push(
      kind === 'tel'
        ? { kind: 'tel', text: contact.display, href: telHref(contact.display) }
        : { kind: 'text', text: contact.name },
    );
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The text a reader sees, with tokens replaced by names and numbers. */
export function contactTokensToText(text: string): string {
  return expandContactTokens(text)
    .map((p) => p.text)
    .join('');
}
