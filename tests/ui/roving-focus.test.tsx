import { afterEach, describe, expect, it } from 'vitest';
import { rovingFocus } from '../../src/features/timeline/roving-focus.ts';

function timeline(days: string[]): { container: HTMLElement; items: HTMLElement[] } {
  const container = document.createElement('div');
  const items = days.map((day, i) => {
    const el = document.createElement('div');
    el.tabIndex = -1;
    el.dataset.statementId = `s${i}`;
    el.dataset.statementDate = day;
    return el;
  });
  container.append(...items);
  const after = document.createElement('button');
  document.body.append(container, after);
  return { container, items };
}

const stops = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[tabindex="0"]')].map((el) => el.dataset.statementId);

afterEach(() => document.body.replaceChildren());

describe('the timeline as one tab stop', () => {
  it('gives the only tab stop to the earliest item when nothing is selected', () => {
    const { container } = timeline(['2024-03-02', '2024-01-05', '2024-02-01']);
    rovingFocus(container, () => undefined).update();
    expect(stops(container)).toEqual(['s1']);
  });

  it('gives it to the selected item when drawn, else keeps the earliest', () => {
    const { container, items } = timeline(['2024-03-02', '2024-01-05']);
    let selected: HTMLElement | undefined = items[0];
    const focus = rovingFocus(container, () => selected);
    focus.update();
    expect(stops(container)).toEqual(['s0']);
    selected = document.createElement('div'); // selected but inside a cluster: not drawn
    focus.update();
    expect(stops(container)).toEqual(['s1']);
  });

  it('moves focus with the selection only while focus is in the timeline', () => {
    const { container, items } = timeline(['2024-01-01', '2024-01-02', '2024-01-03']);
    let selected = items[0];
    const focus = rovingFocus(container, () => selected);
    focus.update();
    items[0]?.focus();
    selected = items[1];
    focus.selectionChanged();
    focus.update();
    expect(document.activeElement).toBe(items[1]);
    expect(stops(container)).toEqual(['s1']);
    // Focus elsewhere (the detail pane's Next button): the selection moves, focus stays put.
    const outside = document.querySelector('button');
    outside?.focus();
    selected = items[2];
    focus.selectionChanged();
    focus.update();
    expect(document.activeElement).toBe(outside);
    expect(stops(container)).toEqual(['s2']);
  });
});
