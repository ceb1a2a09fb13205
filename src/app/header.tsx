import { Link } from 'wouter';
import type { ConventionCounts } from '../data/convention.ts';
import type { HeadlineFigures } from '../data/dataset-facts.ts';
import { formatDaySpan } from '../data/dates.ts';
import { SITE_NAME } from '../data/export/caption.ts';
import type { LoadProgress } from '../data/loading/load-progress.ts';
import type { DatasetSummary } from '../data/selectors.ts';
import { type DownloadItem, DownloadMenu } from '../ui/download-menu.tsx';
import { LoadProgressView } from './load-progress-view.tsx';
import { ShareMenu } from './share-menu.tsx';
import './header.css';

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * One headline figure: "41 meetings", or under filters "12 of 41 meetings".
 * The number is bold: it is what a reader quotes.
 */
function Figure({
  value,
  total,
  one,
  many,
}: {
  value: number;
  /** The figure for the whole dataset, when filters narrow it. */
  total: number | null;
  one: string;
  many: string;
}) {
  return (
    <>
      <strong>{value.toLocaleString('en')}</strong>
      {total === null
        ? ` ${plural(value, one, many)}`
        : ` of ${total.toLocaleString('en')} ${plural(total, one, many)}`}
    </>
  );
}

/**
 * The figures a reader would quote, following the filters: meetings, partners
 * met and agreements signed (left out for a dataset without any), then the
 * dataset's span of days.
 */
function FiguresLine({
  figures,
  totals,
  filtered,
  summary,
}: {
  figures: HeadlineFigures;
  totals: HeadlineFigures;
  filtered: boolean;
  summary: DatasetSummary;
}) {
  const of = (key: keyof HeadlineFigures) => (filtered ? totals[key] : null);
  return (
    <p className="summary">
      <Figure value={figures.meetings} total={of('meetings')} one="meeting" many="meetings" />
      {' · '}
      <Figure value={figures.partners} total={of('partners')} one="partner" many="partners" />
      {totals.agreementsSigned > 0 && (
        <>
          {' · '}
          <Figure
            value={figures.agreementsSigned}
            total={of('agreementsSigned')}
            one="agreement signed"
            many="agreements signed"
          />
        </>
      )}
      {summary.firstDay && summary.lastDay && (
        <>
          {' · '}
          <span className="nowrap">{formatDaySpan(summary.firstDay, summary.lastDay)}</span>
        </>
      )}
    </p>
  );
}

/**
 * How far the convention is from entering into force, from the dataset's
 * convention part (left out without one). Counts are the dataset's: only
 * deposited instruments count toward the threshold; reported ones are named
 * apart.
 */
function ConventionLine({ counts }: { counts: ConventionCounts }) {
  const { ratificationsDeposited: deposited, ratificationsReported: reported } = counts;
  // A phone gets the same figures in fewer words.
  return (
    <p className="summary convention-line">
      Convention: <strong>{counts.statedSignatories.toLocaleString('en')}</strong>{' '}
      {plural(counts.statedSignatories, 'signatory', 'signatories')}
      {' · '}
      <strong>{deposited.toLocaleString('en')}</strong> of the{' '}
      {counts.ratificationsNeeded.toLocaleString('en')} ratifications
      <span className="wide-only"> it needs to enter into force</span>
      {reported > 0 && (
        <>
          {' '}
          (+{reported.toLocaleString('en')} reported
          <span className="wide-only">, not yet in the UN record</span>)
        </>
      )}
      {' · '}
      <Link href="/convention" className="header-link">
        Who signed, who ratified
      </Link>
    </p>
  );
}

/**
 * What the site is for, in words that fit any dataset. It is on screen from the
 * very first paint (index.html carries the loading page as static HTML).
 */
export const INTRO =
  'Who met whom, when and about what: narrow the meetings down by partner, topic, date or text, open one to read what was agreed and where it was reported, and share a link that shows exactly what you see.';

