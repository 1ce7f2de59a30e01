/**
 * Setup for the `renderer` vitest project (jsdom 29). It fills only the gaps jsdom leaves that the
 * app relies on: IndexedDB (fake-indexeddb, loaded before Dexie is imported), `matchMedia` and the
 * modal methods of `<dialog>`; and it unmounts whatever a test rendered. Anything more belongs in the test that needs it.
 */
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test only where test globals exist; vitest runs without
// them here, so a hook or screen a test left mounted would keep its live queries running after
// the file's environment is torn down ("window is not defined" from React's scheduler).
afterEach(() => {
  cleanup();
});

/** A media query list that never matches: jsdom has no layout or media features to match. */
class UnmatchedMediaQueryList extends EventTarget implements MediaQueryList {
  readonly matches = false;
  onchange: MediaQueryList['onchange'] = null;

  constructor(readonly media: string) {
    super();
  }

  /** Deprecated listener API some libraries still call; nothing ever changes, so nothing is kept. */
  addListener(): void {}

  /** Counterpart of {@link addListener}. */
  removeListener(): void {}
}

if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => new UnmatchedMediaQueryList(query);
}

// jsdom implements <dialog> without showModal/close; mirror what browsers do with `open` and the
// `close` event so components and tests behave as they would in Chromium.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement): void {
    this.setAttribute('open', '');
  };
}

if (typeof HTMLDialogElement.prototype.close !== 'function') {
  HTMLDialogElement.prototype.close = function close(
    this: HTMLDialogElement,
    returnValue?: string,
  ): void {
    if (!this.hasAttribute('open')) {
      return;
    }
    if (returnValue !== undefined) {
      this.returnValue = returnValue;
    }
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
