import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema.ts';
import { clone, smallDataset } from '../helpers.ts';
import { jsonResponse, mockFetch, renderApp, stubResizeObserver } from './render-app.tsx';

beforeAll(stubResizeObserver);

/**
 * The small fixture grown to 14 topics (topic i on 14 − i meetings), with
 * ten meetings on the ceremony days and one far off, on 20 Dec.
 */
function bigDataset(): Dataset {
  const data = clone(smallDataset());
  const template = data.meetings[0]!;
  data.topics = Array.from({ length: 14 }, (_, i) => ({ id: `topic-${i}`, label: `Topic ${i}` }));
  data.meetings = Array.from({ length: 14 }, (_, n) => ({
    ...clone(template),
    id: `2025-10-2${5 + (n % 3)}-meeting-${n}`,
    date: n === 13 ? '2025-12-20' : `2025-10-2${5 + (n % 3)}`,
    topics: data.topics.slice(0, 14 - n).map((t) => t.id),
  }));
  return data;
}

function figure(name: string) {
  return within(screen.getByRole('figure', { name }));
}

function tableRows(name: string) {
  return figure(name)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);
}

describe('charts', () => {
  it('shows the ten busiest topics, and every topic on request', async () => {
    mockFetch(() => jsonResponse(bigDataset()));
    renderApp('/');
    await screen.findByRole('figure', { name: 'Meetings per topic' });
    expect(tableRows('Meetings per topic')).toEqual(
      Array.from({ length: 10 }, (_, i) => `Topic ${i}`),
    );
    const more = figure('Meetings per topic').getByRole('button', { name: 'Show all 14 topics' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(tableRows('Meetings per topic')).toHaveLength(14);
    await userEvent.click(
      figure('Meetings per topic').getByRole('button', { name: 'Show fewer topics' }),
    );
    expect(tableRows('Meetings per topic')).toHaveLength(10);
  });

  it('keeps a chosen topic beyond the ten busiest in sight', async () => {
    mockFetch(() => jsonResponse(bigDataset()));
    renderApp('/?topic=topic-12');
    await screen.findByRole('figure', { name: 'Meetings per topic' });
    expect(tableRows('Meetings per topic').at(-1)).toBe('Topic 12');
    expect(
      figure('Meetings per topic').getByRole('list', { name: 'Colours of the topic bars' })
        .textContent,
    ).toBe('Chosen topicsOther topics');
  });

  it('draws the days where the meetings are, says what it leaves out, and widens on request', async () => {
    mockFetch(() => jsonResponse(bigDataset()));
    renderApp('/');
    const name = 'Meetings per day, by partner kind';
    await screen.findByRole('figure', { name });
    expect(tableRows(name)).toEqual(['Sat, 25 Oct 2025', 'Sun, 26 Oct 2025', 'Mon, 27 Oct 2025']);
    expect(figure(name).getByText(/13 of the 14 meetings are; 1 is on other dates/)).toBeVisible();
    await userEvent.click(figure(name).getByRole('button', { name: 'Show all dates' }));
    expect(tableRows(name).at(-1)).toBe('Sat, 20 Dec 2025');
    expect(figure(name).getByRole('button', { name: 'Show main dates' })).toBeVisible();
  });

  it('says what the colours mean', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/');
    await screen.findByRole('figure', { name: 'Meetings per topic' });
    expect(
      screen.getByRole('list', { name: 'Colours by the kind of the first partner' }).textContent,
    ).toBe('CountryOrganisationCompanyNo partner');
    expect(screen.getByRole('list', { name: 'Colours by outcome' }).textContent).toBe(
      'SignedPlannedCommitment',
    );
  });

  it('says "No meetings match" in every chart when nothing matches', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/?q=zzzz');
    const card = within(await screen.findByRole('region', { name: 'Topics and activity' }));
    expect(card.getAllByRole('figure')).toHaveLength(3);
    expect(card.getAllByText('No meetings match.')).toHaveLength(3);
    expect(card.queryByRole('table')).toBeNull();
    expect(card.queryByRole('list')).toBeNull();
  });
});
