import { describe, expect, it } from 'vitest';
import { isFeedContentType } from '../../../../../../electron/main/services/monitoring/fetch';

describe('isFeedContentType', () => {
  it.each([
    null,
    '',
    'application/rss+xml',
    'application/atom+xml; charset=utf-8',
    'application/rdf+xml',
    'application/xml',
    'text/xml; charset=big5',
    'application/feed+json',
    'application/json',
    'text/json',
    'text/html; charset=gb2312',
    'text/plain',
    'TEXT/XML',
    'application/x-rss+xml',
    'application/vnd.api+json',
    'nonsense',
  ])('accepts %s', (contentType) => {
    expect(isFeedContentType(contentType)).toBe(true);
  });

  it.each([
    'image/png',
    'image/svg+xml',
    'IMAGE/JPEG',
    'audio/mpeg',
    'video/mp4',
    'font/woff2',
    'model/gltf+json',
    'multipart/form-data; boundary=x',
    'application/pdf',
    'application/zip',
    'application/gzip',
    'application/octet-stream',
    'application/x-7z-compressed',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.oasis.opendocument.text',
    'application/wasm',
  ])('refuses %s', (contentType) => {
    expect(isFeedContentType(contentType)).toBe(false);
  });
});
