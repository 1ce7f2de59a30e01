import { describe, expect, it } from 'vitest';
import {
  diagnosticsFileName,
  diagnosticsReport,
} from '../../../../renderer/src/features/settings/diagnosticsReport';

describe('diagnostics report', () => {
  it('lists every fact, continuing multi-line values', () => {
    const text = diagnosticsReport('診斷資訊', '2026年11月22日 上午 9:15', [
      { id: 'version', label: '版本', value: '0.1.0' },
      { id: 'persistence', label: '持久性儲存', value: '未授權\n詢問時間：2026年11月22日' },
      { id: 'folder', label: '資料夾', value: '/home/林/資料', isPath: true },
    ]);
    expect(text).toBe(
      '# 診斷資訊\n\n2026年11月22日 上午 9:15\n\n- **版本**: 0.1.0\n- **持久性儲存**: 未授權\n  詢問時間：2026年11月22日\n- **資料夾**: /home/林/資料\n',
    );
  });

  it('names the file after the local time it was made', () => {
    expect(diagnosticsFileName(new Date(2026, 10, 2, 9, 5))).toBe(
      'crisis-room-diagnostics-20261102-0905.md',
    );
  });
});
