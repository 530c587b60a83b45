import { describe, expect, it } from 'vitest';
import { headingsAndBody, markdownToPlainText } from '../../src/lib/advice/plain-text.ts';
import { countSyllables, readability } from '../../src/lib/advice/readability.ts';

describe('readability', () => {
  it('scores short plain sentences as easy', () => {
    const r = readability('Do not open the door. Call the police. Keep the chain on.');
    expect(r.sentences).toBe(3);
    expect(r.averageSentenceLength).toBe(4);
    expect(r.fleschReadingEase).toBeGreaterThan(90);
  });

  it('scores long sentences of long words as hard', () => {
    const r = readability(
      'Notwithstanding contractual obligations, consumers exercising statutory cancellation entitlements should communicate unequivocal declarations expeditiously.',
    );
    expect(r.fleschReadingEase).toBeLessThan(0);
  });

  it('counts syllables roughly as people say them', () => {
    expect(countSyllables('door')).toBe(1);
    expect(countSyllables('trader')).toBe(2);
    expect(countSyllables('cancellation')).toBe(4);
    expect(countSyllables('the')).toBe(1);
  });

  it('reads list items and headings as sentences and drops link addresses', () => {
    const text = markdownToPlainText('## What to do now\n\n- Call [999](tel:999)\n- Lock the door\n');
    expect(text).not.toContain('tel:');
    expect(readability(text).sentences).toBe(3);
  });

  it('counts a phone number as one easy word', () => {
    expect(readability('Call 0300 123 2040.').fleschReadingEase).toBeGreaterThan(90);
  });
});

describe('markdownToPlainText (remark)', () => {
  it('keeps link and inline-code words, drops code blocks, images and HTML', () => {
    const text = markdownToPlainText(
      'Ring **Victim Support** on `08 08 16 89 111` or [write to us](https://example.org "title").\n\n' +
        '![A locked door](door.png)\n\n```\nconst secret = 1;\n```\n\n<div class="x">hidden</div>\n',
    );
    expect(text).toBe('Ring Victim Support on 08 08 16 89 111 or write to us.');
  });

  it('reads each table cell and blockquote line as text', () => {
    const text = markdownToPlainText('| Who | Number |\n| --- | --- |\n| Police | 999 |\n\n> Stay calm\n');
    expect(text.split('\n')).toEqual(['Who.', 'Number.', 'Police.', '999.', 'Stay calm']);
  });
});

describe('headingsAndBody', () => {
  it('keeps subheadings apart and the page title in the body', () => {
    const { headings, body } = headingsAndBody('# Title\n\nIntro.\n\n## What [to do](/x/)\n\n- Lock the door\n');
    expect(headings).toEqual(['What to do']);
    expect(body).toBe('Title.\nIntro.\nLock the door.');
  });
});
