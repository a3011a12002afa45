/**
 * Open Graph (https://ogp.me/) and Twitter card tags for a page head. Every
 * page gets an image: its own when it has one, the default card otherwise.
 */
export interface ShareImage {
  url: string;
  alt: string;
  width: number;
  height: number;
  type: string;
}

export interface HeadInput {
  /** The full <title>. */
  title: string;
  description: string;
  canonical: string;
  siteName: string;
  image: ShareImage;
  /** "article" for news items and articles, "website" for everything else. */
  type: 'website' | 'article';
  publishedAt?: Date | undefined;
  updatedAt?: Date | undefined;
  /** The page's language (its `<html lang>`) and the languages it has alternates in (hreflang). */
  lang: PageLang;
  alternateLangs?: readonly PageLang[];
}

/** The languages the site publishes pages in. */
export type PageLang = 'vi' | 'en';

/**
 * Open Graph locales (language_TERRITORY, https://ogp.me/#optional): the site
 * speaks for a Vietnamese agency, so its one English page is en_US, the
 * default Open Graph readers assume for English.
 */
const OG_LOCALES: Record<PageLang, string> = { vi: 'vi_VN', en: 'en_US' };

/** One <meta>: Open Graph uses property=, Twitter uses name=. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export function socialMeta(input: HeadInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  const article = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `article:${key}`, content });
  return [
    og('type', input.type),
    og('site_name', input.siteName),
    og('locale', OG_LOCALES[input.lang]),
    ...(input.alternateLangs ?? []).filter((lang) => lang !== input.lang).map((lang) => og('locale:alternate', OG_LOCALES[lang])),
    og('title', input.title),
    og('description', input.description),
    og('url', input.canonical),
    og('image', input.image.url),
    og('image:type', input.image.type),
    og('image:width', String(input.image.width)),
    og('image:height', String(input.image.height)),
    og('image:alt', input.image.alt),
    ...(input.type === 'article' && input.publishedAt ? [article('published_time', input.publishedAt.toISOString())] : []),
    ...(input.type === 'article' && input.updatedAt ? [article('modified_time', input.updatedAt.toISOString())] : []),
    tw('card', 'summary_large_image'),
    tw('title', input.title),
    tw('description', input.description),
    tw('image', input.image.url),
    tw('image:alt', input.image.alt),
  ];
}
