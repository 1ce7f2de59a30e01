import { createHash } from 'node:crypto';

/**
 * The dedupe key of an item: the unique key under which IndexedDB stores it, so the same entry
 * fetched twice is stored once. It is scoped to the source (two sources may reuse a guid) and
 * built from the most stable identity the feed gives: its id/guid, else its link, else its title
 * with its published-date text. SHA-256 in base64url keeps it short (43 characters) whatever the
 * feed wrote.
 */

/** What identifies an entry, in order of preference. */
export interface EntryIdentity {
  id: string | null;
  link: string | null;
  title: string;
  dateText: string;
}

/** The stable, source-scoped key of one entry. */
export function dedupeKey(sourceId: string, identity: EntryIdentity): string {
  const id = identity.id?.trim() ?? '';
  const link = identity.link?.trim() ?? '';
  // The kind prefix keeps an id from colliding with a link or title that happens to read the same.
  const basis =
    id !== ''
      ? `id\n${id}`
      : link !== ''
        ? `link\n${link}`
        : `title\n${identity.title}\n${identity.dateText}`;
  return createHash('sha256').update(`${sourceId}\n${basis}`).digest('base64url');
}
