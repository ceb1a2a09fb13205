/** The citation formats offered, in order, with their names (apart from the code that writes them, which loads on demand). */
export const CITATION_FORMATS = ['apa', 'chicago', 'bibtex', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_FORMAT_LABELS: Record<CitationFormat, string> = {
  apa: 'APA',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
};
