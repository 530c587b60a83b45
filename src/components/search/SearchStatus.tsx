/** The status line: what the search is doing or found, announced politely as it changes. */
export function SearchStatus({ message }: { message: string }) {
  return (
    <p className="search-page__status" role="status" aria-live="polite">
      {message}
    </p>
  );
}
