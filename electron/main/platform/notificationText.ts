/**
 * The body of an OS notification as the platform's notifier expects it. On Linux Electron hands
 * the body to libnotify, and freedesktop notification servers read the body as markup (`<b>`,
 * `<a href>`, `<img src>`, entities), so incident text such as `<b>R&D</b>` would be rendered or
 * dropped instead of shown; `&`, `<` and `>` are escaped there. The summary (title) is plain text
 * in the freedesktop specification and other platforms show the body as typed, so both stay as
 * they are. Pure so it is testable without Electron.
 */
export function notificationBodyFor(body: string, platform: NodeJS.Platform): string {
  if (platform !== 'linux') return body;
  // `&` first, or the entities written for `<` and `>` would be escaped a second time.
  return body.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
