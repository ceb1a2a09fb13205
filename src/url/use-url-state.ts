/**
 * URL state: the filters and the open meeting live only in the URL. These hooks
 * derive them from the router's location on every render; nothing is copied
 * into React state, so reload, Back/Forward and shared links all agree.
 */
import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { Filters } from '../data/filters.ts';
import {
  type KnownValues,
  meetingPath,
  type ParsedFilters,
  parseFilters,
  serializeFilters,
} from './url-state.ts';

const MEETING_ROUTE = /^\/meetings\/([^/]+)\/?$/;

/** `/meetings/<id>` or `/meetings/<id>/` → id; `/` → null; anything else → undefined. */
export function routeOf(path: string): { meetingId: string | null } | undefined {
  if (path === '/' || path === '') return { meetingId: null };
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
  openMeeting: (id: string, options?: { replace?: boolean }) => void;
  closeMeeting: () => void;
  /** The current view's link with a different meeting open (or none). */
  hrefFor: (id: string | null) => string;
}

export function useUrlActions(): UrlActions {
  const [path, navigate] = useLocation();
  const search = useQueryString();

  const setFilters = useCallback(
    (next: Filters, options?: { replace?: boolean }) => {
      navigate(`${path}${serializeFilters(next)}`, { replace: options?.replace ?? false });
    },
    [navigate, path],
  );
  const openMeeting = useCallback(
    (id: string, options?: { replace?: boolean }) => {
      // Opening the meeting that is already open must not add a history entry.
      const alreadyOpen = routeOf(path)?.meetingId === id;
      navigate(`${meetingPath(id)}${search}`, { replace: options?.replace ?? alreadyOpen });
    },
    [navigate, path, search],
  );
  const closeMeeting = useCallback(() => navigate(`/${search}`), [navigate, search]);
  const hrefFor = useCallback(
    (id: string | null) => `${id === null ? '/' : meetingPath(id)}${search}`,
    [search],
  );
  return { setFilters, openMeeting, closeMeeting, hrefFor };
}
