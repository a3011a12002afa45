/**
 * A synthetic corpus for the benchmark: N Vietnamese news items and articles
 * with realistic lengths (a few hundred to about 1,500 words), diacritics,
 * headings, lists, tags from the real tag list, a cover on one item in eight
 * and a picture inside the body of one in twenty: every picture a distinct
 * phone-sized photo (photos.ts), as on a real site. The text is deterministic
 * (seeded), so two runs build the same site. Written into a temporary content
 * folder, never into content/.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';
import { ARTICLE_CATEGORIES } from '../../src/schemas/publication.ts';
import { folderBytes } from './measure.ts';
import { writePhoto } from './photos.ts';

/** mulberry32: a small seeded generator, enough for picking words. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Sở Khoa học và Công nghệ', 'UBND huyện Lục Nam', 'các doanh nghiệp trên địa bàn tỉnh',
  'tổ chức kiểm định được chỉ định', 'Ban quản lý chợ', 'Phòng Kinh tế Hạ tầng', 'người tiêu dùng', 'cơ sở kinh doanh xăng dầu',
  'đoàn kiểm tra liên ngành', 'các cơ sở sản xuất hàng đóng gói sẵn', 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
];
const VERBS = [
  'đã phối hợp tổ chức', 'tiếp tục triển khai', 'hoàn thành việc', 'đề xuất hỗ trợ', 'tăng cường kiểm tra', 'hướng dẫn thực hiện',
  'rà soát và cập nhật', 'tuyên truyền, phổ biến', 'đánh giá kết quả', 'xây dựng kế hoạch',
];
const OBJECTS = [
  'kiểm định lưu động cân thông dụng tại chợ', 'hiệu chuẩn phương tiện đo nhóm 2', 'chương trình đảm bảo đo lường cho doanh nghiệp',
  'đo lường trong kinh doanh vàng bạc', 'đồng hồ đo nước lạnh', 'cột đo nhiên liệu tại cửa hàng xăng dầu', 'chuẩn đo lường khối lượng',
  'đào tạo kỹ thuật viên đo lường', 'quy định về phương tiện đo', 'lượng của hàng đóng gói sẵn', 'công tơ điện xoay chiều',
  'taximet trên xe ô tô', 'huyết áp kế và nhiệt kế y học',
];
const TAILS = [
  'nhằm bảo đảm quyền lợi người tiêu dùng', 'theo Kế hoạch năm 2022', 'trong quý này', 'trên địa bàn tỉnh Bắc Giang',
  'góp phần nâng cao năng lực đo lường', 'theo đúng quy định của Luật Đo lường', 'với sự tham gia của nhiều đơn vị',
  'đạt kết quả tích cực', 'để doanh nghiệp chủ động thực hiện', 'từ nguồn kinh phí sự nghiệp khoa học',
];
const HEADINGS = ['Kết quả đạt được', 'Những khó khăn, vướng mắc', 'Nhiệm vụ thời gian tới', 'Ý kiến của doanh nghiệp', 'Một số lưu ý cho người tiêu dùng', 'Cơ sở pháp lý'];
const AUTHORS = ['Nguyễn Thị Hương', 'Trần Văn Minh', 'Lê Thu Trang', 'Phạm Quốc Khánh', 'Chi cục Tiêu chuẩn Đo lường Chất lượng'];

type Pick = <T>(list: readonly T[]) => T;

function sentence(pick: Pick): string {
  const text = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(pick: Pick, next: () => number): string {
  return Array.from({ length: 3 + Math.floor(next() * 5) }, () => sentence(pick)).join(' ');
}

/** A body of 4–16 paragraphs (roughly 300 to 1,500 words) with headings, a list, some bold and maybe a picture (Markdown). */
function body(pick: Pick, next: () => number, picture: string | undefined): string {
  const blocks: string[] = [];
  const paragraphs = 4 + Math.floor(next() * 13);
  for (let i = 0; i < paragraphs; i += 1) {
    if (i > 0 && i % 4 === 0) blocks.push(`## ${pick(HEADINGS)}`);
    blocks.push(i === 1 ? `**${sentence(pick)}** ${paragraph(pick, next)}` : paragraph(pick, next));
    if (i === 2) blocks.push(Array.from({ length: 3 }, () => `- ${sentence(pick)}`).join('\n'));
    if (i === 1 && picture) blocks.push(`![Ảnh minh họa: ${pick(OBJECTS)}](../${CONTENT_FOLDERS.images}/${picture})`);
  }
  return blocks.join('\n\n');
}

const yamlString = (text: string) => JSON.stringify(text);

export interface CorpusSummary {
  news: number;
  articles: number;
  withCover: number;
  /** Distinct photos (covers and pictures in bodies), each a phone-sized JPEG. */
  photos: number;
  photoBytes: number;
}

export interface CorpusOptions {
  /** One item in `coverEvery` has a cover (0: none). */
  coverEvery: number;
  /** One item in `pictureEvery` has a picture in its body (0: none). */
  pictureEvery: number;
  /** Every item dated the corpus's newest day (the day before the build's), as an item published now; otherwise spread over the four years before it. */
  newestDay?: boolean;
}

