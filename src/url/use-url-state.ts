/**
 * URL state: the filters and the open meeting live only in the URL. These hooks
 * derive them from the router's location on every render; nothing is copied
 * into React state, so reload, Back/Forward and shared links all agree.
 */
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { Filters } from '../data/filters.ts';
import {
  type KnownValues,
  meetingPath,
  type ParsedFilters,
  parseFilters,
  serializeFilters,
} from './url-state.ts';

interface NavigationState {
  /** Set when the app itself opened the meeting, so closing can go Back. */
  openedFromApp?: boolean;
}

export function useUrlFilters(known?: KnownValues): ParsedFilters & { search: string } {
  const { search } = useLocation();
  const parsed = useMemo(() => parseFilters(search, known), [search, known]);
  return { ...parsed, search };
}

export function useOpenMeetingId(): string | null {
  return useParams().meetingId ?? null;
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
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as NavigationState | null;

  const setFilters = useCallback(
    (next: Filters, options?: { replace?: boolean }) => {
      navigate(
        { pathname: location.pathname, search: serializeFilters(next) },
        { replace: options?.replace ?? false, state: location.state },
      );
    },
    [navigate, location.pathname, location.state],
  );

  const openMeeting = useCallback(
    (id: string, options?: { replace?: boolean }) => {
      const replace = options?.replace ?? false;
      navigate(
        { pathname: meetingPath(id), search: location.search },
        {
          replace,
          state: { openedFromApp: replace ? state?.openedFromApp : true } satisfies NavigationState,
        },
      );
    },
    [navigate, location.search, state?.openedFromApp],
  );

  const closeMeeting = useCallback(() => {
    if (state?.openedFromApp) navigate(-1);
    else navigate({ pathname: '/', search: location.search });
  }, [navigate, location.search, state?.openedFromApp]);

  const hrefFor = useCallback(
    (id: string | null) => `${id === null ? '/' : meetingPath(id)}${location.search}`,
    [location.search],
  );

  return { setFilters, openMeeting, closeMeeting, hrefFor };
}
