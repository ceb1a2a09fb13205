import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../helpers.ts';
import { jsonResponse, mockFetch, renderApp } from './render-app.tsx';

beforeAll(() => {
  // recharts measures its container; jsdom has no layout.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

function filters() {
  return within(screen.getByRole('region', { name: 'Filters' }));
}

describe('filter bar', () => {
  it('shows facet counts with every other filter applied', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/?country=PL');
    await screen.findByRole('region', { name: 'Filters' });
    // The country facet ignores its own choice: Singapore still offers its meeting.
    expect(filters().getByRole('checkbox', { name: 'Poland, 1 meeting' })).toBeChecked();
    expect(filters().getByRole('checkbox', { name: 'Singapore, 1 meeting' })).not.toBeChecked();
    // Other facets see only Poland's meeting; zero options stay listed.
    expect(
      filters().getByRole('checkbox', { name: 'Drug trafficking, 0 meetings' }),
    ).not.toBeChecked();
    expect(filters().getByRole('checkbox', { name: 'Training, 1 meeting' })).toBeInTheDocument();
  });

  it('toggles options into the URL and shows them as removable chips', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/');
    await screen.findByRole('region', { name: 'Filters' });
    await userEvent.click(filters().getByText('Topics', { selector: 'summary' }));
    await userEvent.click(filters().getByRole('checkbox', { name: 'Training, 1 meeting' }));
    expect(app.location()).toBe('/?topic=training');
    await userEvent.click(filters().getByText('Partner kind', { selector: 'summary' }));
    await userEvent.click(filters().getByRole('checkbox', { name: /^Company, / }));
    expect(app.location()).toBe('/?topic=training&kind=company');
    expect(screen.getByText('No meetings match these filters.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Kind: Company' }));
    expect(app.location()).toBe('/?topic=training');
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(app.location()).toBe('/');
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('sets a date range from the date inputs', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/');
    await screen.findByRole('region', { name: 'Filters' });
    const from = filters().getByLabelText('From');
    expect(from).toHaveAttribute('min', '2025-10-25');
    await userEvent.type(from, '2025-10-26');
    expect(app.location()).toBe('/?from=2025-10-26');
    expect(
      screen.getByRole('button', { name: 'Remove filter From Sun, 26 Oct 2025' }),
    ).toBeVisible();
  });

  it('searches without pushing a history entry per keystroke', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Search meetings' });
    await userEvent.type(box, 'phạm');
    expect(app.location()).toBe(`/?q=${encodeURIComponent('phạm')}`);
    expect(screen.getByText('1 of 3 meetings match')).toBeVisible();
    // Four keystrokes, one entry: Back leaves the search instead of un-typing it letter by letter.
    expect(app.history()).toEqual([`/?q=${encodeURIComponent('phạm')}`]);
  });
});

describe('topic charts', () => {
  it('lists meetings per topic in a table whose buttons filter', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/');
    await screen.findByRole('region', { name: 'Filters' });
    const topicTable = screen
      .getAllByRole('table')
      .find((t) => within(t).queryByRole('columnheader', { name: 'Topic' })) as HTMLElement;
    const rows = within(topicTable).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Cybercrime2',
      'Drug trafficking1',
      'Training1',
    ]);
    await userEvent.click(within(topicTable).getByRole('button', { name: 'Drug trafficking' }));
    expect(app.location()).toBe('/?topic=drug-trafficking');
    expect(within(topicTable).getByRole('button', { name: 'Drug trafficking' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('counts agreements signed and planned by partner', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/');
    await screen.findByRole('region', { name: 'Filters' });
    const outcomeTable = screen
      .getAllByRole('table')
      .find((t) => within(t).queryByRole('columnheader', { name: 'Signed' })) as HTMLElement;
    const poland = within(outcomeTable).getByRole('rowheader', { name: 'Poland' }).closest('tr');
    expect(poland?.textContent).toBe('Poland110');
  });
});
