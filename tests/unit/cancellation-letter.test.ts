import { describe, expect, it } from 'vitest';
import {
  BLANK_MODEL_FORM,
  cancellationLetterLines,
  cancellationLetterText,
  type LetterDetails,
} from '../../src/lib/cancellation/letter.ts';

const details: LetterDetails = {
  trader: { name: 'Example Driveways Ltd', address: '1 Sample Road\nHatfield\nAL10 9AB', email: 'info@example.com' },
  consumers: ['Pat Example'],
  consumerAddress: '2 Test Lane, Hatfield AL10 9XY',
  kind: 'services',
  description: 'a new block-paved driveway',
  orderedOn: '2025-12-02',
  date: '2025-12-09',
};

describe('the filled-in model cancellation form', () => {
  it('follows Schedule 3 Part B with the right words kept for one person and a service', () => {
    expect(cancellationLetterText(details)).toBe(
      [
        'Notice of cancellation',
        '',
        'To: Example Driveways Ltd, 1 Sample Road, Hatfield, AL10 9AB, info@example.com',
        'I hereby give notice that I cancel my contract for the supply of the following service: a new block-paved driveway',
        'Ordered on: 2 December 2025',
        'Name of consumer(s): Pat Example',
        'Address of consumer(s): 2 Test Lane, Hatfield AL10 9XY',
        'Signature of consumer(s) (only if this form is notified on paper): ____________________',
        'Date: 9 December 2025',
        '',
      ].join('\n'),
    );
  });

  it('says "We" and "our" for two people, and gives the delivery date for goods', () => {
    const lines = cancellationLetterLines({
      ...details,
      consumers: ['Pat Example', ' Sam Example ', ''],
      kind: 'goods',
      description: 'a stairlift',
      receivedOn: '2025-12-05',
    });
    expect(lines[1]).toEqual({
      label: 'We hereby give notice that We cancel our contract of sale of the following goods',
      value: 'a stairlift',
    });
    expect(lines).toContainEqual({ label: 'Received on', value: '5 December 2025' });
    expect(lines).toContainEqual({ label: 'Name of consumer(s)', value: 'Pat Example and Sam Example' });
  });

  it('leaves a line to write on for anything not given', () => {
    const lines = cancellationLetterLines({
      ...details,
      trader: { name: '', address: '' },
      consumers: [],
      consumerAddress: ' ',
      description: '',
      orderedOn: 'not a date',
    });
    for (const line of lines) {
      if (line.label !== 'Date') expect(line.value).toMatch(/^_+$/);
    }
  });

  it('keeps each answer to one line of plain text', () => {
    const lines = cancellationLetterLines({ ...details, description: 'drive\u0000way\r\n<script>x</script>' });
    expect(lines[1]?.value).toBe('drive way <script>x</script>');
    const long = cancellationLetterLines({ ...details, description: 'x'.repeat(5000) });
    expect(long[1]?.value.length).toBe(300);
  });

  it('offers the blank form word for word, with the choices still to delete', () => {
    expect(BLANK_MODEL_FORM.map((l) => l.label)).toContain(
      'I/We [*] hereby give notice that I/We [*] cancel my/our [*] contract of sale of the following goods [*]/for the supply of the following service [*]',
    );
  });
});
