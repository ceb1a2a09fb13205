import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clone, smallDataset } from '../helpers.ts';
import { jsonResponse, mockFetch, renderApp, stubResizeObserver } from './render-app.tsx';

beforeAll(stubResizeObserver);

afterEach(() => {
  vi.unstubAllGlobals();
  stubResizeObserver();
});

function filters() {
  return within(screen.getByRole('region', { name: 'Filters' }));
}

function currentFilters() {
  return within(screen.getByRole('region', { name: 'Current filters' }));
}

describe('filter bar', () => {
  it('shows facet counts with every other filter applied', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/?country=PL');
    await screen.findByRole('region', { name: 'Filters' });
    // The charts mount just after the first paint (AfterFirstPaint).
    await screen.findByRole('region', { name: 'Topics and activity' });
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
    // The charts mount just after the first paint (AfterFirstPaint).
    await screen.findByRole('region', { name: 'Topics and activity' });
    await userEvent.click(filters().getByText('Topics', { selector: 'summary' }));
    await userEvent.click(filters().getByRole('checkbox', { name: 'Training, 1 meeting' }));
    expect(app.location()).toBe('/?topic=training');
    await userEvent.click(filters().getByText('Partner kind', { selector: 'summary' }));
    await userEvent.click(filters().getByRole('checkbox', { name: /^Company, / }));
    expect(app.location()).toBe('/?topic=training&kind=company');
    expect(currentFilters().getByText('0 of 3 meetings match')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Nothing matches these filters' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Kind: Company' }));
    expect(app.location()).toBe('/?topic=training');
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(app.location()).toBe('/');
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('takes dates typed or picked in the app’s own format', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/');
    await screen.findByRole('region', { name: 'Filters' });
    // The charts mount just after the first paint (AfterFirstPaint).
    await screen.findByRole('region', { name: 'Topics and activity' });
    await userEvent.click(filters().getByText('Dates', { selector: 'summary' }));
    const from = filters().getByLabelText('From');
    const to = filters().getByLabelText('To');
    expect(from).toHaveAttribute('placeholder', 'e.g. Sat, 25 Oct 2025');
    // Typed in words, applied on Enter, then shown the way every date on the page reads.
    await userEvent.type(from, '26 october 2025{Enter}');
    expect(app.location()).toBe('/?from=2025-10-26');
    expect(from).toHaveValue('Sun, 26 Oct 2025');
    expect(
      screen.getByRole('button', { name: 'Remove filter From Sun, 26 Oct 2025' }),
    ).toBeVisible();
    // A day from the suggestions (the dataset's days) applies at once.
    expect(document.querySelectorAll(`#${to.getAttribute('list')} option`)).toHaveLength(3);
    await userEvent.type(to, 'Mon, 27 Oct 2025');
    expect(app.location()).toBe('/?from=2025-10-26&to=2025-10-27');
    // All-number dates are ambiguous and an end before the start is refused, in words.
    await userEvent.clear(to);
    await userEvent.type(to, '10/11/2025{Enter}');
    expect(to).toHaveAccessibleDescription(
      'Type a day such as Mon, 27 Oct 2025, or pick one from the list.',
    );
    expect(to).toBeInvalid();
    await userEvent.clear(to);
    await userEvent.type(to, '2025-10-25{Enter}');
    expect(to).toHaveAccessibleDescription(
      'The end must not be before the start, Sun, 26 Oct 2025.',
    );
    expect(app.location()).toBe('/?from=2025-10-26&to=2025-10-27');
    // Emptied, the day is no longer a filter.
    await userEvent.clear(from);
    await userEvent.tab();
    expect(app.location()).toBe('/?to=2025-10-27');
  });

  it('keeps long lists short, whole and searchable', async () => {
    const data = clone(smallDataset());
    const extra = 'Arms,Borders,Children,Corruption,Data,Elections,Fraud,Ports,Spam,Customs,Energy';
    for (const label of [...extra.split(','), 'Border security', 'Child protection']) {
      data.topics.push({ id: label.toLowerCase().replace(' ', '-'), label });
    }
    data.topics.push({ id: 'zoonoses', label: 'Zoonoses' });
    mockFetch(() => jsonResponse(data));
    const app = renderApp('/?topic=zoonoses');
    await screen.findByRole('region', { name: 'Filters' });
    // The charts mount just after the first paint (AfterFirstPaint).
    await screen.findByRole('region', { name: 'Topics and activity' });
    await userEvent.click(filters().getByText('Topics', { selector: 'summary' }));
    const topics = within(filters().getByRole('group', { name: 'Topics' }));
    // Of 18 topics, the first ten, plus the chosen one wherever it sorts.
    expect(topics.getAllByRole('checkbox')).toHaveLength(11);
    expect(topics.queryByRole('checkbox', { name: /^Unused topic/ })).toBeNull();
    expect(topics.getByRole('checkbox', { name: 'Zoonoses, 0 meetings' })).toBeChecked();
    await userEvent.click(topics.getByRole('button', { name: 'Show all 18' }));
    expect(topics.getAllByRole('checkbox')).toHaveLength(18);
    expect(topics.getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await userEvent.type(topics.getByRole('searchbox', { name: 'Find in topics' }), 'CORR');
    expect(topics.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual([
      'Corruption, 0 meetings',
    ]);
    await userEvent.type(topics.getByRole('searchbox', { name: 'Find in topics' }), 'x');
    expect(topics.getByText('No topics match “CORRx”.')).toBeVisible();
    expect(app.location()).toBe('/?topic=zoonoses');
  });

  it('searches without pushing a history entry per keystroke', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Search meetings' });
    await userEvent.type(box, 'phạm');
    expect(app.location()).toBe(`/?q=${encodeURIComponent('phạm')}`);
    expect(currentFilters().getByText('1 of 3 meetings match')).toBeVisible();
    // Four keystrokes, one entry: Back leaves the search instead of un-typing it letter by letter.
    expect(app.history()).toEqual([`/?q=${encodeURIComponent('phạm')}`]);
  });
});

describe('topic charts', () => {
  it('lists meetings per topic in a table whose buttons filter', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/');
    await screen.findByRole('region', { name: 'Filters' });
    // The charts mount just after the first paint (AfterFirstPaint).
    await screen.findByRole('region', { name: 'Topics and activity' });
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
    // The charts redraw once the answer to the click is on screen.
    await waitFor(() =>
      expect(within(topicTable).getByRole('button', { name: 'Drug trafficking' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
  });

  it('counts agreements signed and planned by partner', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/');
    await screen.findByRole('region', { name: 'Filters' });
    // The charts mount just after the first paint (AfterFirstPaint).
    await screen.findByRole('region', { name: 'Topics and activity' });
    const outcomeTable = screen
      .getAllByRole('table')
      .find((t) => within(t).queryByRole('columnheader', { name: 'Signed' })) as HTMLElement;
    const poland = within(outcomeTable).getByRole('rowheader', { name: 'Poland' }).closest('tr');
    expect(poland?.textContent).toBe('Poland110');
  });
});
