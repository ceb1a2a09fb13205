import { exportFileName } from '../data/export/file-name.ts';
import type { Filters } from '../data/filters.ts';
import type { PreparedDataset } from '../data/prepare.ts';
import type { Meeting } from '../data/schema.ts';
import type { DownloadItem } from './download-menu.tsx';

/**
 * The matching meetings as a spreadsheet (CSV, one row per meeting) or as a
 * dataset file of their own (JSON, in the dataset format): the whole view's
 * "Download" menu and the timeline's. The code that writes them loads when
 * one is chosen. The labels are messages (the menu words them); the files
 * themselves are in English, whatever the interface language.
 */
export function meetingDownloadItems(
  prepared: PreparedDataset,
  meetings: readonly Meeting[],
  filters: Filters,
): DownloadItem[] {
  const name = (extension: string) => exportFileName('meetings', filters, prepared.data, extension);
  const save = async (content: string, extension: string, type: string) => {
    const { saveFile } = await import('./save-file.ts');
    const file = name(extension);
    saveFile(content, file, type);
    return file;
  };
  const count = meetings.length;
  return [
    {
      label: { key: 'ui.meetings-csv', values: { count } },
      run: async () => {
        const [{ meetingsTable, tableContext }, { toCsv }] = await Promise.all([
          import('../data/export/tables.ts'),
          import('../data/export/csv.ts'),
        ]);
        const table = meetingsTable(meetings, tableContext(prepared.data));
        return save(
          toCsv(
            table.fields.map((f) => f.name),
            table.rows,
          ),
          'csv',
          'text/csv;charset=utf-8',
        );
      },
    },
    {
      label: { key: 'ui.meetings-json', values: { count } },
      run: async () => {
        const { subsetDataset } = await import('../data/export/subset.ts');
        return save(
          `${JSON.stringify(subsetDataset(prepared.data, meetings), null, 2)}\n`,
          'json',
          'application/json',
        );
      },
    },
  ];
}
