import { describe, expect, it } from 'vitest';
import {
  sopSearchDocuments,
  sopSearchHref,
} from '../../../../../renderer/src/features/sops/search/sopSearchDocuments';
import { markdownToSearchText } from '../../../../../shared/search/searchText';
import { sopWith, templateWith } from './sopSearchTestSupport';

describe('sopSearchDocuments', () => {
  it('indexes an SOP’s purpose, trigger criteria and every part of its steps', () => {
    const sop = sopWith('breach', {
      title: 'Data breach',
      purpose: 'Contain the **breach** fast.',
      triggerCriteria: '- Customer data exposed',
      steps: [
        {
          id: 'step-1',
          title: 'Assemble the team',
          ownerRoleId: 'commander',
          targetMinutes: 30,
          checklist: [{ id: 'item-1', text: 'Call legal counsel' }],
          resources: ['War room B'],
          notes: 'See [the playbook](https://example.com/playbook).',
        },
      ],
    });
    const [document] = sopSearchDocuments([sop], [], 'en');
    expect(document).toEqual({
      id: 'sop:breach',
      kind: 'sop',
      title: 'Data breach',
      body: [
        'Contain the breach fast.',
        'Customer data exposed',
        'Assemble the team',
        'Call legal counsel',
        'War room B',
        'See the playbook.',
      ].join('\n'),
      language: 'en',
    });
  });

  it('indexes templates by title and body in their own language', () => {
    const template = templateWith(
      'holding-zh-TW',
      'zh-TW',
      '初步聲明',
      '我們已注意到{{incidentTitle}}。',
    );
    expect(sopSearchDocuments([], [template], 'en')).toEqual([
      {
        id: 'template:holding-zh-TW',
        kind: 'template',
        title: '初步聲明',
        body: '我們已注意到{{incidentTitle}}。',
        language: 'zh-TW',
      },
    ]);
  });
});

describe('sopSearchHref', () => {
  it('links SOPs and templates to their pages', () => {
    expect(sopSearchHref('sop:starter-sop-data-breach')).toBe('~/sops/starter-sop-data-breach');
    expect(sopSearchHref('template:holding-en')).toBe('~/sops/templates/holding-en');
    expect(sopSearchHref('incident:1')).toBeNull();
  });
});

describe('markdownToSearchText', () => {
  it('keeps the words and drops the markup', () => {
    expect(
      markdownToSearchText(
        '# Heading\n> quoted\n1. first\n* [x] done\n`code` and _stress_ ~~gone~~ ![alt](a.png)\n```\nfenced\n```',
      ),
    ).toBe('Heading\nquoted\nfirst\ndone\ncode and stress gone alt\n\nfenced\n');
  });

  it('leaves underscores inside words alone', () => {
    expect(markdownToSearchText('snake_case_name')).toBe('snake_case_name');
  });
});
