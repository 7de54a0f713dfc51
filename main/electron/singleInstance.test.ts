import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from './singleInstance';

type Listener = () => void;

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    requestSingleInstanceLock: vi.fn(() => gotLock),
    on: vi.fn((event: string, fn: Listener) => void listeners.set(event, fn)),
    quit: vi.fn(),
  };
}

describe('single instance (issue 10.4)', () => {
  it('a second process quits at once, before it opens anything', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listeners.size).toBe(0);
  });

  it('the first brings its window back (restored, shown, focused) when the icon is launched again', () => {
    const app = fakeApp(true);
    const window = { isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app as never, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.listeners.get('second-instance')!();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
