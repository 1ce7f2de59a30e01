import { useEffect, useState } from 'react';

/** What {@link useLeaveGuard} gives the page it guards. */
export type LeaveGuard = {
  /** The in-app address (`#/…`) a click was about to open, while "Leave?" is asked; else null. */
  pendingHref: string | null;
  /** "Keep editing": the question goes away and the page stays. */
  stay: () => void;
};

/**
 * Asks before an in-app link takes the user away from a page with unsaved work: while `isActive`,
 * a plain click on a link to another in-app address (`#/…`: the sidebar, the section tabs, any
 * link on the page) is held back and its address returned as `pendingHref`, for the page to ask
 * and then follow it or stay. The click is caught on the document before the router sees it.
 * Clicks with a modifier (a new window) and external links are left alone, and so are the
 * browser's back and forward buttons, which cannot be held back; the page's stored draft covers
 * those.
 */
export function useLeaveGuard(isActive: boolean): LeaveGuard {
  const [pendingHref, setPendingHref] = useState<string | null>(null);

  useEffect(() => {
    if (!isActive) {
      return undefined;
    }
    function holdBack(event: MouseEvent) {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey ||
        !(event.target instanceof Element)
      ) {
        return;
      }
      const link = event.target.closest('a[href]');
      const href = link?.getAttribute('href') ?? '';
      if (!href.startsWith('#/') || href === window.location.hash) {
        return;
      }
      // Stopped on the way down, so the router's own click handler never navigates.
      event.preventDefault();
      event.stopPropagation();
      setPendingHref(href);
    }
    document.addEventListener('click', holdBack, true);
    return () => document.removeEventListener('click', holdBack, true);
  }, [isActive]);

  return { pendingHref, stay: () => setPendingHref(null) };
}
