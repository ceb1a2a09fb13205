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
import type { PreparedDataset } from '../../data/prepare.ts';
import { CitePanel } from '../../ui/cite-panel.tsx';
import './about-section.css';

const TOP_PUBLISHERS = 3;

/** A file of the data package, published beside the dataset. */
function dataFile(name: string): string {
  return `${import.meta.env.BASE_URL}data/${name}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
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

  return (
    <section id="about" className="card about" aria-labelledby="about-title">
      <h2 id="about-title">About this explorer</h2>
      <div className="about-columns">
        <div>
          <h3>The Hanoi Convention</h3>
          <p>
            The United Nations Convention against Cybercrime is a treaty on working together against
            crimes committed with computers and networks, including sharing electronic evidence
            across borders. The UN General Assembly adopted it on 24 December 2024. It was opened
            for signature at a ceremony in Hanoi on 25–26 October 2025, hence its short name, and
            stays open for signature at UN Headquarters in New York until 31 December 2026. It
            enters into force 90 days after the fortieth state ratifies or joins it.
          </p>
          {convention && totals && (
            <p>
              As of {formatDay(convention.asOf)}, the UN record counts{' '}
              {plural(totals.statedSignatories, 'signatory', 'signatories')}, and{' '}
              {plural(totals.ratificationsDeposited, 'ratification is', 'ratifications are')}{' '}
              deposited of the {totals.ratificationsNeeded} needed
              {totals.ratificationsReported > 0
                ? ` (${totals.ratificationsReported} more reported)`
                : ''}
              . <Link href="/convention">Who signed, who ratified, and the road since 2019</Link>.
            </p>
          )}
          <p>
            This explorer follows the meetings around it: who met whom, when, about what, and what
            they agreed, each with links to the reports it is based on.
          </p>
        </div>
        <div>
          <h3>How the data was made</h3>
          <p>
            Every meeting is summarised in the dataset’s own words from public reports and links to
            them: {plural(facts.sources, 'source', 'sources')} from{' '}
            {plural(facts.publishers.length, 'publisher', 'publishers')}
            {top.length > 1 && (
              <>
                , most often{' '}
                {top.map((p, i) => (
                  <span key={p.name}>
                    {i > 0 && (i === top.length - 1 ? ' and ' : ', ')}
                    {p.name} ({p.sources})
                  </span>
                ))}
              </>
            )}
            .
          </p>
          <p>
            {plural(facts.exactDates, 'meeting is', 'meetings are')} dated as a source states
            (“exact date”); for {facts.inferredDates.toLocaleString('en')} the day was worked out
            from the reports (“inferred date”).{' '}
            {plural(facts.withNotes, 'meeting carries', 'meetings carry')} a note on where the
            sources disagree or what is uncertain, shown with the meeting.
          </p>
        </div>
      </div>
      <dl className="about-facts">
        <div>
          <dt>Dataset</dt>
          <dd>
            {data.title}: {plural(meetings.length, 'meeting', 'meetings')}
            {firstDay && lastDay && `, ${formatDaySpan(firstDay, lastDay)}`} (
            <a href={datasetUrl()} download>
              download the data, JSON
            </a>
            )
          </dd>
        </div>
        <div>
          <dt>Data</dt>
          <dd>
            An open data package (Frictionless Data):{' '}
            <a href={dataFile(DATA_PACKAGE.descriptor)}>datapackage.json</a> describes the tables as
            CSV (
            {[...DATA_TABLES, ...(convention ? CONVENTION_TABLES : [])].map((table, index) => (
              <span key={table}>
                {index > 0 && ', '}
                <a href={dataFile(`${table}.csv`)}>{table}</a>
              </span>
            ))}
            ), the whole dataset as JSON and its{' '}
            <a href={dataFile(DATA_PACKAGE.jsonSchema)}>JSON Schema</a>.
          </dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>
            {data.version ?? 'Not stated in the dataset'}, last updated {formatDay(data.updated)}
          </dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd>
            {data.license ? (
              <>
                The data: <a href={data.license.url}>{data.license.title}</a> ({data.license.name}).
              </>
            ) : (
              'Not stated in the dataset.'
            )}{' '}
            The linked reports belong to their publishers.
          </dd>
        </div>
        <div>
          <dt>How to cite</dt>
          <dd>
            <p>
              Cite the dataset with its version, or one meeting from its own Cite button. To point
              to a view, give its link (Share view).
            </p>
            <CitePanel
              label="Cite this dataset"
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
