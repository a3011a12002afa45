/**
 * A synthetic corpus for the benchmark: N Vietnamese news items and articles
 * with realistic lengths (a few hundred to about 1,500 words), diacritics,
 * headings, lists, tags from the real tag list, and a cover picture on one
 * item in eight. Deterministic (seeded), so two runs build the same site.
 * Written into a temporary content folder, never into content/.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';
import { ARTICLE_CATEGORIES } from '../../src/schemas/publication.ts';

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

/** A body of 4–16 paragraphs (roughly 300 to 1,500 words) with headings, a list and some bold. */
function body(pick: Pick, next: () => number): string {
  const blocks: string[] = [];
  const paragraphs = 4 + Math.floor(next() * 13);
  for (let i = 0; i < paragraphs; i += 1) {
    if (i > 0 && i % 4 === 0) blocks.push(`## ${pick(HEADINGS)}`);
    blocks.push(i === 1 ? `**${sentence(pick)}** ${paragraph(pick, next)}` : paragraph(pick, next));
    if (i === 2) blocks.push(Array.from({ length: 3 }, () => `- ${sentence(pick)}`).join('\n'));
  }
  return blocks.join('\n\n');
}

const yamlString = (text: string) => JSON.stringify(text);

export interface CorpusSummary {
  news: number;
  articles: number;
  withCover: number;
  images: number;
}

/** How many distinct pictures the covers share (transforms are cached per source, as on a real site with reused photos). */
const PICTURES = 6;

async function writePictures(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < PICTURES; i += 1) {
    const name = `anh-thu-nghiem-${i + 1}.jpg`;
    const hue = (i * 57) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},55%,30%)"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/>${Array.from({ length: 40 }, (_, k) => `<circle cx="${(k * 397) % 1600}" cy="${(k * 211) % 900}" r="${20 + ((k * 13) % 90)}" fill="hsla(${(hue + k * 9) % 360},70%,70%,0.35)"/>`).join('')}</svg>`;
    await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toFile(join(dir, name));
    names.push(name);
  }
  return names;
}

/**
 * Writes `count` items (about 70 % news, 30 % articles) into `contentDir`,
 * whose skeleton (tags…) is already there; one item in `coverEvery` gets a
 * cover (0: none).
 */
export async function writeCorpus(contentDir: string, count: number, buildDate: string, coverEvery = 8, seed = 996): Promise<CorpusSummary> {
  const next = random(seed);
  const pick: Pick = (list) => list[Math.floor(next() * list.length)] as (typeof list)[number];
  const tagIds = readdirSync(join(contentDir, CONTENT_FOLDERS.tags)).map((file) => file.replace(/\.ya?ml$/, ''));
  const categories = Object.keys(ARTICLE_CATEGORIES);
  const pictures = await writePictures(join(contentDir, CONTENT_FOLDERS.images));
  const last = Date.parse(`${buildDate}T00:00:00+07:00`) - 86_400_000;
  const summary: CorpusSummary = { news: 0, articles: 0, withCover: 0, images: pictures.length };
  for (const folder of [CONTENT_FOLDERS.news, CONTENT_FOLDERS.articles]) mkdirSync(join(contentDir, folder), { recursive: true });

  for (let i = 0; i < count; i += 1) {
    const isArticle = next() < 0.3;
    const title = `${sentence(pick).slice(0, -1)} (${i + 1})`;
    const day = new Date(last - Math.floor(next() * 4 * 365) * 86_400_000).toISOString().slice(0, 10);
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(tagIds)))];
    const cover = coverEvery > 0 && i % coverEvery === 0 ? pick(pictures) : undefined;
    const lines = [
      '---',
      `uid: bench-${isArticle ? 'bai' : 'tin'}-${String(i + 1).padStart(6, '0')}`,
      `title: ${yamlString(title)}`,
      `summary: ${yamlString(`${sentence(pick)} ${sentence(pick)}`.slice(0, 290))}`,
      `publishedAt: ${day}`,
      `author: ${yamlString(pick(AUTHORS))}`,
      `tags: [${tags.join(', ')}]`,
      ...(isArticle ? [`category: ${pick(categories)}`] : []),
      ...(cover ? ['cover:', `  src: ../${CONTENT_FOLDERS.images}/${cover}`, `  alt: ${yamlString(`Hình minh họa: ${pick(OBJECTS)}`)}`] : []),
      '---',
      body(pick, next),
      '',
    ];
    const folder = isArticle ? CONTENT_FOLDERS.articles : CONTENT_FOLDERS.news;
    writeFileSync(join(contentDir, folder, `bai-thu-nghiem-${String(i + 1).padStart(6, '0')}.md`), lines.join('\n'));
    if (isArticle) summary.articles += 1;
    else summary.news += 1;
    if (cover) summary.withCover += 1;
  }
  return summary;
}
