import { PhoneNumber } from '../PhoneNumber.tsx';
import { NOT_LISTED, SAMPLE_NOTICE } from '../../lib/traders/wording.ts';

/** Shown wherever results appear while the register is the fictional sample. */
export function SampleNotice({ sample }: { sample: boolean }) {
  if (!sample) return null;
  return (
    <div className="warning trader-sample" role="note">
      <span className="warning__icon" aria-hidden="true">
        !
      </span>
      <p>
        <span className="visually-hidden">Warning: </span>
        {SAMPLE_NOTICE}
      </p>
    </div>
  );
}

/**
 * What to do when the trader is not found: check them another way, never use a doorstep caller; call
 * Citizens Advice. Once on any answer, so its heading's id is fixed: the island and the no-JavaScript page
 * give the same markup (a generated id would depend on where in the tree it was rendered).
 */
export function NotListed() {
  return (
    <section className="callout callout--action" aria-labelledby="not-listed-heading">
      <h2 id="not-listed-heading">{NOT_LISTED.heading}</h2>
      <p>
        {NOT_LISTED.text} <PhoneNumber id={NOT_LISTED.contact} />.
      </p>
    </section>
  );
}