export const DEFAULT_CORPUS: CorpusOptions = { coverEvery: 8, pictureEvery: 20 };

const padded = (n: number) => String(n + 1).padStart(6, '0');

/** Item number `i`'s cover or body photo: distinct files, distinct pictures. */
async function photoFor(contentDir: string, kind: 'bia' | 'bai', i: number): Promise<string> {
  const name = `anh-${kind}-${padded(i)}.jpg`;
  await writePhoto(join(contentDir, CONTENT_FOLDERS.images), name, (kind === 'bia' ? 0 : 1) + 2 * i);
  return name;
}

/**
 * Writes items number `from` … `from + count - 1` (about 70 % news, 30 %
 * articles) into `contentDir`, whose skeleton (tags…) is already there, and
 * adds what it wrote to `summary`.
 */
async function writeItems(contentDir: string, from: number, count: number, buildDate: string, options: CorpusOptions, summary: CorpusSummary, seed: number): Promise<void> {
  const next = random(seed);
  const pick: Pick = (list) => list[Math.floor(next() * list.length)] as (typeof list)[number];
  const tagIds = readdirSync(join(contentDir, CONTENT_FOLDERS.tags)).map((file) => file.replace(/\.ya?ml$/, ''));
  const categories = Object.keys(ARTICLE_CATEGORIES);
  const last = Date.parse(`${buildDate}T00:00:00+07:00`) - 86_400_000;
  for (const folder of [CONTENT_FOLDERS.news, CONTENT_FOLDERS.articles]) mkdirSync(join(contentDir, folder), { recursive: true });

  for (let i = from; i < from + count; i += 1) {
    const isArticle = next() < 0.3;
    const title = `${sentence(pick).slice(0, -1)} (${i + 1})`;
    const daysBefore = Math.floor(next() * 4 * 365);
    const day = new Date(last - (options.newestDay ? 0 : daysBefore) * 86_400_000).toISOString().slice(0, 10);
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(tagIds)))];
    const cover = options.coverEvery > 0 && i % options.coverEvery === 0 ? await photoFor(contentDir, 'bia', i) : undefined;
    const picture = options.pictureEvery > 0 && i % options.pictureEvery === options.pictureEvery - 1 ? await photoFor(contentDir, 'bai', i) : undefined;
    const lines = [
      '---',
      `uid: bench-${isArticle ? 'bai' : 'tin'}-${padded(i)}`,
      `title: ${yamlString(title)}`,
      `summary: ${yamlString(`${sentence(pick)} ${sentence(pick)}`.slice(0, 290))}`,
      `publishedAt: ${day}`,
      `author: ${yamlString(pick(AUTHORS))}`,
      `tags: [${tags.join(', ')}]`,
      ...(isArticle ? [`category: ${pick(categories)}`] : []),
      ...(cover ? ['cover:', `  src: ../${CONTENT_FOLDERS.images}/${cover}`, `  alt: ${yamlString(`Hình minh họa: ${pick(OBJECTS)}`)}`] : []),
      '---',
      body(pick, next, picture),
      '',
    ];
    const folder = isArticle ? CONTENT_FOLDERS.articles : CONTENT_FOLDERS.news;
    writeFileSync(join(contentDir, folder, `bai-thu-nghiem-${padded(i)}.md`), lines.join('\n'));
    if (isArticle) summary.articles += 1;
    else summary.news += 1;
    if (cover) summary.withCover += 1;
    summary.photos += Number(Boolean(cover)) + Number(Boolean(picture));
  }
}

/** Writes a corpus of `count` items into `contentDir` (whose skeleton is already there). */
export async function writeCorpus(contentDir: string, count: number, buildDate: string, options: CorpusOptions, seed = 996): Promise<CorpusSummary> {
  const summary: CorpusSummary = { news: 0, articles: 0, withCover: 0, photos: 0, photoBytes: 0 };
  await writeItems(contentDir, 0, count, buildDate, options, summary, seed);
  summary.photoBytes = folderBytes(join(contentDir, CONTENT_FOLDERS.images));
  return summary;
}

/**
 * Publishes one more item, as an editor does: item number `count`, dated the
 * corpus's newest day, with a cover of its own (a new photo to encode). So the
 * search step builds the newest year's index and the summary again, the most
 * a new item costs it (src/lib/search/index-cache.ts).
 * Returns its page's path.
 */
export async function publishOne(contentDir: string, count: number, buildDate: string): Promise<string> {
  const summary: CorpusSummary = { news: 0, articles: 0, withCover: 0, photos: 0, photoBytes: 0 };
  await writeItems(contentDir, count, 1, buildDate, { coverEvery: 1, pictureEvery: 0, newestDay: true }, summary, 1 + count);
  return `/${summary.news ? 'tin-tuc' : 'bai-viet'}/bai-thu-nghiem-${padded(count)}/`;
}
