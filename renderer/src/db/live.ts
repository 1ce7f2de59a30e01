/**
 * Live reads for features. Only `db/` imports Dexie packages, so features get `useLiveQuery` from
 * here: it re-renders a component whenever the tables its query read change.
 */
export { useLiveQuery } from 'dexie-react-hooks';
