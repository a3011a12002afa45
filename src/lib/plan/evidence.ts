/** A progress update's evidence as links readers can follow; items not public (drafts, future) are left out. */
import { EVIDENCE_LINK_KINDS, type ProgressUpdateData } from '../../schemas/progress-update.ts';
import { urls } from '../urls.ts';
import type { Entry } from './counting.ts';

export interface EvidenceLink {
  /** "Tin tức", "Văn bản"… */
  kind: string;
  title: string;
  href: string;
}

type Titled = Entry<{ title: string }>;

export function evidenceLinks(
  evidence: ProgressUpdateData['evidence'],
  content: { news: readonly Titled[]; articles: readonly Titled[]; events: readonly Titled[] },
): EvidenceLink[] {
  const linked = (ids: readonly string[], entries: readonly Titled[], kind: string, href: (id: string) => string) =>
    ids.flatMap((id) => {
      const entry = entries.find((e) => e.id === id);
      return entry ? [{ kind, title: entry.data.title, href: href(id) }] : [];
    });
  return [
    ...linked(evidence.news, content.news, 'Tin tức', urls.news),
    ...linked(evidence.articles, content.articles, 'Bài viết', urls.article),
    ...linked(evidence.events, content.events, 'Sự kiện', urls.event),
    ...evidence.links.map((link) => ({ kind: EVIDENCE_LINK_KINDS[link.kind], title: link.title, href: link.url })),
  ];
}
