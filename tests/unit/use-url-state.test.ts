import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { type Location, makeActions, routeOf } from '../../src/url/use-url-state.ts';

describe('routeOf', () => {
  it('reads the home page and a meeting, with or without a trailing slash', () => {
    for (const home of ['/', '', '/index.html', '/meetings', '/meetings/']) {
      expect(routeOf(home), home).toEqual({ meetingId: null });
    }
    expect(routeOf('/meetings/2025-10-27-poland-talks')).toEqual({
      meetingId: '2025-10-27-poland-talks',
    });
    expect(routeOf('/meetings/2025-10-27-poland-talks/')).toEqual({
      meetingId: '2025-10-27-poland-talks',
    });
  });

  it('decodes an encoded id, and keeps a malformed encoding as it is', () => {
    expect(routeOf('/meetings/a%20b')).toEqual({ meetingId: 'a b' });
    expect(routeOf('/convention')).toEqual({ meetingId: null, convention: true });
    expect(routeOf('/convention/')).toEqual({ meetingId: null, convention: true });
    expect(routeOf('/meetings/%E0%A4%A')).toEqual({ meetingId: '%E0%A4%A' });
  });

  it('knows nothing else', () => {
    for (const path of ['/meetings/a/b', '/about', '/404.html', '/assets/', '/index.htm']) {
      expect(routeOf(path), path).toBeUndefined();
    }
  });
});

/** The actions over a fake address bar that records every navigation. */
function fakeLocation(path: string, search = '') {
  const calls: { to: string; replace: boolean }[] = [];
  const location: Location = {
    path,
    search,
    navigate: ((to: string, options?: { replace?: boolean }) => {
      calls.push({ to, replace: options?.replace ?? false });
      const [nextPath = '', nextSearch = ''] = to.split('?');
      location.path = nextPath;
      location.search = nextSearch ? `?${nextSearch}` : '';
    }) as Location['navigate'],
  };
  return { actions: makeActions(() => location), calls };
}

describe('makeActions', () => {
  it('writes filters into the query on the current path, adding a history entry', () => {
    const { actions, calls } = fakeLocation('/meetings/m1');
    actions.setFilters({ ...EMPTY_FILTERS, country: ['PL'] });
    expect(calls).toEqual([{ to: '/meetings/m1?country=PL', replace: false }]);
  });

  it('replaces the entry when asked (typing in the search box)', () => {
    const { actions, calls } = fakeLocation('/');
    actions.setFilters({ ...EMPTY_FILTERS, q: 'luong' }, { replace: true });
    expect(calls).toEqual([{ to: '/?q=luong', replace: true }]);
  });

  it('updates from the filters in the address now, so two quick clicks both count', () => {
    const { actions, calls } = fakeLocation('/', '?topic=training');
    actions.updateFilters((f) => ({ ...f, country: [...f.country, 'PL'] }));
    actions.updateFilters((f) => ({ ...f, country: [...f.country, 'AU'] }));
    expect(calls.map((c) => c.to)).toEqual([
      '/?country=PL&topic=training',
      '/?country=AU,PL&topic=training',
    ]);
  });

  it('opens and closes a meeting keeping the filters; reopening the open one adds no entry', () => {
    const { actions, calls } = fakeLocation('/', '?country=PL');
    actions.openMeeting('m1');
    actions.openMeeting('m1');
    actions.closeMeeting();
    expect(calls).toEqual([
      { to: '/meetings/m1?country=PL', replace: false },
      { to: '/meetings/m1?country=PL', replace: true },
      { to: '/?country=PL', replace: false },
    ]);
    expect(actions.hrefFor('m 2')).toBe('/meetings/m%202?country=PL');
  });
});
