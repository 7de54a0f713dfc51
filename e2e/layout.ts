// Layout checks run in the page: which interactive elements overlap one another, and whether the
// page scrolls sideways. What is clipped by a scrolling ancestor counts only where it is visible.
import type { Page } from '@playwright/test';

export interface Overlap {
  a: string;
  b: string;
  area: number;
}

const INTERACTIVE = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  '[role="spinbutton"]',
  '[role="combobox"]',
  '[role="tab"]',
  '[role="option"]',
  '[role="row"][tabindex]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** Pairs of visible interactive elements whose boxes cross by more than a hair (neither inside the other). */
export function findOverlaps(page: Page): Promise<Overlap[]> {
  return page.evaluate((selector) => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
    const empty = (b: Box) => b.right - b.left <= 1 || b.bottom - b.top <= 1;
    const visibleBox = (el: Element): Box | null => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return null;
      const r = el.getBoundingClientRect();
      let box: Box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      if (empty(box)) return null;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.display === 'none') return null;
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clip !== 'auto') {
          const pr = p.getBoundingClientRect();
          box = intersect(box, { left: pr.left, top: pr.top, right: pr.right, bottom: pr.bottom });
          if (empty(box)) return null;
        }
      }
      return box;
    };
    const describe = (el: Element) => {
      const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
    };
    // Behind an open dialog the page is inert (react-aria hides it): only the dialog counts then.
    const items = [...document.querySelectorAll(selector)].filter((el) => !el.closest('[inert], [aria-hidden="true"]')).flatMap((el) => {
      const box = visibleBox(el);
      return box ? [{ el, box }] : [];
    });
    const found: Array<{ a: string; b: string; area: number }> = [];
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        // A control and its own label-button (the file picker, the attendance letters) are one target.
        if (a.el.closest('label') && a.el.closest('label') === b.el.closest('label')) continue;
        const x = intersect(a.box, b.box);
        if (empty(x)) continue;
        const area = (x.right - x.left) * (x.bottom - x.top);
        if (area > 4) found.push({ a: describe(a.el), b: describe(b.el), area: Math.round(area) });
      }
    }
    return found;
  }, INTERACTIVE);
}

/** How far the page scrolls sideways (0 when it fits the window). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
