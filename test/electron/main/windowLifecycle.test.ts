import { describe, expect, it } from 'vitest';
import {
  createMainWindowLifecycle,
  type LifecycleWindow,
} from '../../../electron/main/windowLifecycle';

/**
 * A window fake that behaves like a BrowserWindow after destruction: every method but
 * isDestroyed throws "Object has been destroyed".
 */
class FakeWindow implements LifecycleWindow {
  calls: string[] = [];
  private isGone = false;
  private isMinimisedNow = false;
  private closedListeners: (() => void)[] = [];

  constructor(readonly id: number) {}

  isDestroyed(): boolean {
    return this.isGone;
  }
  isMinimized(): boolean {
    this.assertAlive('isMinimized');
    return this.isMinimisedNow;
  }
  restore(): void {
    this.assertAlive('restore');
    this.isMinimisedNow = false;
    this.calls.push('restore');
  }
  focus(): void {
    this.assertAlive('focus');
    this.calls.push('focus');
  }
  once(event: 'closed', listener: () => void): this {
    this.assertAlive('once');
    if (event === 'closed') this.closedListeners.push(listener);
    return this;
  }

  minimise(): void {
    this.isMinimisedNow = true;
  }
  /** Destroys the window without delivering `closed` yet (as `destroy()` before the event). */
  destroy(): void {
    this.isGone = true;
  }
  /** The user closes the window: destroyed, then `closed` is emitted. */
  close(): void {
    this.destroy();
    const listeners = this.closedListeners;
    this.closedListeners = [];
    for (const listener of listeners) listener();
  }

  private assertAlive(method: string): void {
    if (this.isGone) throw new TypeError(`Object has been destroyed (${method})`);
  }
}

function setUp() {
  const created: FakeWindow[] = [];
  const lifecycle = createMainWindowLifecycle(() => {
    const window = new FakeWindow(created.length + 1);
    created.push(window);
    return window;
  });
  return { created, lifecycle };
}

describe('main window lifecycle', () => {
  it('opens one window and hands it back while it lives', () => {
    const { created, lifecycle } = setUp();
    expect(lifecycle.current()).toBeNull();
    const first = lifecycle.open();
    expect(lifecycle.open()).toBe(first);
    expect(lifecycle.current()).toBe(first);
    expect(created).toHaveLength(1);
  });

  it('second-instance with no window open creates one and focuses it', () => {
    const { created, lifecycle } = setUp();
    const window = lifecycle.reveal();
    expect(created).toEqual([window]);
    expect(window.calls).toEqual(['focus']);
  });

  it('second-instance restores a minimised window and focuses it', () => {
    const { created, lifecycle } = setUp();
    const window = lifecycle.open();
    window.minimise();
    expect(lifecycle.reveal()).toBe(window);
    expect(window.calls).toEqual(['restore', 'focus']);
    expect(created).toHaveLength(1);
  });

  it('forgets a closed window and opens a new one for the next request', () => {
    const { created, lifecycle } = setUp();
    lifecycle.open().close();
    expect(lifecycle.current()).toBeNull();
    const second = lifecycle.reveal();
    expect(created).toHaveLength(2);
    expect(second).toBe(created[1]);
    expect(second.calls).toEqual(['focus']);
  });

  it('wires `closed` on a window re-created by activate too', () => {
    const { created, lifecycle } = setUp();
    lifecycle.open().close();
    // macOS: the dock icon is clicked with no window open.
    const recreated = lifecycle.open();
    recreated.close();
    expect(lifecycle.current()).toBeNull();
    // A later second launch must not call into the destroyed window (the fake would throw).
    const third = lifecycle.reveal();
    expect(created).toHaveLength(3);
    expect(third).toBe(created[2]);
  });

  it('never touches a destroyed window whose `closed` has not arrived yet', () => {
    const { created, lifecycle } = setUp();
    const first = lifecycle.open();
    first.destroy();
    expect(lifecycle.current()).toBeNull();
    const second = lifecycle.reveal();
    expect(second).not.toBe(first);
    expect(created).toHaveLength(2);
    // The late `closed` of the old window does not forget the new one.
    first.close();
    expect(lifecycle.current()).toBe(second);
  });
});
