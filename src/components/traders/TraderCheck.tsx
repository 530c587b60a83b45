import { useEffect, useRef, useState } from 'react';
import { API_MESSAGES } from '../../lib/traders/api.ts';
import {
  EMPTY_VALUES,
  FIELD_IDS,
  searchProblems,
  summaryLinks,
  valuesFromQuery,
  type FormErrors,
  type FormValues,
} from '../../lib/traders/form-fields.ts';
import { memberKey } from '../../lib/traders/member-id.ts';
import { checkTraderSearch } from '../../lib/traders/search-query.ts';
import type { SearchResponse, TraderResult } from '../../lib/traders/trader-result.ts';
import { CHECK_PATH, UNAVAILABLE } from '../../lib/traders/wording.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { useIslandForm } from '../ui/useIslandForm.ts';
import { fetchMember, fetchSearch } from './api-client.ts';
import { MemberResult, SearchResults } from './Results.tsx';
import { TraderForms } from './TraderForms.tsx';
import './traders.css';

/**
 * "Check a trader": search by name, trade and postcode, and check a membership number, answered in place
 * from the API. The URL follows each answer (/check-a-trader/?trade=…), so Back, refresh and bookmarks
 * work. As built, and until it hydrates, it is the two plain GET forms the results page answers (the same
 * components, without handlers), so they work before the island loads and without JavaScript.
 */

type View =
  | { kind: 'none' }
  | { kind: 'search'; answer: SearchResponse }
  | { kind: 'member'; typed: string; trader: TraderResult | null; sample: boolean };

interface Problems {
  errors: FormErrors;
  problem?: string | undefined;
}

function searchParams(values: FormValues, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'trade', 'postcode'] as const) if (values[key].trim()) params.set(key, values[key].trim());
  if (page > 1) params.set('page', String(page));
  return params;
}

/** What is in the plain forms' boxes now (typed before, or while, the island took over). */
function typedInPlainForms(): Partial<FormValues> {
  const typed: Partial<FormValues> = {};
  for (const key of Object.keys(FIELD_IDS) as (keyof FormValues)[]) {
    const input = document.getElementById(FIELD_IDS[key]);
    if (input instanceof HTMLInputElement && input.value) typed[key] = input.value;
  }
  return typed;
}

