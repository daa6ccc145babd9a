import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/domain/statement.ts';
import { renderCluster, renderItem } from '../../src/features/timeline/item-content.ts';
import { DAY, fitWindow, midday, toDays } from '../../src/features/timeline/time-window.ts';

const statement = (patch: Partial<Statement>): Statement => ({
  id: 'a-1',
  articleId: 'a',
  date: '2024-01-07',
  speaker: 'Speaker',
  speakerMention: 'Speaker',
  quote: 'quote',
  start: 0,
  end: 5,
  cue: 'said',
  kind: 'direct',
  themes: [],
  ...patch,
});

describe('timeline item content', () => {
  it('shows hostile names and quotes as text, never as markup', () => {
    const el = renderItem(statement({ speaker: '<b onclick=alert(1)>X</b>', quote: '<img src=x onerror=alert(1)> said' }));
    expect(el.querySelectorAll('img, b, script')).toHaveLength(0);
    expect(el.textContent).toBe('<b onclick=alert(1)>X</b><img src=x onerror=alert(1)> said');
    expect(el.title).toContain('<img src=x onerror=alert(1)>');
    expect(el.getAttribute('role')).toBe('button');
    // Focusable, but not a tab stop of its own: the adapter hands the timeline one tab stop (roving-focus.ts).
    expect(el.tabIndex).toBe(-1);
  });

  it('shortens long quotes in the item and the tooltip', () => {
    const el = renderItem(statement({ quote: 'word '.repeat(200) }));
    expect(el.querySelector('span')?.textContent?.length).toBeLessThanOrEqual(70);
    expect(el.title.length).toBeLessThan(450);
  });

  it('clusters show their count', () => {
    expect(renderCluster(12).textContent).toBe('12');
    const zoomable = renderCluster(3, '2023-07-11', '2023-07-12');
    expect(zoomable.getAttribute('aria-label')).toBe('3 statements from 2023-07-11 to 2023-07-12, press Enter to zoom in');
    expect(zoomable.tabIndex).toBe(-1);
    expect(renderCluster(12).hasAttribute('tabindex')).toBe(false);
  });
});

describe('time window', () => {
  it('rounds a window to whole days, to inclusive', () => {
    expect(toDays(new Date('2024-01-07T00:00:00Z'), new Date('2024-01-09T00:00:00Z'))).toEqual({ from: '2024-01-07', to: '2024-01-08' });
    expect(toDays(new Date('2024-01-07T10:00:00Z'), new Date('2024-01-07T11:00:00Z'))).toEqual({ from: '2024-01-07', to: '2024-01-07' });
  });

  it('fits every statement with room for the boxes', () => {
    const win = fitWindow([statement({ date: '2023-07-11' }), statement({ date: '2024-01-07' })], 600)!;
    expect(win.start).toBeLessThan(midday('2023-07-11'));
    expect(win.end).toBeGreaterThan(midday('2024-01-07'));
    expect(fitWindow([], 600)).toBeUndefined();
    const one = fitWindow([statement({})], 600)!;
    expect(one.end - one.start).toBeGreaterThanOrEqual(2 * DAY);
  });
});
