import { describe, expect, it } from 'vitest';
import { statusRequest, STATUS_CONTEXT } from '../../../src/lib/deploy/forge-status.ts';
import { buildProblems, editorReport, STATUS_DESCRIPTION_LIMIT, statusDescription } from '../../../src/lib/deploy/report.ts';
import { websubPings } from '../../../src/lib/deploy/websub.ts';
import { MESSAGES } from '../../../src/lib/validation/messages.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';

// Problem lines as the build prints them (src/lib/validation/: formatProblem with the messages editors read).
const BUDGET = formatProblem({ file: 'content/ke-hoach/2022.yaml', field: 'tasks[10].budget', message: MESSAGES.lineSum('II.3', 540, 541) });
const TITLE = formatProblem({ file: 'content/tin-tuc/hoi-nghi.md', field: 'title', message: MESSAGES.required });
const ALL_DAY = formatProblem({ file: 'tests/fixtures/x/su-kien/ngay-do-luong.md', field: 'start', message: MESSAGES.allDayWithTime });

const LOG = [
  '14:02:11 [build] Building static entrypoints...',
  `\u001b[31m${BUDGET}\u001b[39m`,
  `  - ${TITLE}`,
  TITLE,
  'at loadSite (src/data/site.ts:40:11)',
  ALL_DAY,
].join('\n');

describe('what the editor is told after a CI build', () => {
  it('finds every content problem in a build log, once, without colours or stack lines', () => {
    expect(BUDGET).toBe('content/ke-hoach/2022.yaml: tasks[10].budget kinh phí mục II.3 là 540 triệu đồng nhưng các dòng con cộng lại 541 triệu đồng');
    expect(buildProblems(LOG)).toEqual([BUDGET, TITLE, ALL_DAY]);
  });

  it('gives a one-line status within the forges\' limit, naming the count and the first problem', () => {
    const failed = statusDescription({ ok: false, problems: buildProblems(LOG) });
    expect(failed.length).toBeLessThanOrEqual(STATUS_DESCRIPTION_LIMIT);
    expect(failed).toMatch(/^Không xây dựng được trang web: 3 lỗi nội dung\. .*Lỗi đầu: content\/ke-hoach\/2022\.yaml/);
    expect(failed.endsWith('…')).toBe(true);
    expect(statusDescription({ ok: false, problems: [] })).toMatch(/lỗi kỹ thuật, không do nội dung/);
    expect(statusDescription({ ok: true, siteUrl: 'https://x' })).toMatch(/^Đã xây dựng trang web/);
  });

  it('lists every problem in the Vietnamese report, with the log link', () => {
    const report = editorReport({ ok: false, problems: buildProblems(LOG), logUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(report).toContain('Trang web vẫn giữ bản cũ');
    expect(report).toContain('- `content/tin-tuc/hoi-nghi.md: title bắt buộc phải điền`');
    expect(report.match(/^- /gm)).toHaveLength(3);
    expect(report).toContain('Nhật ký đầy đủ: https://github.com/o/r/actions/runs/1');
  });
});

describe('commit status requests', () => {
  const env = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'so-khcn/do-luong',
    GITHUB_SHA: 'aaa',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_NUMBER: '7',
    STATUS_TOKEN: 't0k',
  };

  it("GitHub: the statuses API on the pull request's head, a context Decap shows, linked to the run", () => {
    const request = statusRequest('github', { ...env, STATUS_SHA: 'bbb' }, 'failure', 'x');
    expect(request.url).toBe('https://api.github.com/repos/so-khcn/do-luong/statuses/bbb');
    expect(request.headers.authorization).toBe('Bearer t0k');
    expect(request.body).toEqual({ state: 'failure', context: STATUS_CONTEXT, description: 'x', target_url: 'https://github.com/so-khcn/do-luong/actions/runs/42' });
    expect(STATUS_CONTEXT).toContain('deploy');
  });

  it('Forgejo: the same API under /api/v1, its run number, its token scheme; a success links to the site', () => {
    const request = statusRequest('forgejo', { ...env, GITHUB_SERVER_URL: 'https://git.example.gov.vn/' }, 'success', 'y', 'https://doluong.example.gov.vn');
    expect(request.url).toBe('https://git.example.gov.vn/api/v1/repos/so-khcn/do-luong/statuses/aaa');
    expect(request.headers.authorization).toBe('token t0k');
    expect(request.body.target_url).toBe('https://doluong.example.gov.vn');
  });

  it('names the missing variable', () => {
    expect(() => statusRequest('github', { ...env, STATUS_TOKEN: '' }, 'pending', 'z')).toThrow(/STATUS_TOKEN is not set/);
  });
});

describe('WebSub pings', () => {
  it('announce every feed of the build at its public address, one request each', () => {
    const pings = websubPings('https://hub.example.org/', 'https://doluong.example.gov.vn', ['index.html', 'rss.xml', 'feed.json', 'the/can/rss.xml', 'api/v1/news.json', 'tin-tuc/feed.json']);
    expect(pings.map((ping) => ping.topic)).toEqual([
      'https://doluong.example.gov.vn/feed.json',
      'https://doluong.example.gov.vn/rss.xml',
      'https://doluong.example.gov.vn/the/can/rss.xml',
      'https://doluong.example.gov.vn/tin-tuc/feed.json',
    ]);
    expect(new URLSearchParams(pings[1]!.body).get('hub.mode')).toBe('publish');
    expect(new URLSearchParams(pings[1]!.body).get('hub.url')).toBe('https://doluong.example.gov.vn/rss.xml');
  });
});
