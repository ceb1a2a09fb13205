import { Link } from 'wouter';
import type { ConventionCounts } from '../data/convention.ts';
import type { HeadlineFigures } from '../data/dataset-facts.ts';
import { formatDaySpan } from '../data/dates.ts';
import type { LoadProgress } from '../data/loading/load-progress.ts';
import type { LocalText } from '../data/localize.ts';
import type { DatasetSummary } from '../data/selectors.ts';
import { ThemeToggle } from '../features/theme/theme-toggle.tsx';
import { useTranslator } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { type DownloadItem, DownloadMenu } from '../ui/download-menu.tsx';
import { Localized } from '../ui/local-text.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { LoadProgressView } from './load-progress-view.tsx';
import { ShareMenu } from './share-menu.tsx';
import './header.css';

const bold = (s: string) => <strong>{s}</strong>;

/** Each figure's message alone ("41 meetings") and under filters ("12 of 41 meetings"). */
const FIGURE_MESSAGES: Record<
  'meetings' | 'partners' | 'agreementsSigned',
  { alone: MessageKey; of: MessageKey }
> = {
  meetings: { alone: 'app.figure-meetings', of: 'app.figure-meetings-of' },
  partners: { alone: 'app.figure-partners', of: 'app.figure-partners-of' },
  agreementsSigned: { alone: 'app.figure-agreements', of: 'app.figure-agreements-of' },
};

/**
 * One headline figure: "41 meetings", or under filters "12 of 41 meetings".
 * The number is bold: it is what a reader quotes.
 */
function Figure({
  name,
  value,
  total,
}: {
  name: keyof typeof FIGURE_MESSAGES;
  value: number;
  /** The figure for the whole dataset, when filters narrow it. */
  total: number | null;
}) {
  const { rich } = useTranslator();
  const messages = FIGURE_MESSAGES[name];
  return total === null
    ? rich(messages.alone, { value }, { 0: bold })
    : rich(messages.of, { value, total }, { 0: bold });
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
  const { tag } = useTranslator();
  const of = (key: keyof HeadlineFigures) => (filtered ? totals[key] : null);
  return (
    <p className="summary">
      <Figure name="meetings" value={figures.meetings} total={of('meetings')} />
      {' · '}
      <Figure name="partners" value={figures.partners} total={of('partners')} />
      {totals.agreementsSigned > 0 && (
        <>
          {' · '}
          <Figure
            name="agreementsSigned"
            value={figures.agreementsSigned}
            total={of('agreementsSigned')}
          />
        </>
      )}
      {summary.firstDay && summary.lastDay && (
        <>
          {' · '}
          <span className="nowrap">{formatDaySpan(summary.firstDay, summary.lastDay, tag)}</span>
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
  const { t, rich } = useTranslator();
  const { ratificationsDeposited: deposited, ratificationsReported: reported } = counts;
  // A phone gets the same figures in fewer words.
  const wide = (s: string) => <span className="wide-only">{s}</span>;
  return (
    <p className="summary convention-line">
      {rich('app.convention-signatories', { count: counts.statedSignatories }, { 0: bold })}
      {' · '}
      {rich(
        'app.convention-ratifications',
        { deposited, needed: counts.ratificationsNeeded },
        { 0: bold, 1: wide },
      )}
      {reported > 0 && <> {rich('app.convention-reported', { reported }, { 0: wide })}</>}
      {' · '}
      <Link href="/convention" className="header-link">
        {t('app.convention-link')}
      </Link>
    </p>
  );
}

/**
 * The header without a dataset: a skeleton while it loads; the site's name
 * when loading failed (the error below says why), never a "Loading…" that stays.
 */
export function HeaderSkeleton({ failed = false }: { failed?: boolean }) {
  const { t } = useTranslator();
  // The intro says what the site is for, in words that fit any dataset. It is on
  // screen from the very first paint (index.html carries the loading page as static HTML).
  return (
    <header className="site-header">
      <div className="header-main">
        <div>
          <p className="eyebrow">{t('app.eyebrow')}</p>
          {failed ? (
            <h1>{t('site.name')}</h1>
          ) : (
            <h1 className="skeleton-text">{t('app.loading')}</h1>
          )}
          {!failed && <p className="summary skeleton-text">&nbsp;</p>}
          <p className="intro">{t('app.intro')}</p>
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
  const { t } = useTranslator();
  return (
    <>
      <HeaderSkeleton />
      <main id="main" className="page" aria-busy="true">
        {progress ? (
          <LoadProgressView progress={progress} />
        ) : (
          <p className="visually-hidden" role="status">
            {t('app.loading-meetings')}
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
  /** The dataset's title in the reader's language. */
  title: LocalText;
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
  const { t, rich } = useTranslator();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('app.skip-to-content')}
      </a>
      <div className="header-main">
        <div>
          <div className="header-top">
            <p className="eyebrow">{t('app.eyebrow')}</p>
            <div className="header-prefs">
              <ThemeToggle />
              <LanguageSwitch />
            </div>
          </div>
          <h1>
            <Localized value={title} />
          </h1>
          <FiguresLine figures={figures} totals={totals} filtered={filtered} summary={summary} />
          {convention && <ConventionLine counts={convention} />}
          <p className="intro wide-only">{t('app.intro')}</p>
        </div>
        <div className="header-tools">
          <SearchBox query={query} onQueryChange={onQueryChange} />
          <ShareMenu title={title.text} />
          <DownloadMenu
            label={t('app.download-label')}
            buttonText={rich(
              'app.download-button',
              {},
              { 0: (s) => <span className="wide-only">{s}</span> },
            )}
            items={downloads}
          />
          <a className="about-link" href="#about">
            {t('app.about')}
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
  const { t } = useTranslator();
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to jsdom and older browsers; a search-role form is the portable equivalent
    <form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="search-input" className="visually-hidden">
        {t('app.search-label')}
      </label>
      <input
        id="search-input"
        type="search"
        placeholder={t('app.search-placeholder')}
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
  title: LocalText;
  figures: HeadlineFigures;
  totals: HeadlineFigures;
  filtered: boolean;
  summary: DatasetSummary;
  /** This view without embed mode. */
  fullHref: string;
}) {
  const { t } = useTranslator();
  return (
    <header className="embed-bar">
      <h1>
        <Localized value={title} />
      </h1>
      <FiguresLine figures={figures} totals={totals} filtered={filtered} summary={summary} />
      <span className="embed-links">
        <LanguageSwitch />
        <a href={fullHref} target="_blank" rel="noopener">
          {t('app.open-in-explorer')} <span aria-hidden="true">↗</span>
          <span className="visually-hidden"> {t('app.new-tab')}</span>
        </a>
      </span>
    </header>
  );
}
