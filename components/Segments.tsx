// Search snippets arrive as segments ({text, hit}); they become text nodes and <mark> elements — never HTML,
// so a title or snippet containing "<script>" is shown as those characters.
import type { Segment } from '../utils/library';

export type { Segment };

export function Segments({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i} class="hit">{s.text}</mark> : s.text))}
    </>
  );
}
