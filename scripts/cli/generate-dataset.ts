/**
 * Writes a valid, seeded dataset of N meetings for tests and benchmarks:
 * realistic spread of countries (tiny ones too), organisations, companies,
 * topics and dates, Vietnamese diacritics in names.
 * Usage: tsx scripts/cli/generate-dataset.ts <count> <out.json> [--seed N]
 */
import { writeFileSync } from 'node:fs';
import { MEETING_FORMATS } from '../../src/data/codes.ts';
import type { Dataset, Meeting } from '../../src/data/schema.ts';

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES: [string, string][] = [
  ['PL', 'Poland'],
  ['AU', 'Australia'],
  ['LA', 'Laos'],
  ['RU', 'Russia'],
  ['CU', 'Cuba'],
  ['MA', 'Morocco'],
  ['MZ', 'Mozambique'],
  ['AZ', 'Azerbaijan'],
  ['BY', 'Belarus'],
  ['IR', 'Iran'],
  ['AO', 'Angola'],
  ['SG', 'Singapore'],
  ['MT', 'Malta'],
  ['BH', 'Bahrain'],
  ['MC', 'Monaco'],
  ['JP', 'Japan'],
  ['KR', 'South Korea'],
  ['FR', 'France'],
  ['DE', 'Germany'],
  ['BR', 'Brazil'],
  ['ZA', 'South Africa'],
  ['IN', 'India'],
  ['KH', 'Cambodia'],
  ['TH', 'Thailand'],
  ['CN', 'China'],
  ['US', 'United States'],
  ['GB', 'United Kingdom'],
  ['NG', 'Nigeria'],
  ['TT', 'Trinidad and Tobago'],
  ['LU', 'Luxembourg'],
  ['BN', 'Brunei'],
  ['MV', 'Maldives'],
  ['FJ', 'Fiji'],
  ['CL', 'Chile'],
];
const ORGS: [string, string, string][] = [
  ['unodc', 'United Nations Office on Drugs and Crime', 'UNODC'],
  ['interpol', 'International Criminal Police Organization', 'INTERPOL'],
  ['un', 'United Nations Secretariat', 'UN'],
  ['asean', 'Association of Southeast Asian Nations', 'ASEAN'],
  ['eu', 'European Union', 'EU'],
];
const COMPANIES: [string, string, string][] = [
  ['kaspersky', 'Kaspersky', 'RU'],
  ['viettel', 'Viettel', 'VN'],
  ['acme-security', 'Acme Security', 'SG'],
];
const TOPICS = [
  'cybercrime',
  'cybersecurity',
  'drug-trafficking',
  'human-trafficking',
  'money-laundering',
  'terrorism',
  'transnational-organized-crime',
  'high-tech-crime',
  'electronic-evidence',
  'information-sharing',
  'extradition',
  'mutual-legal-assistance',
  'capacity-building',
  'training',
  'technical-assistance',
  'legal-cooperation',
  'convention-ratification',
  'multilateralism',
  'illegal-migration',
  'digital-transformation',
  'trade-economy',
];
const VN_PEOPLE = [
  ['Lương Tam Quang', 'Minister of Public Security'],
  ['Phạm Minh Chính', 'Prime Minister'],
  ['Lương Cường', 'State President'],
  ['Tô Lâm', 'General Secretary'],
  ['Bùi Thanh Sơn', 'Deputy Prime Minister'],
  ['Nguyễn Hải Ninh', 'Minister of Justice'],
  ['Phạm Thế Tùng', 'Deputy Minister of Public Security'],
  ['Đỗ Hùng Việt', 'Ambassador'],
];

const PARTS = ['morning', 'afternoon', 'evening', undefined] as const;

function label(id: string): string {
  const text = id.replaceAll('-', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function generateDataset(count: number, seed = 1): Dataset {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // Skewed choice: a few partners get most meetings, like the real data.
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(rand() ** 2 * list.length)] as T;

  const partners: Dataset['partners'] = [
    ...COUNTRIES.map(([code, name]) => ({
      id: name.toLowerCase().replaceAll(' ', '-'),
      name,
      kind: 'country' as const,
      country: code,
    })),
    ...ORGS.map(([id, name, shortName]) => ({
      id,
      name,
      shortName,
      kind: 'organization' as const,
    })),
    ...COMPANIES.map(([id, name, country]) => ({ id, name, kind: 'company' as const, country })),
  ];
  const start = Date.UTC(2025, 0, 1);
  const spanDays = Math.max(30, Math.min(3650, Math.ceil(count / 3)));
  const meetings: Meeting[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor(rand() * spanDays) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const main = skewed(partners);
    const extra = rand() < 0.2 ? [pick(partners)] : [];
    const ids = [...new Set([main.id, ...extra.map((p) => p.id)])];
    const [vnName, vnTitle] = pick(VN_PEOPLE) as [string, string];
    const topics = [
      ...new Set([skewed(TOPICS), pick(TOPICS), ...(rand() < 0.5 ? [pick(TOPICS)] : [])]),
    ];
    const format = pick(MEETING_FORMATS);
    const part = pick(PARTS);
    meetings.push({
      id: `${day}-generated-${i}`,
      date: day,
      dateCertainty: rand() < 0.85 ? 'exact' : 'inferred',
      ...(part ? { partOfDay: part } : {}),
      title: `${vnTitle} meets ${main.shortName ?? main.name} delegation (${i})`,
      format,
      city: rand() < 0.8 ? 'Hà Nội' : 'Thành phố Hồ Chí Minh',
      hostCountry: 'VN',
      vietnamSide: [{ name: vnName, title: vnTitle }],
      counterparts: [{ name: `Delegate ${i}`, title: 'Head of delegation', partner: main.id }],
      partners: ids,
      topics,
      outcomes:
        format === 'signing'
          ? [{ type: 'agreement-signed', text: `Memorandum number ${i} signed.` }]
          : rand() < 0.1
            ? [{ type: 'agreement-planned', text: 'An agreement is planned.' }]
            : [],
      summary: `Generated meeting ${i} between ${vnName} and ${main.name} on ${topics.join(', ')}.`,
      sources: [
        { url: `https://example.org/news/${i}`, publisher: 'Example News', published: day },
      ],
    });
  }
  return {
    schemaVersion: 1,
    title: `Generated dataset (${count.toLocaleString('en')} meetings)`,
    updated: '2026-11-24',
    topics: TOPICS.map((id) => ({ id, label: label(id) })),
    partners,
    meetings,
  };
}

const isCli = process.argv[1]?.endsWith('generate-dataset.ts');
if (isCli) {
  const [countArg, out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const seedIndex = process.argv.indexOf('--seed');
  const seed = seedIndex > 0 ? Number(process.argv[seedIndex + 1]) : 1;
  if (!countArg || !out) {
    console.error('usage: tsx scripts/cli/generate-dataset.ts <count> <out.json> [--seed N]');
    process.exit(2);
  }
  writeFileSync(out, `${JSON.stringify(generateDataset(Number(countArg), seed))}\n`);
  console.log(`wrote ${out}`);
}
