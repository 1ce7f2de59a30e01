import type { SearchSnippet } from '../../../../../shared/search/searchIndex';

/** A search snippet with its matched words marked (`<mark>`), as plain text otherwise. */
export function HighlightedSnippet({ snippet }: { snippet: SearchSnippet }) {
  const { text, highlight } = snippet;
  if (highlight === null) {
    return <>{text}</>;
  }
  return (
    <>
      {text.slice(0, highlight.start)}
      <mark>{text.slice(highlight.start, highlight.end)}</mark>
      {text.slice(highlight.end)}
    </>
  );
}
