/**
 * Roving tabindex for the timeline: the timeline is one tab stop, not one per item. The stop is the
 * focused item, else the selected statement when drawn, else the earliest drawn item. When the
 * selection moves while focus is in the timeline (← → walk statements), focus follows it.
 */
export interface RovingFocus {
  /** Call when the selection changes: focus will follow it if focus is in the timeline now. */
  selectionChanged(): void;
  /** Call after each redraw: hands the one tab stop out and moves focus when it follows the selection. */
  update(): void;
}

/** Items and clusters are the elements under `container` with `data-statement-id` or `data-cluster-from`. */
export function rovingFocus(container: HTMLElement, selectedElement: () => HTMLElement | undefined): RovingFocus {
  let follows = false;
  return {
    selectionChanged() {
      follows = container.contains(document.activeElement);
    },
    update() {
      const drawn = [...container.querySelectorAll<HTMLElement>('[data-statement-id], [data-cluster-from]')];
      if (!drawn.length) return;
      const chosen = selectedElement();
      if (follows && chosen?.isConnected) {
        follows = false;
        // Only while focus is still in the timeline (or was dropped with a redrawn element): never stolen back.
        const active = document.activeElement;
        if (!active || active === document.body || container.contains(active)) chosen.focus({ preventScroll: true });
      }
      const stop =
        drawn.find((el) => el === document.activeElement) ??
        (chosen?.isConnected ? chosen : undefined) ??
        drawn.reduce((a, b) => (dayOf(b) < dayOf(a) ? b : a));
      for (const el of drawn) el.tabIndex = el === stop ? 0 : -1;
    },
  };
}

/** The day an item or cluster element stands for (a cluster: its first day). */
function dayOf(el: HTMLElement): string {
  return el.dataset.clusterFrom ?? el.dataset.statementDate ?? '';
}
