import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { clearDraft, readDraft, writeDraft } from '../../../renderer/src/lib/draftStorage';

const draftSchema = z.object({ title: z.string() }).strict();

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('form drafts', () => {
  it('reads back what was written and forgets it when cleared', () => {
    writeDraft('risk-form:new', { title: '如果供應商原料受污染' });
    expect(readDraft('risk-form:new', draftSchema)).toEqual({ title: '如果供應商原料受污染' });
    clearDraft('risk-form:new');
    expect(readDraft('risk-form:new', draftSchema)).toBeNull();
  });

  it('drops a draft that is not JSON or no longer fits its schema', () => {
    localStorage.setItem('crisis-room:draft:broken', '{"title":');
    localStorage.setItem('crisis-room:draft:old', JSON.stringify({ title: 1, extra: true }));
    expect(readDraft('broken', draftSchema)).toBeNull();
    expect(readDraft('old', draftSchema)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('keeps working when storage refuses to write', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => writeDraft('risk-form:new', { title: 'x' })).not.toThrow();
    expect(readDraft('risk-form:new', draftSchema)).toBeNull();
  });
});
