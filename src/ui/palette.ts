import type { MeetingFormat, PartnerKind } from '../data/schema.ts';

/**
 * One palette for every view (timeline, charts, map, badges). Each colour has
 * at least 4.5:1 contrast with white text.
 */
export const FORMAT_COLORS: Record<MeetingFormat, string> = {
  reception: '#2b6cb0',
  talks: '#2f7a4f',
  signing: '#b4461b',
  banquet: '#6b46c1',
  'side-event': '#23706f',
  plenary: '#4a5568',
  press: '#a3306f',
  other: '#5a6678',
};

export const KIND_COLORS: Record<PartnerKind, string> = {
  country: '#2b6cb0',
  organization: '#7b3fa0',
  company: '#b4461b',
};

export const HOST_COLOR = '#c0392b';
