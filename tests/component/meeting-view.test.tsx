import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { EMPTY_FILTERS } from '../../src/data/filters.ts';
import { type PreparedDataset, prepareDataset } from '../../src/data/prepare.ts';
import { MeetingView } from '../../src/features/meeting/meeting-view.tsx';
import { UrlActionsProvider, useRoute, useStableUrlActions } from '../../src/url/use-url-state.ts';
import { smallDataset } from '../helpers.ts';
import { jsonResponse, mockFetch, renderApp } from './render-app.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openPanel(url: string) {
  mockFetch(() => jsonResponse(smallDataset()));
  const app = renderApp(url);
  const panel = await screen.findByRole('complementary', { name: /./ });
  return { app, panel };
}

describe('meeting view', () => {
  it('shows everything known about the meeting', async () => {
    const { panel } = await openPanel('/meetings/2025-10-27-poland-talks');
    const view = within(panel);
    expect(
      view.getByRole('heading', { level: 2, name: "Minister meets Poland's digital minister" }),
    ).toHaveFocus();
    expect(view.getByText('Monday, 27 October 2025')).toBeVisible();
    expect(view.getByText('exact date')).toBeVisible();
    expect(view.getByText('Lương Tam Quang')).toBeVisible();
    expect(view.getByText('Minister of Public Security')).toBeVisible();
    expect(view.getByText('Krzysztof Gawkowski')).toBeVisible();
    expect(view.getByText(/Sources disagree/)).toBeVisible();
    expect(document.title).toBe("Minister meets Poland's digital minister — Test fixture meetings");
  });

  it('tells signed agreements from planned ones', async () => {
    const { panel } = await openPanel('/meetings/2025-10-27-poland-talks');
    const outcomes = within(panel)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('outcome'));
    expect(outcomes.map((li) => li.textContent)).toEqual([
      'Signed A cybersecurity memorandum was signed.',
      'Planned A training plan is to follow.',
    ]);
  });

  it('links sources in a new tab without leaking the opener', async () => {
    const { panel } = await openPanel('/meetings/2025-10-27-poland-talks');
    const link = within(panel).getByRole('link', { name: /Example News/ });
    expect(link).toHaveAttribute('href', 'https://example.org/poland');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('marks inferred dates and links topics to a filter', async () => {
    const { app, panel } = await openPanel('/meetings/2025-10-25-unodc-reception?country=PL');
    expect(within(panel).getByText('inferred date')).toBeVisible();
    await userEvent.click(within(panel).getByRole('link', { name: 'Drug trafficking' }));
    expect(app.location()).toBe(
      '/meetings/2025-10-25-unodc-reception?country=PL&topic=drug-trafficking',
    );
  });

  it('filters by a partner when its name is clicked: a country by country, others by partner', async () => {
    const { app, panel } = await openPanel('/meetings/2025-10-26-singapore-kaspersky');
    await userEvent.click(
      within(panel).getByRole('link', { name: /^Singapore ?\(filter by this partner\)$/ }),
    );
    expect(app.location()).toBe('/meetings/2025-10-26-singapore-kaspersky?country=SG');
    await userEvent.click(
      within(panel).getByRole('link', { name: /^Kaspersky ?\(filter by this partner\)$/ }),
    );
    expect(app.location()).toBe(
      '/meetings/2025-10-26-singapore-kaspersky?country=SG&partner=kaspersky',
    );
    await userEvent.click(within(panel).getByRole('link', { name: /^Singapore ?\(filter on\)$/ }));
    expect(app.location()).toBe('/meetings/2025-10-26-singapore-kaspersky?partner=kaspersky');
  });

  it("lists the partner's other meetings, which open with the filters kept", async () => {
    const data = smallDataset();
    const poland = data.meetings.find((m) => m.id === '2025-10-27-poland-talks')!;
    data.meetings.push({
      ...poland,
      id: '2025-11-03-poland-follow-up',
      date: '2025-11-03',
      title: 'Follow-up talks with Poland',
    });
    mockFetch(() => jsonResponse(data));
    const app = renderApp('/meetings/2025-10-27-poland-talks?topic=cybercrime');
    const panel = await screen.findByRole('complementary', { name: /./ });
    const others = within(panel).getByRole('region', { name: 'Other meetings with this partner' });
    expect(
      within(others)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Follow-up talks with Poland']);
    await userEvent.click(
      within(others).getByRole('link', { name: 'Follow-up talks with Poland' }),
    );
    expect(app.location()).toBe('/meetings/2025-11-03-poland-follow-up?topic=cybercrime');
    expect(
      within(panel).getByRole('heading', { level: 2, name: 'Follow-up talks with Poland' }),
    ).toHaveFocus();
    const othersNow = within(panel).getByRole('region', {
      name: 'Other meetings with this partner',
    });
    expect(within(othersNow).getByRole('link')).toHaveTextContent(
      "Minister meets Poland's digital minister",
    );
    expect(within(othersNow).getByText('Mon, 27 Oct 2025')).toBeVisible();
  });

  it('says nothing of other meetings when the partners have none', async () => {
    const { panel } = await openPanel('/meetings/2025-10-25-unodc-reception');
    expect(within(panel).queryByRole('region', { name: /Other meetings/ })).toBeNull();
  });

  it('keeps focus on Previous while stepping, and moves it to the title at the first meeting', async () => {
    const { app, panel } = await openPanel('/meetings/2025-10-27-poland-talks');
    const view = within(panel);
    await userEvent.click(view.getByRole('button', { name: 'Previous' }));
    expect(app.location()).toBe('/meetings/2025-10-26-singapore-kaspersky');
    expect(view.getByRole('button', { name: 'Previous' })).toHaveFocus();
    expect(view.getByText('Singapore and Kaspersky side event, 2 of 3')).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(app.location()).toBe('/meetings/2025-10-25-unodc-reception');
    expect(view.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(view.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('steps to the previous and next meeting with buttons and arrow keys', async () => {
    const { app, panel } = await openPanel('/meetings/2025-10-26-singapore-kaspersky');
    const view = within(panel);
    expect(view.getByText('2 / 3')).toBeVisible();
    await userEvent.click(view.getByRole('button', { name: /Next/ }));
    expect(app.location()).toBe('/meetings/2025-10-27-poland-talks');
    expect(view.getByRole('button', { name: /Next/ })).toBeDisabled();
    await userEvent.keyboard('{ArrowLeft}');
    expect(app.location()).toBe('/meetings/2025-10-26-singapore-kaspersky');
  });

  it('closes with Escape and with the close button', async () => {
    const { app } = await openPanel('/meetings/2025-10-26-singapore-kaspersky?topic=cybercrime');
    await userEvent.keyboard('{Escape}');
    expect(app.location()).toBe('/?topic=cybercrime');
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('opens from the list and gives focus back to the link on close', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/');
    const link = await screen.findByRole('link', { name: 'Singapore and Kaspersky side event' });
    await userEvent.click(link);
    expect(app.location()).toBe('/meetings/2025-10-26-singapore-kaspersky');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Singapore and Kaspersky side event' }),
    ).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: /Close/ }));
    expect(app.location()).toBe('/');
    expect(screen.getByRole('link', { name: 'Singapore and Kaspersky side event' })).toHaveFocus();
  });

  it('gives focus back to the list link on Escape, after stepping too', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    const app = renderApp('/?kind=country');
    const link = await screen.findByRole('link', { name: 'Singapore and Kaspersky side event' });
    await userEvent.click(link);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(app.location()).toBe('/meetings/2025-10-27-poland-talks?kind=country');
    await userEvent.keyboard('{Escape}');
    expect(app.location()).toBe('/?kind=country');
    expect(screen.getByRole('link', { name: 'Singapore and Kaspersky side event' })).toHaveFocus();
  });

  it('copies the canonical link and confirms it', async () => {
    const user = userEvent.setup();
    const { panel } = await openPanel('/meetings/2025-10-27-poland-talks?country=PL');
    await user.click(within(panel).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/meetings/2025-10-27-poland-talks/`,
    );
    expect(within(panel).getByText('Link copied')).toBeVisible();
  });

  it('says when a meeting does not exist, with a way back', async () => {
    const { panel } = await openPanel('/meetings/no-such-meeting?country=PL');
    expect(within(panel).getByRole('heading', { name: 'Meeting not found' })).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Back to all meetings' })).toHaveAttribute(
      'href',
      '/?country=PL',
    );
  });
});

describe('meeting list', () => {
  it('says in one line that no meeting matches, with no empty table', async () => {
    mockFetch(() => jsonResponse(smallDataset()));
    renderApp('/?country=FR');
    const list = await screen.findByRole('region', { name: 'Meetings' });
    expect(within(list).getByText('No meetings match.')).toBeVisible();
    expect(within(list).queryByRole('table')).toBeNull();
  });
});

/** A view that opens meetings the way the timeline does: naming where focus goes back. */
function OtherOpener({ prepared }: { prepared: PreparedDataset }) {
  const { openMeeting } = useStableUrlActions();
  const { route } = useRoute();
  const container = useRef<HTMLElement>(null);
  const meetingId = route?.meetingId ?? null;
  return (
    <>
      <section ref={container} aria-label="Timeline" tabIndex={-1}>
        <button
          type="button"
          onClick={() =>
            openMeeting('2025-10-27-poland-talks', {
              returnFocusTo: container.current ?? undefined,
            })
          }
        >
          Poland talks on the timeline
        </button>
      </section>
      {meetingId && (
        <MeetingView
          prepared={prepared}
          meetingId={meetingId}
          matching={prepared.meetings}
          filters={EMPTY_FILTERS}
        />
      )}
    </>
  );
}

describe('opening a meeting from another view', () => {
  it('gives focus back to the element the opener named', async () => {
    const prepared = prepareDataset(smallDataset());
    const memory = memoryLocation({ path: '/' });
    render(
      <Router hook={memory.hook} searchHook={memory.searchHook}>
        <UrlActionsProvider known={{}}>
          <OtherOpener prepared={prepared} />
        </UrlActionsProvider>
      </Router>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Poland talks on the timeline' }));
    expect(
      screen.getByRole('heading', { level: 2, name: "Minister meets Poland's digital minister" }),
    ).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveFocus();
  });
});
