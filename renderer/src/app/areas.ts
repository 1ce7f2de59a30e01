import type { MessageKey } from '../i18n/messageKeys';

/** The areas of the app, in navigation order. */
export const areaIds = [
  'dashboard',
  'risks',
  'roster',
  'sops',
  'incidents',
  'postmortems',
  'monitoring',
  'drills',
  'reports',
  'settings',
] as const;

/** One of {@link areaIds}. */
export type AreaId = (typeof areaIds)[number];

/** One area of the app as data: where it lives, what it is called, what finds it by search. */
export type AreaDefinition = {
  readonly id: AreaId;
  /** Route inside the hash (`#/risks`). */
  readonly path: `/${AreaId}`;
  /** Title in the navigation, the page's `<h1>` and the window title. */
  readonly titleKey: MessageKey;
  /** English words that find the area in the command palette whatever the UI language. */
  readonly keywords: readonly string[];
  /** True when the area has pages of its own below its path (`#/monitoring/items`). */
  readonly hasSubPages?: boolean;
};

/**
 * Every area with its route, title and search words. The navigation, the routes and the command
 * palette are all built from this list, so an area cannot be reachable from one and not another.
 */
export const areas = [
  {
    id: 'dashboard',
    path: '/dashboard',
    titleKey: 'areas.dashboard.title',
    keywords: ['dashboard', 'home', 'overview'],
  },
  {
    id: 'risks',
    path: '/risks',
    titleKey: 'areas.risks.title',
    keywords: ['risks', 'risk register', 'heat map', 'likelihood', 'impact'],
    hasSubPages: true,
  },
  {
    id: 'roster',
    path: '/roster',
    titleKey: 'areas.roster.title',
    keywords: ['crisis team', 'roster', 'people', 'roles', 'contacts', 'call tree'],
    hasSubPages: true,
  },
  {
    id: 'sops',
    path: '/sops',
    titleKey: 'areas.sops.title',
    keywords: [
      'sops',
      'standard operating procedures',
      'playbooks',
      'procedures',
      'communication matrix',
      'statement templates',
    ],
    hasSubPages: true,
  },
  {
    id: 'incidents',
    path: '/incidents',
    titleKey: 'areas.incidents.title',
    keywords: ['incidents', 'crises', 'timeline', 'war room'],
    hasSubPages: true,
  },
  {
    id: 'postmortems',
    path: '/postmortems',
    titleKey: 'areas.postmortems.title',
    keywords: [
      'postmortems',
      'lessons learned',
      'action items',
      'trends',
      'crisis-event database',
      'search incidents',
    ],
    hasSubPages: true,
  },
  {
    id: 'monitoring',
    path: '/monitoring',
    titleKey: 'areas.monitoring.title',
    keywords: ['monitoring', 'alerts', 'feeds', 'keywords', 'sources', 'items'],
    hasSubPages: true,
  },
  {
    id: 'drills',
    path: '/drills',
    titleKey: 'areas.drills.title',
    keywords: ['drills', 'exercises', 'tabletop', 'scenarios'],
  },
  {
    id: 'reports',
    path: '/reports',
    titleKey: 'areas.reports.title',
    keywords: ['reports', 'export', 'pdf', 'incident report', 'markdown', 'csv'],
    hasSubPages: true,
  },
  {
    id: 'settings',
    path: '/settings',
    titleKey: 'areas.settings.title',
    keywords: ['settings', 'preferences', 'diagnostics', 'updates'],
  },
] as const satisfies readonly AreaDefinition[];

/** The area shown when the address names none (or one that does not exist). */
export const defaultArea: AreaDefinition = areas[0];

/** True when `path` is the area's route or, for an area with sub-pages, one below it. */
export function isAreaPath(area: AreaDefinition, path: string): boolean {
  return area.path === path || (area.hasSubPages === true && path.startsWith(`${area.path}/`));
}

/** The area whose route is `path` (or one of its sub-pages), or `undefined` for any other path. */
export function findAreaByPath(path: string): AreaDefinition | undefined {
  return areas.find((area) => isAreaPath(area, path));
}
