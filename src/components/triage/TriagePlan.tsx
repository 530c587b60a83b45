import { Fragment } from 'react';
import { CONTACTS, type ContactId } from '../../lib/contacts/contacts.ts';
import { backHref, linkLabel, TRIAGE_PATH, type PageTitles } from '../../lib/triage/links.ts';
import { PLAN_HEADING, type Plan } from '../../lib/triage/plan.ts';
import type { Answers } from '../../lib/triage/questions.ts';
import type { Step } from '../../lib/triage/steps.ts';
import { BackLink } from './BackLink.tsx';
import { PlanCall } from './PlanCall.tsx';

/**
 * The plan as a page: numbered steps, each with the number in full (a tel: link) and its hours, what to
 * do or say, and the page that explains more; then support, and a "write it down" sheet to fill in by
 * hand. It prints on one sheet of A4 (triage.css).
 */

/** What to write down before it is forgotten: what the bank, Report Fraud or the police will ask. */
const WRITE_IT_DOWN = [
  'The date and time',
  'What was said',
  'How much, and how it was paid',
  'Names and numbers they used',
  'Reference numbers you are given',
] as const;
/** The box that needs the most room: printed across the sheet. */
const WIDE = 'What was said';

const SUPPORT: readonly ContactId[] = ['beacon', 'victim-support'];

function labelOf(href: string, titles: PageTitles): string {
  const label = linkLabel(href, titles);
  if (!label) throw new Error(`No label for the plan link ${href}`);
  return label;
}

function StepLinks({ step, titles }: { step: Step; titles: PageTitles }) {
  const links = [step.href, step.more].filter((h): h is string => Boolean(h));
  if (links.length === 0) return null;
  return (
    <p className="plan-step__more">
      {links.map((href) => (
        <Fragment key={href}>
          <a href={href}>
            {href.startsWith('mailto:') ? `Email ${labelOf(href, titles)}` : `Read more: ${labelOf(href, titles)}`}
          </a>{' '}
        </Fragment>
      ))}
    </p>
  );
}

/** The first sentence, the action, in bold; the rest in plain type, so a long step stays easy to read. */
function StepText({ text }: { text: string }) {
  const end = text.search(/[.?!](?=\s)/);
  if (end === -1) return <strong>{text}</strong>;
  return (
    <>
      <strong>{text.slice(0, end + 1)}</strong>
      {text.slice(end + 1)}
    </>
  );
}

function PlanStep({ step, titles }: { step: Step; titles: PageTitles }) {
  return (
    <li className="plan-step" data-step={step.id}>
      <p className="plan-step__text">
        <StepText text={step.text} />
      </p>
      {step.contact && <PlanCall contact={step.contact} />}
      <StepLinks step={step} titles={titles} />
    </li>
  );
}

/** `titles`: the site's page titles, so each "Read more" link says its page's own title. */
export function TriagePlan({ plan, answers, titles }: { plan: Plan; answers: Answers; titles: PageTitles }) {
  return (
    <>
      <BackLink href={backHref(answers, null)} />
      <div className="triage-plan">
        <h1>{PLAN_HEADING}</h1>
        <p className="plan-lead">Do these things in this order. Start with number 1.</p>
        <ol className="plan-steps">
          {plan.steps.map((step) => (
            <PlanStep key={step.id} step={step} titles={titles} />
          ))}
        </ol>
        <h2>Get support</h2>
        <p>Support is free. You do not have to deal with this alone.</p>
        <ul className="plan-support">
          {SUPPORT.map((id) => (
            <li key={id}>
              <p>{CONTACTS[id].when}.</p>
              <PlanCall contact={id} />
            </li>
          ))}
        </ul>
        <h2>Write it down</h2>
        <p>Fill this in by hand, while you remember. Have it with you when you call.</p>
        <dl className="write-it-down">
          {WRITE_IT_DOWN.map((label) => (
            <div key={label} className={label === WIDE ? 'write-it-down__wide' : undefined}>
              <dt>{label}</dt>
              <dd></dd>
            </div>
          ))}
        </dl>
        <div className="plan-actions no-print">
          <p>To keep this plan, print it, or save this page as a bookmark.</p>
          <p>
            <a href={TRIAGE_PATH}>Start again</a>
          </p>
        </div>
      </div>
    </>
  );
}
