/** src/lib/navigation.ts and src/lib/format/pending.ts: the menu item of a path, the placeholder for unknown facts. */
import { describe, expect, it } from 'vitest';
import { currentNavItem } from '../../src/lib/navigation.ts';
import { orPending } from '../../src/lib/format/pending.ts';

describe('navigation', () => {
  it('marks the section a path belongs to', () => {
    expect(currentNavItem('/')?.label).toBe('Trang chủ');
    expect(currentNavItem('/tin-tuc/abc/')?.label).toBe('Tin tức');
    expect(currentNavItem('/ke-hoach/2022')?.label).toBe('Kế hoạch');
    expect(currentNavItem('/khong-co/')).toBeUndefined();
  });
  it('shows "đang cập nhật" for unknown contact values', () => {
    expect(orPending('')).toBe('đang cập nhật');
    expect(orPending('  ')).toBe('đang cập nhật');
    expect(orPending('0204 123')).toBe('0204 123');
  });
});
