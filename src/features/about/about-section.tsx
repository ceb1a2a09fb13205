import { memo, useMemo } from 'react';
import { Link } from 'wouter';
import { conventionCounts } from '../../data/convention.ts';
import { provenance } from '../../data/dataset-facts.ts';
import { formatDay, formatDaySpan } from '../../data/dates.ts';
import {
  CONVENTION_TABLES,
  DATA_PACKAGE,
  DATA_TABLES,
} from '../../data/export/data-package-files.ts';
import { datasetUrl } from '../../data/loading/fetch-dataset.ts';
import { localText } from '../../data/localize.ts';
import type { PreparedDataset } from '../../data/prepare.ts';
import { useTranslator } from '../../i18n/i18n.tsx';
import { CitePanel } from '../../ui/cite-panel.tsx';
import { Localized } from '../../ui/local-text.tsx';
import './about-section.css';

const TOP_PUBLISHERS = 3;

/** A file of the data package, published beside the dataset. */
function dataFile(name: string): string {
  return `${import.meta.env.BASE_URL}data/${name}`;
}

/**
 * What the explorer is about and where its data comes from: the convention in
 * a few sentences, then how this dataset was made, from its own metadata and
 * meetings, so any dataset describes itself. A dataset without a version or a
 * licence says so rather than guess.
 */
// Memoised: it depends on the dataset only, and the page re-renders on every click.
export const AboutSection = memo(function AboutSection({
  prepared,
}: {
  prepared: PreparedDataset;
}) {
  const { data, meetings, firstDay, lastDay } = prepared;
  const facts = useMemo(() => provenance(meetings), [meetings]);
  const convention = data.convention;
  const totals = useMemo(() => (convention ? conventionCounts(convention) : null), [convention]);
  const siteUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;
  const top = facts.publishers.slice(0, TOP_PUBLISHERS);

  const { t, rich, list, locale, tag } = useTranslator();
  const title = localText(data, 'title', locale);
  const tables = [...DATA_TABLES, ...(convention ? CONVENTION_TABLES : [])];
  const sourceCounts = { sources: facts.sources, publishers: facts.publishers.length };

  return (
    <section id="about" className="card about" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <div className="about-columns">
        <div>
          <h3>{t('about.convention-title')}</h3>
          <p>{t('about.convention')}</p>
          {convention && totals && (
            <p>
              {rich(
                totals.ratificationsReported > 0
                  ? 'about.convention-counts-reported'
                  : 'about.convention-counts',
                {
                  day: formatDay(convention.asOf, tag),
                  signatories: totals.statedSignatories,
                  deposited: totals.ratificationsDeposited,
                  needed: totals.ratificationsNeeded,
                  reported: totals.ratificationsReported,
                },
                { 0: (s) => <Link href="/convention">{s}</Link> },
              )}
            </p>
          )}
          <p>{t('about.follows')}</p>
        </div>
        <div>
          <h3>{t('about.data-title')}</h3>
          <p>
            {top.length > 1
              ? t('about.sources-top', {
                  ...sourceCounts,
                  top: list(
                    top.map((p) => t('about.publisher', { name: p.name, sources: p.sources })),
                  ),
                })
              : t('about.sources', sourceCounts)}
          </p>
          <p>
            {t('about.dates', {
              exact: facts.exactDates,
              inferred: facts.inferredDates,
              notes: facts.withNotes,
            })}
          </p>
        </div>
      </div>
      <dl className="about-facts">
        <div>
          <dt>{t('about.dataset-term')}</dt>
          <dd>
            {rich(
              firstDay && lastDay ? 'about.dataset' : 'about.dataset-no-span',
              {
                title: title.text,
                count: meetings.length,
                span: firstDay && lastDay ? formatDaySpan(firstDay, lastDay, tag) : '',
              },
              {
                0: () => <Localized value={title} />,
                1: (s) => (
                  <a href={datasetUrl()} download>
                    {s}
                  </a>
                ),
              },
            )}
          </dd>
        </div>
        <div>
          <dt>{t('about.data-term')}</dt>
          <dd>
            {rich(
              'about.data-package',
              {},
              {
                0: (s) => <a href={dataFile(DATA_PACKAGE.descriptor)}>{s}</a>,
                1: () =>
                  tables.map((table, index) => (
                    <span key={table}>
                      {index > 0 && ', '}
                      <a href={dataFile(`${table}.csv`)}>{table}</a>
                    </span>
                  )),
                2: (s) => <a href={dataFile(DATA_PACKAGE.jsonSchema)}>{s}</a>,
              },
            )}
          </dd>
        </div>
        <div>
          <dt>{t('about.version-term')}</dt>
          <dd>
            {data.version
              ? t('about.version', { version: data.version, day: formatDay(data.updated, tag) })
              : t('about.version-none', { day: formatDay(data.updated, tag) })}
          </dd>
        </div>
        <div>
          <dt>{t('about.licence-term')}</dt>
          <dd>
            {data.license
              ? rich(
                  'about.licence',
                  { title: data.license.title, name: data.license.name },
                  { 0: (s) => <a href={data.license?.url}>{s}</a> },
                )
              : t('about.licence-none')}
          </dd>
        </div>
        <div>
          <dt>{t('about.cite-term')}</dt>
          <dd>
            <p>{t('about.cite-help')}</p>
            <CitePanel
              label={t('about.cite-label')}
              work={() => ({
                dataset: data.title,
                version: data.version ?? null,
                updated: data.updated,
                url: siteUrl,
              })}
            />
          </dd>
        </div>
      </dl>
    </section>
  );
});
