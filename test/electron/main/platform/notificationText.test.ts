import { describe, expect, it } from 'vitest';
import { notificationBodyFor } from '../../../../electron/main/platform/notificationText';

describe('notification body text', () => {
  it('escapes markup on Linux, where libnotify reads the body as markup', () => {
    expect(notificationBodyFor('<b>R&D</b>', 'linux')).toBe('&lt;b&gt;R&amp;D&lt;/b&gt;');
  });

  it('escapes an ampersand once, even before text that looks like an entity', () => {
    expect(notificationBodyFor('a &lt; b', 'linux')).toBe('a &amp;lt; b');
  });

  it('leaves the body as typed on platforms that show plain text', () => {
    expect(notificationBodyFor('<b>R&D</b>', 'darwin')).toBe('<b>R&D</b>');
    expect(notificationBodyFor('<b>R&D</b>', 'win32')).toBe('<b>R&D</b>');
  });
});