export default function TraderCheck() {
  const [values, setValues] = useState<FormValues>(EMPTY_VALUES);
  // A new object each time a check is answered, so focus moves to the summary even if the errors repeat.
  const [problems, setProblems] = useState<Problems>({ errors: {} });
  const [view, setView] = useState<View>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const { errors, problem } = problems;
  const hasErrors = summaryLinks(errors).length > 0 || problem !== undefined;
  const { hydrated, summaryRef } = useIslandForm(hasErrors, problems);

  const showAnswer = (next: View) => {
    setProblems({ errors: {} });
    setView(next);
    focusHeading.current = true;
  };

  const runSearch = async (next: FormValues, page: number, push: boolean) => {
    const params = searchParams(next, page);
    const checked = checkTraderSearch(params);
    if (!checked.ok) {
      setProblems(searchProblems(checked.fields));
      return;
    }
    setBusy(true);
    const outcome = await fetchSearch(params);
    setBusy(false);
    if (outcome.kind === 'invalid') {
      setProblems(searchProblems(outcome.fields));
      return;
    }
    if (outcome.kind === 'failed') {
      setProblems({ errors: {}, problem: UNAVAILABLE });
      return;
    }
    if (push) history.pushState(null, '', `${CHECK_PATH}?${params.toString()}`);
    showAnswer({ kind: 'search', answer: outcome.answer });
  };

  const runMember = async (typed: string, push: boolean) => {
    const trimmed = typed.trim();
    if (memberKey(trimmed) === null) {
      setProblems({ errors: { member: API_MESSAGES.memberInvalid } });
      return;
    }
    setBusy(true);
    const outcome = await fetchMember(trimmed);
    setBusy(false);
    if (outcome.kind === 'invalid') {
      setProblems({ errors: { member: outcome.message } });
      return;
    }
    if (outcome.kind === 'failed') {
      setProblems({ errors: {}, problem: UNAVAILABLE });
      return;
    }
    if (push) history.pushState(null, '', `${CHECK_PATH}?${new URLSearchParams({ member: trimmed }).toString()}`);
    const trader = outcome.kind === 'found' ? outcome.trader : null;
    showAnswer({ kind: 'member', typed: trimmed, trader, sample: outcome.sample });
  };

  // Answer whatever the address asks for: on load, and on Back and Forward. On load, anything already
  // typed into the plain forms (before the island took over) is kept: read again when the state is set, as
  // a quick typist can type between the island starting and its first update landing.
  const fromLocation = (onLoad = false) => {
    const params = new URLSearchParams(location.search);
    const asked = valuesFromQuery(params);
    const next = (typed: Partial<FormValues>): FormValues => {
      const values: FormValues = { ...EMPTY_VALUES };
      for (const key of Object.keys(values) as (keyof FormValues)[]) {
        values[key] = params.has(key) ? asked[key] : (typed[key] ?? '');
      }
      return values;
    };
    const now = next(onLoad ? typedInPlainForms() : {});
    setValues(onLoad ? () => next(typedInPlainForms()) : now);
    if (params.has('member')) void runMember(now.member, false);
    else if (now.q || now.trade || now.postcode) void runSearch(now, Number(params.get('page') ?? '1') || 1, false);
    else {
      setView({ kind: 'none' });
      setProblems({ errors: {} });
    }
  };

  useEffect(() => {
    fromLocation(true);
    const onPopState = () => {
      fromLocation();
    };
    addEventListener('popstate', onPopState);
    return () => {
      removeEventListener('popstate', onPopState);
    };
    // Runs once: fromLocation reads the address, not React state.
  }, []);

  // Focus follows the answer to its heading, as GOV.UK does (the hook moves it to the error summary).
  useEffect(() => {
    if (!hydrated || !focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [view, hydrated]);

  const onChange = (key: keyof FormValues, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
  };
  // Until the island has taken over, the same forms, but already reporting what is typed: a quick typist's
  // words reach the state, so the island's forms that replace these start with them.
  if (!hydrated) return <TraderForms values={values} errors={{}} onChange={onChange} />;

  const links = summaryLinks(errors).map((link) => ({
    ...link,
    onFollow: () => document.getElementById(FIELD_IDS[link.field])?.focus(),
  }));

  return (
    <div className="trader-check">
      <ErrorSummary errors={links} problem={problem} summaryRef={summaryRef} />
      <TraderForms
        values={values}
        errors={errors}
        busy={busy}
        onChange={onChange}
        onSearch={() => void runSearch(values, 1, true)}
        onMember={() => void runMember(values.member, true)}
      />
      <p className="visually-hidden" role="status">
        {busy ? 'Checking the register…' : ''}
      </p>
      {view.kind === 'search' && (
        <SearchResults
          answer={view.answer}
          headingRef={headingRef}
          onPage={(page) => {
            const { q, trade, postcode, place } = view.answer.query;
            const typedPlace = place?.typed ?? postcode ?? '';
            void runSearch({ ...EMPTY_VALUES, q: q ?? '', trade: trade ?? '', postcode: typedPlace }, page, true);
          }}
          onSuggest={(s) => {
            const next = { ...EMPTY_VALUES, q: s.q ?? '', trade: s.trade ?? '', postcode: s.postcode ?? '' };
            setValues(next);
            void runSearch(next, 1, true);
          }}
        />
      )}
      {view.kind === 'member' && (
        <MemberResult typed={view.typed} trader={view.trader} sample={view.sample} headingRef={headingRef} />
      )}
    </div>
  );
}
