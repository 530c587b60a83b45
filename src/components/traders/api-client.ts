import { apiErrorSchema } from '../../lib/web/api-error.ts';
import * as z from '../../lib/validation.ts';
import {
  memberResponseSchema,
  searchResponseSchema,
  type SearchResponse,
  type TraderResult,
} from '../../lib/traders/trader-result.ts';

/** The island's calls to the trader API, each answer checked against the shared schemas. */

export type SearchOutcome =
  | { kind: 'results'; answer: SearchResponse }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'failed' };

export type MemberOutcome =
  | { kind: 'found'; trader: TraderResult; sample: boolean }
  | { kind: 'not-found'; sample: boolean }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed' };

/** The contract's error answer; a 404 for a member also says whether the register is the sample. */
const errorSchema = z.extend(apiErrorSchema, { register: z.optional(z.object({ sample: z.boolean() })) });

async function getJson(path: string): Promise<{ status: number; body: unknown } | null> {
  try {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    return { status: res.status, body: await res.json() };
  } catch {
    return null;
  }
}

export async function fetchSearch(params: URLSearchParams): Promise<SearchOutcome> {
  const answer = await getJson(`/api/traders?${params.toString()}`);
  if (answer?.status === 200) {
    const parsed = searchResponseSchema.safeParse(answer.body);
    if (parsed.success) return { kind: 'results', answer: parsed.data };
  }
  if (answer?.status === 400) {
    const parsed = errorSchema.safeParse(answer.body);
    if (parsed.success)
      return { kind: 'invalid', fields: parsed.data.error.fields ?? { q: parsed.data.error.message } };
  }
  return { kind: 'failed' };
}

export async function fetchMember(typed: string): Promise<MemberOutcome> {
  const answer = await getJson(`/api/traders/${encodeURIComponent(typed)}`);
  if (answer?.status === 200) {
    const parsed = memberResponseSchema.safeParse(answer.body);
    if (parsed.success) return { kind: 'found', trader: parsed.data.trader, sample: parsed.data.register.sample };
  }
  if (answer?.status === 404 || answer?.status === 400) {
    const parsed = errorSchema.safeParse(answer.body);
    if (parsed.success) {
      return answer.status === 404
        ? { kind: 'not-found', sample: parsed.data.register?.sample ?? false }
        : { kind: 'invalid', message: parsed.data.error.message };
    }
  }
  return { kind: 'failed' };
}
