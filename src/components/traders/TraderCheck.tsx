import { useEffect, useRef, useState, type ReactNode } from 'react';
import { API_MESSAGES } from '../../lib/traders/api.ts';
import { memberKey } from '../../lib/traders/member-id.ts';
import { checkTraderSearch, MESSAGES } from '../../lib/traders/search-query.ts';
import type { SearchResponse, TraderResult } from '../../lib/traders/trader-result.ts';
import { CHECK_PATH, UNAVAILABLE } from '../../lib/traders/wording.ts';
import { fetchMember, fetchSearch } from './api-client.ts';
import { ErrorSummary, type IslandSummaryError } from '../ui/ErrorSummary.tsx';
import { MemberResult, SearchResults } from './Results.tsx';
import { TraderForms, type Errors, type Values } from './TraderForms.tsx';
import './traders.css';

/**
 * "Check a trader": search by name, trade and postcode, and check a membership number, answered in place
 * from the API. The URL follows each answer (/check-a-trader/?trade=…), so Back, refresh and bookmarks
 * work. Until the island loads (or without JavaScript) the page shows its children: the same two forms as
 * plain GET forms, answered by the results page.
 */

interface Props {
  /** The plain forms, shown until the island takes over. */
  children?: ReactNode;
}

type View =
  | { kind: 'none' }
  | { kind: 'search'; answer: SearchResponse }
  | { kind: 'member'; typed: string; trader: TraderResult | null; sample: boolean };

const EMPTY: Values = { q: '', trade: '', postcode: '', member: '' };
const FIELD_IDS: Record<keyof Values, string> = {
  q: 'trader-q',
  trade: 'trader-trade',
  postcode: 'trader-postcode',
  member: 'trader-member',
};

function searchParams(values: Values, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'trade', 'postcode'] as const) if (values[key].trim()) params.set(key, values[key].trim());
  if (page > 1) params.set('page', String(page));
  return params;
}

export default function TraderCheck({ children }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [view, setView] = useState<View>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const baseTitle = useRef('');
  const focusAfter = useRef(false);

  const showProblem = (fields: Errors, message?: string) => {
    setErrors(fields);
    setProblem(message);
    focusAfter.current = true;
  };

  const runSearch = async (next: Values, page: number, push: boolean) => {
    const params = searchParams(next, page);
    const parsed = checkTraderSearch(params);
    if (!parsed.ok) {
      const { q, trade, postcode } = parsed.fields;
      showProblem({ q, trade, postcode }, q || trade || postcode ? undefined : MESSAGES.invalid);
      return;
    }
    setBusy(true);
    const outcome = await fetchSearch(params);
    setBusy(false);
    if (outcome.kind === 'invalid') {
      showProblem(outcome.fields);
      return;
    }
    if (outcome.kind === 'failed') {
      showProblem({}, UNAVAILABLE);
      return;
    }
    if (push) history.pushState(null, '', `${CHECK_PATH}?${params.toString()}`);
    showProblem({});
    setView({ kind: 'search', answer: outcome.answer });
  };

  const runMember = async (typed: string, push: boolean) => {
    const trimmed = typed.trim();
    if (memberKey(trimmed) === null) {
      showProblem({ member: API_MESSAGES.memberInvalid });
      return;
    }
    setBusy(true);
    const outcome = await fetchMember(trimmed);
    setBusy(false);
    if (outcome.kind === 'invalid') {
      showProblem({ member: outcome.message });
      return;
    }
    if (outcome.kind === 'failed') {
      showProblem({}, UNAVAILABLE);
      return;
    }
    if (push) history.pushState(null, '', `${CHECK_PATH}?${new URLSearchParams({ member: trimmed }).toString()}`);
    showProblem({});
    const trader = outcome.kind === 'found' ? outcome.trader : null;
    setView({ kind: 'member', typed: trimmed, trader, sample: outcome.sample });
  };

  // Answer whatever the address asks for: on load, and on Back and Forward. On load, anything already
  // typed into the plain forms (before the island took over) is kept.
  const fromLocation = (typed: Partial<Values> = {}) => {
    const params = new URLSearchParams(location.search);
    const next: Values = {
      q: params.get('q') ?? typed.q ?? '',
      trade: params.get('trade') ?? typed.trade ?? '',
      postcode: params.get('postcode') ?? typed.postcode ?? '',
      member: params.get('member') ?? typed.member ?? '',
    };
    setValues(next);
    if (params.has('member')) void runMember(next.member, false);
    else if (next.q || next.trade || next.postcode) void runSearch(next, Number(params.get('page') ?? '1') || 1, false);
    else {
      setView({ kind: 'none' });
      showProblem({});
      focusAfter.current = false;
    }
  };

  useEffect(() => {
    baseTitle.current = document.title.replace(/^Error: /, '');
    const typed: Partial<Values> = {};
    for (const key of Object.keys(FIELD_IDS) as (keyof Values)[]) {
      const input = document.getElementById(FIELD_IDS[key]);
      if (input instanceof HTMLInputElement && input.value) typed[key] = input.value;
    }
    setHydrated(true);
    fromLocation(typed);
    const onPopState = () => {
      fromLocation();
    };
    addEventListener('popstate', onPopState);
    return () => {
      removeEventListener('popstate', onPopState);
    };
    // Runs once: fromLocation reads the address, not React state.
  }, []);

  // Focus follows the answer, as GOV.UK does: the error summary, or the results heading.
  const hasErrors = Object.values(errors).some(Boolean) || problem !== undefined;
  useEffect(() => {
    if (!hydrated) return;
    document.title = hasErrors ? `Error: ${baseTitle.current}` : baseTitle.current;
    if (!focusAfter.current) return;
    focusAfter.current = false;
    if (hasErrors) summaryRef.current?.focus();
    else headingRef.current?.focus();
  }, [errors, problem, view, hydrated, hasErrors]);

  if (!hydrated) return <>{children}</>;

  const items: IslandSummaryError[] = (Object.keys(FIELD_IDS) as (keyof Values)[])
    .filter((k) => errors[k])
    .map((k) => ({
      href: `#${FIELD_IDS[k]}`,
      message: errors[k] ?? '',
      onFollow: () => document.getElementById(FIELD_IDS[k])?.focus(),
    }));

  return (
    <div className="trader-check">
      <ErrorSummary errors={items} problem={problem} summaryRef={summaryRef} />
      <TraderForms
        values={values}
        errors={errors}
        busy={busy}
        onChange={(key, value) => {
          setValues((v) => ({ ...v, [key]: value }));
        }}
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
            void runSearch({ ...EMPTY, q: q ?? '', trade: trade ?? '', postcode: typedPlace }, page, true);
          }}
          onSuggest={(s) => {
            const next = { ...EMPTY, q: s.q ?? '', trade: s.trade ?? '', postcode: s.postcode ?? '' };
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
