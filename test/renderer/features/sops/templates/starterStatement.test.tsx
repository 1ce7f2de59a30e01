import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import { saveSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import { installStarterLibrary } from '../../../../../renderer/src/features/sops/sopCommands';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';

/** Typing through user-event takes seconds per test, more on a loaded two-core machine. */
const slowUiTimeout = 20_000;

useAppTestEnvironment();

describe(
  'SOP library → the starter data-breach holding statement in 简体中文',
  { timeout: slowUiTimeout },
  () => {
    it('fills the sample, takes both approvals and copies the statement, as the end-to-end test does', async () => {
      await saveSetting('language', 'zh-CN');
      const installed = await installStarterLibrary({
        language: 'zh-CN',
        templateLanguages: ['zh-CN'],
        changeNote: '从入门库安装',
        publishedBy: 'Crisis Room 入门库',
      });
      expect(installed.ok).toBe(true);
      const user = userEvent.setup();
      const writes: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: vi.fn(async (text: string) => {
            writes.push(text);
          }),
        },
      });
      await renderApp('#/sops/templates');
      const filters = await screen.findByRole('search', { name: '筛选模板' });
      // Options by value: their names are the shared domain messages, worded elsewhere.
      await user.selectOptions(within(filters).getByLabelText('危机类型'), 'data-breach');
      await user.selectOptions(within(filters).getByLabelText('阶段'), 'holding');
      await user.click(screen.getByRole('link', { name: '网络安全事件初步回应声明' }));

      const panel = await screen.findByRole('region', { name: '填写声明' });
      expect(screen.getByText(/这份内容来自入门库/u)).toBeTruthy();
      const copy = within(panel).getByRole('button', { name: '复制为纯文本' });
      expect(copy).toHaveProperty('disabled', true);
      await user.click(within(panel).getByRole('button', { name: '填入示例内容' }));
      expect(within(panel).getByRole('status').textContent).toContain('已填入示例内容');
      expect(copy).toHaveProperty('disabled', true);
      await user.type(within(panel).getByLabelText('法务审批人'), '王丽');
      await user.type(within(panel).getByLabelText('发言人审批人'), '陈美');
      await user.click(copy);

      await screen.findByText('已将声明复制为纯文本。');
      expect(writes).toHaveLength(1);
      expect(writes[0]).toMatch(
        /^示例科技有限公司于3 月 3 日上午 9:40（示例时间）发现一起影响示例 App的网络安全事件/u,
      );
      expect(writes[0]).not.toContain('{{');
      const [statement] = await getDatabase().statements.toArray();
      expect(statement).toMatchObject({
        language: 'zh-CN',
        legalApprovedBy: '王丽',
        spokespersonApprovedBy: '陈美',
        text: writes[0],
      });
      expect(statement?.releasedAt).toEqual(expect.any(Number));
    });
  },
);
