import type { RefObject, SyntheticEvent } from 'react';
import { orderedErrors, type CalculatorAnswers, type QuestionErrors } from '../../lib/cancellation-form.ts';
import { DateInput, Radios, TextField } from './fields.tsx';

interface Props {
  answers: CalculatorAnswers;
  errors: QuestionErrors;
  summaryRef: RefObject<HTMLDivElement | null>;
  onChange: (answers: CalculatorAnswers) => void;
  onSubmit: () => void;
}

/** The calculator's questions, with a GOV.UK error summary above them. */
export function CancelQuestions({ answers: a, errors, summaryRef, onChange, onSubmit }: Props) {
  const set =
    <K extends keyof CalculatorAnswers>(key: K) =>
    (value: CalculatorAnswers[K]) => {
      onChange({ ...a, [key]: value });
    };
  const listed = orderedErrors(errors);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="cancel-questions" noValidate onSubmit={submit}>
      {listed.length > 0 && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="error-summary-title"
        >
          <h2 id="error-summary-title">There is a problem</h2>
          <ul>
            {listed.map((e) => (
              <li key={e.question}>
                <a href={e.href}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>Your answers</h2>
      <Radios
        name="kind"
        legend="What did you agree to?"
        hint="If you are not sure, choose work. That gives the earlier date, so you will not miss it."
        options={[
          { value: 'services', label: 'Work or a service, like a new driveway, roofing, gardening or repairs' },
          {
            value: 'goods',
            label: 'Goods, like windows, a stairlift, a mattress or a boiler, even if they fit them too',
          },
        ]}
        value={a.kind}
        error={errors.kind}
        onChange={set('kind')}
      />
      <DateInput
        name="agreed"
        legend="When did you agree to it?"
        hint="The day you said yes or signed. For example, 2 12 2025."
        value={a.agreed}
        error={errors.agreed}
        onChange={set('agreed')}
      />
      <TextField
        id="price"
        label="How much did you agree to pay in total?"
        hint="In pounds, for example £4,000."
        value={a.price}
        error={errors.price}
        inputMode="decimal"
        onChange={set('price')}
      />
      <Radios
        name="where"
        legend="Where did you agree to it?"
        options={[
          { value: 'home', label: 'At my home, or somewhere else away from the trader’s shop or office' },
          {
            value: 'premises',
            label: 'At the trader’s shop, office or showroom',
            reveal: (
              <Radios
                name="approached"
                legend="Just before, did the trader come up to you at home or in the street?"
                hint="For example, they knocked on your door, then took you to their showroom to sign."
                options={[
                  { value: 'yes', label: 'Yes' },
                  { value: 'no', label: 'No, I went to them' },
                ]}
                value={a.approached}
                error={errors.approached}
                onChange={set('approached')}
              />
            ),
          },
          { value: 'distance', label: 'Online, by phone or by post' },
        ]}
        value={a.where}
        error={errors.where}
        onChange={set('where')}
      />
      <Radios
        name="form"
        legend="Before you agreed, did the trader give you information about your right to cancel, on paper?"
        hint="It tells you that you have 14 days to cancel, and how to do it. It usually comes with a cancellation form. It may be part of the contract, or a separate sheet. An email counts only if you agreed to that."
        options={[
          { value: 'when-agreed', label: 'Yes, before I agreed or when I agreed' },
          {
            value: 'later',
            label: 'Yes, but only after I agreed',
            reveal: (
              <DateInput
                name="form-date"
                legend="When did they give it to you?"
                hint="For example, 9 12 2025."
                value={a.formDate}
                error={errors.formDate}
                onChange={set('formDate')}
              />
            ),
          },
          { value: 'no', label: 'No' },
          { value: 'not-sure', label: 'I’m not sure' },
        ]}
        value={a.form}
        error={errors.form}
        onChange={set('form')}
      />
      {a.kind === 'goods' && (
        <Radios
          name="made-for-you"
          legend="Were the goods made to your own measurements or choices, or personalised for you?"
          hint="For example, made-to-measure windows, or a stairlift made for curved stairs."
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
            { value: 'not-sure', label: 'I’m not sure, or only the trader says so' },
          ]}
          value={a.madeForYou}
          error={errors.madeForYou}
          onChange={set('madeForYou')}
        />
      )}
      {a.kind === 'goods' && (
        <Radios
          name="arrived"
          legend="Have the goods arrived?"
          options={[
            {
              value: 'yes',
              label: 'Yes',
              reveal: (
                <DateInput
                  name="arrived-date"
                  legend="When did they arrive?"
                  hint="If they came in more than one delivery, give the day the last one arrived."
                  value={a.arrivedDate}
                  error={errors.arrivedDate}
                  onChange={set('arrivedDate')}
                />
              ),
            },
            { value: 'no', label: 'No, not yet' },
          ]}
          value={a.arrived}
          error={errors.arrived}
          onChange={set('arrived')}
        />
      )}
      {a.kind === 'services' && (
        <Radios
          name="urgent-repair"
          legend="Did you contact the trader first, and ask them to come and do an urgent repair?"
          hint="For example, you phoned a plumber about a bad water leak. Choose No if they knocked on your door or phoned you first, even if they said the work was urgent."
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
            { value: 'not-sure', label: 'I’m not sure' },
          ]}
          value={a.urgentRepair}
          error={errors.urgentRepair}
          onChange={set('urgentRepair')}
        />
      )}
      {a.kind === 'services' && (
        <Radios
          name="early-start"
          legend="Did you ask in writing for the work to start within the 14 days?"
          hint="For example, you signed a form or sent an email saying they could start straight away."
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
            { value: 'not-sure', label: 'I’m not sure' },
          ]}
          value={a.earlyStart}
          error={errors.earlyStart}
          onChange={set('earlyStart')}
        />
      )}
      <button type="submit">Check my dates</button>
    </form>
  );
}
