/**
 * The content-type check of the fetcher: refuse bodies that clearly cannot be a feed (pictures,
 * sound, video, fonts, documents, archives, executables) before reading them. Everything else,
 * a missing type and `text/html` included, goes to the ingester, which sniffs the bytes and says
 * precisely what it got ("not a feed: got an HTML page").
 */

/** Top-level media types that are never a feed. */
const refusedTopLevelTypes = new Set(['image', 'audio', 'video', 'font', 'model', 'multipart']);

/** `application/*` subtypes that are binary documents, archives or programs. */
const refusedApplicationSubtypes = new Set([
  'pdf',
  'octet-stream',
  'zip',
  'x-zip',
  'x-zip-compressed',
  'gzip',
  'x-gzip',
  'x-tar',
  'x-bzip',
  'x-bzip2',
  'x-xz',
  'zstd',
  'x-7z-compressed',
  'x-rar-compressed',
  'vnd.rar',
  'java-archive',
  'x-msdownload',
  'x-executable',
  'x-sharedlib',
  'x-mach-binary',
  'vnd.microsoft.portable-executable',
  'x-apple-diskimage',
  'x-iso9660-image',
  'wasm',
  'msword',
  'vnd.ms-excel',
  'vnd.ms-powerpoint',
  'x-shockwave-flash',
  'ogg',
  'vnd.android.package-archive',
]);

/** The media type of a Content-Type header (`type/subtype`, lower case, parameters dropped). */
export function mediaTypeOf(contentType: string): string {
  const [essence = ''] = contentType.split(';');
  return essence.trim().toLowerCase();
}

/**
 * True when a response with this Content-Type may hold a feed or a JSON API answer. A missing or
 * unparseable header is accepted (the ingester sniffs), and so is every type not known to be
 * binary: XML, JSON, RSS, Atom, RDF, text and odd vendor names that servers give feeds.
 */
export function isFeedContentType(contentType: string | null): boolean {
  if (contentType === null) return true;
  const mediaType = mediaTypeOf(contentType);
  const slash = mediaType.indexOf('/');
  if (slash <= 0) return true;
  const topLevel = mediaType.slice(0, slash);
  const subtype = mediaType.slice(slash + 1);
  // Checked before any `+xml` suffix: `image/svg+xml` and Office `…openxmlformats…` are no feeds.
  if (refusedTopLevelTypes.has(topLevel)) return false;
  if (topLevel === 'application') {
    if (refusedApplicationSubtypes.has(subtype)) return false;
    if (subtype.startsWith('vnd.openxmlformats') || subtype.startsWith('vnd.oasis.opendocument'))
      return false;
  }
  return true;
}
