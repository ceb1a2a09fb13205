import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(view.getByText('Mon, 27 Oct 2025')).toBeVisible();
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
