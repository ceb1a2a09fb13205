/**
 * Every message key, from the English catalogues (the source language): a
 * key that no catalogue holds is a type error. Type imports only; the words
 * themselves arrive as JSON (scripts/vite/messages-plugin.ts).
 */
import type app from '../app/messages/en.json';
import type data from '../data/messages/en.json';
import type about from '../features/about/messages/en.json';
import type charts from '../features/charts/messages/en.json';
import type convention from '../features/convention/messages/en.json';
import type filters from '../features/filters/messages/en.json';
import type map from '../features/map/messages/en.json';
import type meeting from '../features/meeting/messages/en.json';
import type meetingList from '../features/meeting-list/messages/en.json';
import type theme from '../features/theme/messages/en.json';
import type timeline from '../features/timeline/messages/en.json';
import type ui from '../ui/messages/en.json';
import type site from './messages/en.json';

export type MessageKey =
  | keyof typeof app
  | keyof typeof data
  | keyof typeof about
  | keyof typeof charts
  | keyof typeof convention
  | keyof typeof filters
  | keyof typeof map
  | keyof typeof meeting
  | keyof typeof meetingList
  | keyof typeof theme
  | keyof typeof timeline
  | keyof typeof ui
  | keyof typeof site;
