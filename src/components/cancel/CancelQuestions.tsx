import type { RefObject, SyntheticEvent } from 'react';
import { orderedErrors, type CalculatorAnswers, type QuestionErrors } from '../../lib/cancellation/form.ts';
import { CANCEL_PATH, fromFormValue, INFO_VALUES, WHERE_VALUES } from '../../lib/cancellation/query.ts';
import { Button } from '../ui/Button.tsx';
import { DateInput } from '../ui/DateInput.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Radios } from '../ui/Radios.tsx';
import { TextInput } from '../ui/TextInput.tsx';

interface Props {
  answers: CalculatorAnswers;
  errors: QuestionErrors;
  summaryRef?: RefObject<HTMLDivElement | null>;
  /**
   * The island passes both: it keeps the answers and checks them itself. Without them (the page as built,
   * and the no-JavaScript answer) this is a plain GET form to the page, answered by the Worker, with every
   * question and every follow-up showing, since nothing could show them later.
   */
  onChange?: (answers: CalculatorAnswers) => void;
  onSubmit?: () => void;
}

const YES_NO_NOT_SURE = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'I’m not sure' },
] as const;

/** The calculator's questions, with the error summary above them. Field names are the contract's. */
export function CancelQuestions({ answers: a, errors, summaryRef, onChange, onSubmit }: Props) {
  const live = onChange !== undefined;
  const set = <K extends keyof CalculatorAnswers>(key: K) =>
    onChange &&
    ((value: CalculatorAnswers[K]) => {
      onChange({ ...a, [key]: value });
    });
  const submit =
    onSubmit &&
    ((event: SyntheticEvent<HTMLFormElement>) => {
      event.preventDefault();
      onSubmit();
    });
  const setWhere = set('where');
  const setForm = set('form');
  const goods = !live || a.kind === 'goods';
  const services = !live || a.kind === 'services';

  return (
    <form className="cancel-questions" method="get" action={CANCEL_PATH} noValidate onSubmit={submit}>
      <ErrorSummary errors={orderedErrors(errors)} summaryRef={summaryRef} autoFocus={!live} />
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
        name="agreedOn"
        legend="When did you agree to it?"
        hint="The day you said yes or signed. For example, 2 12 2025."
        value={a.agreed}
        error={errors.agreed}
        onChange={set('agreed')}
      />
      <TextInput
        id="price"
        label="How much did you agree to pay in total?"
        hint="In pounds, for example £4,000."
        value={a.price}
        error={errors.price}
        inputMode="decimal"
        onChange={set('price')}
      />
      <Radios
        name="offPremises"
        legend="Where did you agree to it?"
        hint="The 14-day right covers a contract you agreed with the trader there with you, away from their shop or office. The law calls this “off-premises”."
        revealAll={!live}
        options={[
          {
            value: 'yes',
            label: 'At my home, or somewhere else away from the trader’s shop or office',
            hint: 'The trader was with me when I said yes or signed, or I said yes straight after they left.',
          },
          {
            value: 'no',
            label: 'At the trader’s shop, office or showroom',
            reveal: (
              <Radios
                name="approachedAwayFromPremises"
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
          {
            value: 'later',
            label: 'The trader came to my home, but I said yes later, by phone, email or text',
            hint: 'For example, they gave me a quote, and I rang them the next day to say yes.',
          },
          { value: 'distance', label: 'Online, by phone or by post, and I never met the trader' },
        ]}
        value={a.where && WHERE_VALUES[a.where]}
        error={errors.where}
        onChange={
          setWhere &&
          ((v) => {
            setWhere(fromFormValue(WHERE_VALUES, v));
          })
        }
      />
      <Radios
        name="infoGiven"
        legend="Before you agreed, did the trader give you information about your right to cancel, on paper?"
        hint="It tells you that you have 14 days to cancel, and how to do it. It usually comes with a cancellation form. It may be part of the contract, or a separate sheet. An email counts only if you agreed to that."
        revealAll={!live}
        options={[
          { value: 'yes', label: 'Yes, before I agreed or when I agreed' },
          {
            value: 'later',
            label: 'Yes, but only after I agreed',
            reveal: (
              <DateInput
                name="infoGivenOn"
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
        value={a.form && INFO_VALUES[a.form]}
        error={errors.form}
        onChange={
          setForm &&
          ((v) => {
            setForm(fromFormValue(INFO_VALUES, v));
          })
        }
      />
      {!live && <h3>If you bought goods</h3>}
      {goods && (
        <Radios
          name="madeToSpecification"
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
      {goods && (
        <Radios
          name="goodsArrived"
          legend="Have the goods arrived?"
          revealAll={!live}
          options={[
            {
              value: 'yes',
              label: 'Yes',
              reveal: (
                <DateInput
                  name="goodsReceivedOn"
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
      {!live && <h3>If you agreed to work or a service</h3>}
      {services && (
        <Radios
          name="urgentRepairRequested"
          legend="Did you contact the trader first, and ask them to come and do an urgent repair?"
          hint="For example, you phoned a plumber about a bad water leak. Choose No if they knocked on your door or phoned you first, even if they said the work was urgent."
          options={YES_NO_NOT_SURE}
          value={a.urgentRepair}
          error={errors.urgentRepair}
          onChange={set('urgentRepair')}
        />
      )}
      {services && (
        <Radios
          name="earlyStart"
          legend="Did you ask in writing for the work to start within the 14 days?"
          hint="For example, you signed a form or sent an email saying they could start straight away."
          options={YES_NO_NOT_SURE}
          value={a.earlyStart}
          error={errors.earlyStart}
          onChange={set('earlyStart')}
        />
      )}
      <Button>Check my dates</Button>
    </form>
  );
}
