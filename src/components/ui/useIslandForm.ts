import { useEffect, useRef, useState } from 'react';

export interface IslandFormOptions {
  /** A title of the island's own before the page's (a step's question, in a step-by-step island). */
  titlePrefix?: string | undefined;
}

/**
 * What every form island needs, once: whether it has hydrated (controls that need the island stay
 * disabled until then, as Starlight's Search.astro), "Error: " before the page title while errors show,
 * and focus moved to the error summary when they appear (GOV.UK). `errorKey` changes each time the
 * form is checked and fails, so focus moves again even if the same errors come back.
 */
export function useIslandForm(hasErrors: boolean, errorKey: unknown, options: IslandFormOptions = {}) {
  const { titlePrefix } = options;
  const [hydrated, setHydrated] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const baseTitle = useRef('');

  useEffect(() => {
    baseTitle.current = document.title.replace(/^Error: /, '');
    setHydrated(true);
  }, []);

  useEffect(() => {
    if (!hydrated) return;
    const title = titlePrefix ? `${titlePrefix} – ${baseTitle.current}` : baseTitle.current;
    document.title = hasErrors ? `Error: ${title}` : title;
  }, [hasErrors, titlePrefix, hydrated]);

  useEffect(() => {
    if (hydrated && hasErrors) summaryRef.current?.focus();
  }, [hasErrors, errorKey, hydrated]);

  return { hydrated, summaryRef };
}
