// A headed list of files (an article's attachments, a data page's files): http(s) links only, each opening in a new
// tab under its name (or its address when it has none).
import type { Attachment } from '../utils/model/article';
import { safeHttpUrl } from '../utils/ui/safe-url';

export function FileLinks({ files, heading, headingId }: { files: Attachment[]; heading: string; headingId: string }) {
  const links = files.filter((f) => safeHttpUrl(f.href));
  if (!links.length) return null;
  return (
    <section class="attachments" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {links.map((f, i) => (
          <li key={i}>
            <a href={safeHttpUrl(f.href) ?? undefined} target="_blank" rel="noopener noreferrer">
              {f.name || f.href}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
