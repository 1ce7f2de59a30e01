import {
  initialFetchState,
  type ScheduledSource,
  type SourceConfig,
  type SourceFetchState,
} from '../../../../../shared/monitoring/source';
import { rssSourceConfig } from '../../../../fixtures/monitoringSources';

/** A valid RSS source configuration for tests. */
export function sourceConfig(id: string, overrides: Partial<SourceConfig> = {}): SourceConfig {
  return rssSourceConfig({
    id,
    name: `Source ${id}`,
    url: `https://news.example.com/${id}.xml`,
    ...overrides,
  });
}

/** A scheduled source: configuration plus resume state. */
export function scheduled(
  id: string,
  config: Partial<SourceConfig> = {},
  state: Partial<SourceFetchState> = {},
): ScheduledSource {
  return { config: sourceConfig(id, config), state: { ...initialFetchState, ...state } };
}
