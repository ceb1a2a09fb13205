import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../scripts/cli/generate-dataset.ts';
import { VIRTUAL_FROM } from '../../src/features/meeting-list/meeting-list.tsx';
import { clone, smallDataset } from '../helpers.ts';
import { jsonResponse, mockFetch, renderApp } from './render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

function currentFilters() {
  return within(screen.getByRole('region', { name: 'Current filters' }));
}

function rows() {
  const table = screen.getByRole('table', { name: /Meetings in date order/ });
  return within(table).getAllByRole('row').slice(1);
}

describe('explorer page', () => {
  it('shows a loading state, then the summary and every meeting', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/');
    expect(screen.getByRole('status')).toHaveTextContent('Loading meetings');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Test fixture meetings' }),
    ).toBeVisible();
    expect(screen.getByRole('banner')).toHaveTextContent(
      '3 meetings · 4 partners · 1 agreement signed · 25 Oct – 27 Oct 2025',
    );
    // The list mounts just after the first paint (AfterFirstPaint).
    await screen.findByRole('table', { name: /Meetings in date order/ });
    expect(rows()).toHaveLength(3);
  });

  it('renders only the rows near the viewport of a long list, and says how many there are', async () => {
    const count = VIRTUAL_FROM * 5;
    mockFetch(() => jsonResponse(generateDataset(count, 3)));
    renderApp('/');
    // Parsing, validating and indexing 2,000 meetings in jsdom takes over a second
    // on a busy CI machine; the default 1 s wait is about speed, not behaviour.
    const table = await screen.findByRole(
      'table',
      { name: /Meetings in date order/ },
      { timeout: 10_000 },
    );
    expect(screen.getByText(`${count.toLocaleString('en')} meetings`)).toBeVisible();
    expect(table).toHaveAttribute('aria-rowcount', String(count + 1));
    const shown = rows();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(60);
    expect(shown[0]).toHaveAttribute('aria-rowindex', '2');
  }, 20_000);

  it('renders every row of a long list for printing', async () => {
    // A stand-in for the browser's print media query, switched as a print would.
    let printing = false;
    const listeners = new Set<() => void>();
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return query === '(print)' && printing;
      },
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    }));
    const count = VIRTUAL_FROM + 100;
    mockFetch(() => jsonResponse(generateDataset(count, 3)));
    renderApp('/');
    await screen.findByRole('table', { name: /Meetings in date order/ }, { timeout: 10_000 });
    expect(rows().length).toBeLessThan(60);
    printing = true;
    act(() => {
      for (const listener of listeners) listener();
    });
    expect(rows()).toHaveLength(count);
  }, 20_000);

  it('applies filters from the URL', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/?country=PL');
    await screen.findByRole('table', { name: /Meetings in date order/ });
    expect(rows()).toHaveLength(1);
    expect(
      screen.getByRole('link', { name: "Minister meets Poland's digital minister" }),
    ).toBeVisible();
    expect(currentFilters().getByText('1 of 3 meetings match')).toBeVisible();
    // The headline figures follow the filters.
    expect(screen.getByRole('banner')).toHaveTextContent(
      '1 of 3 meetings · 1 of 4 partners · 1 of 1 agreement signed',
    );
  });

  it('renders hostile text from the data as text, never as HTML', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/');
    const link = await screen.findByRole('link', {
      name: /<script>alert\('x'\)<\/script> Reception/,
    });
    expect(link.querySelector('script, b')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says once, above the views, that nothing matches and what is active', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/?country=FR&q=talks');
    const empty = await screen.findByRole('region', { name: 'Nothing matches these filters' });
    expect(empty).toHaveTextContent(
      'None of the 3 meetings matches all of Country: France and Search: “talks”.',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('0 of 3 meetings');
    expect(screen.getAllByRole('button', { name: 'Clear filters' })).toHaveLength(1);
    await userEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    // The views redraw once the answer to the click is on screen.
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(app.location()).toBe('/');
    expect(screen.queryByRole('region', { name: 'Nothing matches these filters' })).toBeNull();
  });

  it('clears the filters but keeps the open meeting', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/meetings/2025-10-27-poland-talks?q=zzzz');
    const empty = await screen.findByRole('region', { name: 'Nothing matches these filters' });
    await userEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(app.location()).toBe('/meetings/2025-10-27-poland-talks');
  });

  it('announces the number of matching meetings politely, and only when it changes', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/');
    await screen.findByRole('table', { name: /Meetings in date order/ });
    const count = currentFilters().getByText('All 3 meetings');
    expect(count).toHaveAttribute('aria-live', 'polite');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(count.textContent ?? ''));
    observer.observe(count, { subtree: true, childList: true, characterData: true });
    // Opening a meeting renders the page again but changes no count: nothing to announce.
    await userEvent.click(
      screen.getByRole('link', { name: "Minister meets Poland's digital minister" }),
    );
    expect(await screen.findByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(changes).toEqual([]);
    await userEvent.click(screen.getByText('Partner kind', { selector: 'summary' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^Company, / }));
    expect(count).toHaveTextContent('1 of 3 meetings match');
    expect(changes.at(-1)).toBe('1 of 3 meetings match');
    observer.disconnect();
  });

  it('reports junk parameters in a notice that can be dismissed', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/?country=ZZ&from=not-a-date&topic=<script>');
    const notice = await screen.findByRole('heading', { name: 'Part of this link was ignored' });
    const region = notice.closest('section') as HTMLElement;
    expect(within(region).getByText('country=ZZ')).toBeVisible();
    expect(within(region).getByText('from=not-a-date')).toBeVisible();
    expect(within(region).getByText('topic=<script>')).toBeVisible();
    await screen.findByRole('table', { name: /Meetings in date order/ });
    expect(rows()).toHaveLength(3);
    await userEvent.click(within(region).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('heading', { name: 'Part of this link was ignored' })).toBeNull();
  });

  it('names the first bad fields of an invalid dataset', async () => {
    const broken = clone(smallDataset());
    broken.meetings[1]!.partners = ['polnd'];
    broken.meetings[0]!.date = '2025-13-01';
    mockFetch(() => jsonResponse(broken));
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'The meeting data is damaged' }),
    ).toBeVisible();
    expect(screen.getByText('meetings[1].partners[0]: unknown partner "polnd"')).toBeVisible();
    expect(
      screen.getByText('meetings[0].date: must be a real calendar day as YYYY-MM-DD'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('explains a failed download and retries on request', async () => {
    let fail = true;
    const fetchMock = mockFetch(() => {
      if (fail) return Promise.reject(new TypeError('Failed to fetch'));
      return jsonResponse(smallDataset());
    });
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'The meetings could not be loaded' }),
    ).toBeVisible();
    expect(fetchMock.mock.calls.length).toBeGreaterThanOrEqual(1);
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('shows an HTTP error with its status, under the site name rather than "Loading…"', async () => {
    mockFetch(() => new Response('nope', { status: 503 }));
    renderApp('/');
    expect(await screen.findByText(/the server answered 503/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Hanoi Convention cooperation explorer',
    );
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('says the dataset is empty, not that filters match nothing', async () => {
    mockFetch(() => jsonResponse({ ...smallDataset(), meetings: [] }));
    renderApp('/');
    expect(await screen.findByText('This dataset has no meetings yet.')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Nothing matches these filters' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('shows the progress of the download while the meetings arrive', async () => {
    const body = JSON.stringify(smallDataset());
    let push: (text: string) => void = () => {};
    let end: () => void = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => controller.enqueue(new TextEncoder().encode(text));
        end = () => controller.close();
      },
    });
    mockFetch(() => new Response(stream, { headers: { 'Content-Length': String(body.length) } }));
    renderApp('/');
    push(body.slice(0, body.length / 2));
    const bar = await screen.findByRole('progressbar', { name: 'Downloading the meetings' });
    await waitFor(() => expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0));
    expect(bar).toHaveAttribute('max', String(body.length));
    expect(screen.getByRole('status')).toHaveTextContent('Downloading the meetings…');
    push(body.slice(body.length / 2));
    end();
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows page not found for an unknown path, with a way back', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Show all meetings' })).toHaveAttribute('href', '/');
  });
});
