/**
 * URL state: the filters and the open meeting live only in the URL. These hooks
 * derive them from the router's location on every render; nothing is copied
 * into React state, so reload, Back/Forward and shared links all agree.
 */
import { createContext, createElement, type ReactNode, useContext, useMemo, useRef } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { KnownValues } from '../data/facets.ts';
import type { Filters } from '../data/filters.ts';
import { rememberOpener } from '../ui/return-focus.ts';
import { type ParsedFilters, parseFilters, serializeFilters, viewHref } from './url-state.ts';

const MEETING_ROUTE = /^\/meetings\/([^/]+)\/?$/;

/** Paths that are the home page: what static hosts and old links use for it. */
const HOME_PATHS = new Set(['', '/', '/index.html', '/meetings', '/meetings/']);

/** The convention page: participants and milestones (docs/url-contract.md). */
export const CONVENTION_PATH = '/convention';

/**
 * `/meetings/<id>` or `/meetings/<id>/` → id; the home page → null;
 * `/convention` → the convention page; anything else → undefined.
 */
export function routeOf(path: string): { meetingId: string | null; convention?: true } | undefined {
  if (HOME_PATHS.has(path)) return { meetingId: null };
  if (path === CONVENTION_PATH || path === `${CONVENTION_PATH}/`)
    return { meetingId: null, convention: true };
  const match = MEETING_ROUTE.exec(path);
  if (!match?.[1]) return undefined;
  try {
    return { meetingId: decodeURIComponent(match[1]) };
  } catch {
    return { meetingId: match[1] };
  }
}

function useQueryString(): string {
  const search = useSearch();
  return search ? `?${search}` : '';
}

export function useUrlFilters(known?: KnownValues): ParsedFilters & { search: string } {
  const search = useQueryString();
  const parsed = useMemo(() => parseFilters(search, known), [search, known]);
  return { ...parsed, search };
}

/** The path below the base, and what it names (`undefined` for an unknown path). */
export function useRoute(): { path: string; route: ReturnType<typeof routeOf> } {
  const [path] = useLocation();
  return { path, route: routeOf(path) };
}

export interface UrlActions {
  /** Discrete choices push a history entry; typing passes `replace`. */
  setFilters: (next: Filters, options?: { replace?: boolean }) => void;
  /**
   * Changes the filters the URL holds *now*. Views that render from deferred
   * (a frame old) filters use this, so a quick second click never undoes the first.
   */
  updateFilters: (update: (current: Filters) => Filters) => void;
  /**
   * `returnFocusTo`: where focus goes when the meeting closes (and what the
   * panel keeps in place on screen); by default the element focused now.
   */
  openMeeting: (id: string, options?: { replace?: boolean; returnFocusTo?: HTMLElement }) => void;
  closeMeeting: () => void;
  /** The current view's link with a different meeting open (or none). */
  hrefFor: (id: string | null) => string;
}

export type Navigate = ReturnType<typeof useLocation>[1];

export interface Location {
  path: string;
  search: string;
  navigate: Navigate;
  known?: KnownValues | undefined;
}

export function makeActions(read: () => Location): UrlActions {
  const setFilters: UrlActions['setFilters'] = (next, options) => {
    const { path, navigate } = read();
    navigate(`${path}${serializeFilters(next)}`, { replace: options?.replace ?? false });
  };
  return {
    setFilters,
    updateFilters: (update) => {
      const { search, known } = read();
      setFilters(update(parseFilters(search, known).filters));
    },
    openMeeting: (id, options) => {
      const { path, search, navigate } = read();
      // Opening the meeting that is already open must not add a history entry.
      const alreadyOpen = routeOf(path)?.meetingId === id;
      if (options?.returnFocusTo) rememberOpener(id, options.returnFocusTo);
      navigate(viewHref(id, search), { replace: options?.replace ?? alreadyOpen });
    },
    closeMeeting: () => {
      const { search, navigate } = read();
      navigate(viewHref(null, search));
    },
    hrefFor: (id) => viewHref(id, read().search),
  };
}

const StableActions = createContext<UrlActions | null>(null);

/**
 * Gives the views below it URL actions that never change identity and read
 * the location when called, so a view that only *changes* the URL does not
 * re-render on every URL change (the heavy views are memoised and re-render
 * only when their own data changes).
 */
export function UrlActionsProvider({
  known,
  children,
}: {
  known: KnownValues;
  children: ReactNode;
}) {
  const [path, navigate] = useLocation();
  const search = useQueryString();
  const latest = useRef<Location>({ path, search, navigate, known });
  latest.current = { path, search, navigate, known };
  const actions = useMemo(() => makeActions(() => latest.current), []);
  return createElement(StableActions.Provider, { value: actions }, children);
}

/** Stable actions; for views that must not re-render when the URL changes. */
export function useStableUrlActions(): UrlActions {
  const actions = useContext(StableActions);
  if (!actions) throw new Error('useStableUrlActions needs a UrlActionsProvider above it');
  return actions;
}

/**
 * Actions for views that render links: `hrefFor` changes with the query, so
 * links keep the current filters.
 */
export function useUrlActions(): UrlActions {
  const [path, navigate] = useLocation();
  const search = useQueryString();
  return useMemo(() => makeActions(() => ({ path, search, navigate })), [path, search, navigate]);
}