/**
 * The header without a dataset: a skeleton while it loads; the site's name
 * when loading failed (the error below says why), never a "Loading…" that stays.
 */
export function HeaderSkeleton({ failed = false }: { failed?: boolean }) {
  return (
    <header className="site-header">
      <div className="header-main">
        <div>
          <p className="eyebrow">Cooperation explorer</p>
          {failed ? <h1>{SITE_NAME}</h1> : <h1 className="skeleton-text">Loading…</h1>}
          {!failed && <p className="summary skeleton-text">&nbsp;</p>}
          <p className="intro">{INTRO}</p>
        </div>
      </div>
    </header>
  );
}

/**
 * The page while the meetings load. index.html carries a hand-made copy as
 * static HTML for the first paint; tests/unit/static-shell.test.tsx keeps the two equal.
 */
export function LoadingPage({ progress = null }: { progress?: LoadProgress | null }) {
  return (
    <>
      <HeaderSkeleton />
      <main id="main" className="page" aria-busy="true">
        {progress ? (
          <LoadProgressView progress={progress} />
        ) : (
          <p className="visually-hidden" role="status">
            Loading meetings…
          </p>
        )}
        <div className="skeleton-list" aria-hidden="true">
          {Array.from({ length: 8 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <div key={i} className="skeleton-row" />
          ))}
        </div>
      </main>
    </>
  );
}

export function Header({
  title,
  summary,
  figures,
  totals,
  filtered,
  convention,
  query,
  onQueryChange,
  downloads,
}: {
  title: string;
  /** The whole view's downloads (the matching meetings). */
  downloads: DownloadItem[];
  /** The convention's counts, when the dataset has a convention part. */
  convention: ConventionCounts | null;
  summary: DatasetSummary;
  /** The headline figures of the matching meetings, and of all of them. */
  figures: HeadlineFigures;
  totals: HeadlineFigures;
  filtered: boolean;
  query: string;
  onQueryChange: (q: string) => void;
}) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="header-main">
        <div>
          <p className="eyebrow">Cooperation explorer</p>
          <h1>{title}</h1>
          <FiguresLine figures={figures} totals={totals} filtered={filtered} summary={summary} />
          {convention && <ConventionLine counts={convention} />}
          <p className="intro wide-only">{INTRO}</p>
        </div>
        <div className="header-tools">
          <SearchBox query={query} onQueryChange={onQueryChange} />
          <ShareMenu title={title} />
          <DownloadMenu
            label="Download data: the matching meetings"
            buttonText={
              <>
                Download<span className="wide-only"> data</span>
              </>
            }
            items={downloads}
          />
          <a className="about-link" href="#about">
            About
          </a>
        </div>
      </div>
    </header>
  );
}

function SearchBox({
  query,
  onQueryChange,
}: {
  query: string;
  onQueryChange: (q: string) => void;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and older browsers; a search-role form is the portable equivalent
    <form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="search-input" className="visually-hidden">
        Search meetings
      </label>
      <input
        id="search-input"
        type="search"
        placeholder="Search people, partners, topics…"
        value={query}
        autoComplete="off"
        onChange={(event) => onQueryChange(event.target.value)}
      />
    </form>
  );
}

/**
 * The header in embed mode (`embed=1`): the dataset's name, its figures and a
 * way out to the full explorer, in a new tab (the page around the frame stays).
 */
export function EmbedHeader({
  title,
  figures,
  totals,
  filtered,
  summary,
  fullHref,
}: {
  title: string;
  figures: HeadlineFigures;
  totals: HeadlineFigures;
  filtered: boolean;
  summary: DatasetSummary;
  /** This view without embed mode. */
  fullHref: string;
}) {
  return (
    <header className="embed-bar">
      <h1>{title}</h1>
      <FiguresLine figures={figures} totals={totals} filtered={filtered} summary={summary} />
      <a href={fullHref} target="_blank" rel="noopener">
        Open in the explorer <span aria-hidden="true">↗</span>
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </header>
  );
}
