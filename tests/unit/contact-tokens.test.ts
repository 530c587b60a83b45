import { describe, expect, it } from 'vitest';
import {
  contactLine,
  contactTokensToText,
  expandContactTokens,
  hoursSentence,
  hoursWords,
  numberWithHoursText,
} from '../../src/lib/contacts/tokens.ts';
import { CONTACTS, telHref, type ContactId, type Hours } from '../../src/lib/contacts/contacts.ts';

describe('contact tokens', () => {
  it('turns {{tel:id}} for an always-open line into the number in full with a tel: link, and nothing else', () => {
    expect(expandContactTokens('Call {{tel:victim-support}} now.')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'tel', text: '08 08 16 89 111', href: 'tel:08081689111' },
      { kind: 'text', text: ' now.' },
    ]);
  });

  it('puts the hours beside a number whose line is not always open, as a page confirms them', () => {
    expect(expandContactTokens('Call {{tel:fca}} now.')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'tel', text: '0800 111 6768', href: 'tel:08001116768' },
      { kind: 'text', text: ' (Monday to Friday, 8am to 6pm, and Saturday, 9am to 1pm)' },
      { kind: 'text', text: ' now.' },
    ]);
  });

  it('never shows unconfirmed hours as plain fact: they read "usually …"', () => {
    expect(expandContactTokens('Call {{tel:report-fraud}} now.')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'tel', text: '0300 123 2040', href: 'tel:03001232040' },
      { kind: 'text', text: ' (usually Monday to Friday, 8am to 8pm)' },
      { kind: 'text', text: ' now.' },
    ]);
    for (const [id, c] of Object.entries(CONTACTS)) {
      const hours: Hours = c.hours;
      if (hours.open !== 'limited') continue;
      const shown = numberWithHoursText(id as ContactId);
      if (hours.confirmed) expect(shown, id).toContain(`(${hours.text})`);
      else expect(shown, id).toContain(`(usually ${hours.text})`);
    }
  });

  it('shows the number for mobiles beside the main one, then the hours once', () => {
    expect(numberWithHoursText('financial-ombudsman')).toBe(
      '0800 023 4567, or 0300 123 9123 from a mobile (Monday to Friday, 8am to 5pm)',
    );
    expect(expandContactTokens('{{tel:financial-ombudsman}}').filter((p) => p.kind === 'tel')).toEqual([
      { kind: 'tel', text: '0800 023 4567', href: 'tel:08000234567' },
      { kind: 'tel', text: '0300 123 9123', href: 'tel:03001239123' },
    ]);
  });

  it('never calls 159 always open, and says what to do if it does not connect', () => {
    expect(CONTACTS.bank.hours.open).not.toBe('always');
    expect(numberWithHoursText('bank')).toBe('159 (if 159 doesn’t connect, use the number on the back of your card)');
  });

  it('never guesses unknown hours: it names a line that is always open instead', () => {
    // Hours as a record may hold them, so the wording is tested whatever any one line's hours become.
    const parts = hoursWords({ open: 'unknown', ifClosed: 'victim-support' });
    expect(parts).toEqual([
      { kind: 'text', text: 'if no one answers, call Victim Support, open all day, every day, on ' },
      { kind: 'tel', text: '08 08 16 89 111', href: 'tel:08081689111' },
    ]);
    expect(
      hoursWords({ open: 'unknown', otherwise: 'if it is busy, try again', ifClosed: 'victim-support' })[0],
    ).toEqual({
      kind: 'text',
      text: 'if it is busy, try again; if no one answers, call Victim Support, open all day, every day, on ',
    });
    expect(hoursWords({ open: 'unknown' })).toEqual([]);
  });

  it('says the hours as a sentence of their own beside a name, worded as beside a number', () => {
    const sentence = (id: ContactId) =>
      hoursSentence(id)
        .map((p) => p.text)
        .join('');
    expect(sentence('victim-support')).toBe('Open all day, every day.');
    expect(sentence('bank')).toBe('If 159 doesn’t connect, use the number on the back of your card.');
    expect(sentence('report-fraud')).toBe('Usually Monday to Friday, 8am to 8pm.');
    for (const id of Object.keys(CONTACTS) as ContactId[]) {
      const note = numberWithHoursText(id).match(/\((.+)\)$/)?.[1];
      if (note !== undefined) expect(sentence(id).toLowerCase(), id).toBe(`${note.toLowerCase()}.`);
    }
  });

  it('records hours for every number, with the text where the line keeps set hours', () => {
    for (const [id, c] of Object.entries(CONTACTS)) {
      const hours: Hours = c.hours;
      expect(['always', 'limited', 'unknown'], id).toContain(hours.open);
      if (hours.open === 'limited') expect(numberWithHoursText(id as ContactId), id).toMatch(/\(.+\)$/);
      if (hours.open === 'unknown' && hours.ifClosed !== undefined) {
        expect(CONTACTS[hours.ifClosed as ContactId].hours.open, id).toBe('always');
        expect(numberWithHoursText(id as ContactId), id).toContain('if no one answers');
      }
    }
  });

  it('fails on an unknown contact so a typo cannot reach a page', () => {
    expect(() => expandContactTokens('{{tel:bacon}}')).toThrow('Unknown contact "bacon"');
  });

  it('leaves text without tokens alone', () => {
    expect(contactTokensToText('No numbers here.')).toBe('No numbers here.');
  });

  it('makes tel: links of digits only for every contact', () => {
    for (const c of Object.values(CONTACTS)) {
      const contact: { display: string; mobile?: string } = c;
      expect(telHref(contact.display)).toMatch(/^tel:\d{3,11}$/);
      if (contact.mobile !== undefined) expect(telHref(contact.mobile)).toMatch(/^tel:\d{11}$/);
    }
  });

  it('hands an island one line as data: the name, and the number with its hours as the page shows them', () => {
    const line = contactLine('citizens-advice');
    expect(line.name).toBe(CONTACTS['citizens-advice'].name);
    expect(line.parts.map((p) => p.text).join('')).toBe(numberWithHoursText('citizens-advice'));
    expect(line.parts[0]).toEqual({ kind: 'tel', text: '0808 223 1133', href: 'tel:08082231133' });
  });
});
