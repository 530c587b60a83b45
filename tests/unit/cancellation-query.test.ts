import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/lib/cancellation/form.ts';
import { answersFromQuery, fromFormValue, INFO_VALUES, WHERE_VALUES } from '../../src/lib/cancellation/query.ts';

const read = (query: string) => answersFromQuery(new URLSearchParams(query));

describe('the calculator’s GET form read into its answers', () => {
  it('leaves everything blank for an empty or unknown query', () => {
    expect(read('')).toEqual(emptyAnswers());
    expect(read('kind=boat&offPremises=maybe&infoGiven=true&earlyStart=1')).toEqual(emptyAnswers());
  });

  it('reads the three date boxes, or else the ISO date of the same name', () => {
    expect(read('agreedOn-day=2&agreedOn-month=12&agreedOn-year=2025').agreed).toEqual({
      day: '2',
      month: '12',
      year: '2025',
    });
    expect(read('agreedOn=2026-03-01').agreed).toEqual({ day: '01', month: '03', year: '2026' });
    // The boxes win: they are what the person typed on the page.
    expect(read('agreedOn=2026-03-01&agreedOn-day=5').agreed).toEqual({ day: '5', month: '', year: '' });
    // Not a date: kept, so the questions can say it must be a real one.
    expect(read('agreedOn=yesterday').agreed).toEqual({ day: 'yesterday', month: '', year: '' });
  });

  it('maps the contract’s yes/no values onto the questions', () => {
    const a = read(
      'kind=goods&offPremises=no&approachedAwayFromPremises=yes&infoGiven=no&madeToSpecification=not-sure',
    );
    expect(a).toMatchObject({
      kind: 'goods',
      where: 'premises',
      approached: 'yes',
      form: 'no',
      madeForYou: 'not-sure',
    });
    expect(read('offPremises=yes').where).toBe('home');
    expect(read('offPremises=distance').where).toBe('distance');
    expect(read('offPremises=later').where).toBe('later');
    expect(read('infoGiven=yes').form).toBe('when-agreed');
    expect(read('infoGiven=later').form).toBe('later');
  });

  it('reads information given later from a link: infoGiven=yes with an ISO infoGivenOn', () => {
    const a = read('infoGiven=yes&infoGivenOn=2025-12-03');
    expect(a.form).toBe('later');
    expect(a.formDate).toEqual({ day: '03', month: '12', year: '2025' });
  });

  it('takes the goods as arrived when only their date is given', () => {
    expect(read('goodsReceivedOn=2025-12-05').arrived).toBe('yes');
    expect(read('goodsArrived=no&goodsReceivedOn=2025-12-05').arrived).toBe('no');
    expect(read('goodsReceivedOn-day=&goodsReceivedOn-month=&goodsReceivedOn-year=').arrived).toBe('');
  });

  it('turns each form value back into its answer', () => {
    for (const [answer, value] of Object.entries(WHERE_VALUES)) expect(fromFormValue(WHERE_VALUES, value)).toBe(answer);
    for (const [answer, value] of Object.entries(INFO_VALUES)) expect(fromFormValue(INFO_VALUES, value)).toBe(answer);
    expect(fromFormValue(WHERE_VALUES, 'home')).toBe('');
  });
});
