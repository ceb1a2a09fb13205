import type { ExportCaption } from '../data/export/caption.ts';
import type { DownloadItem } from './download-menu.tsx';
import { MessageError } from './ui-message.ts';

/**
 * The SVG and PNG choices of a view's "Download" menu. The picture is read
 * from the page when chosen; the code that frames and encodes it loads then.
 * The frame's words (`title`, `caption`, the legend read from the page) are in
 * the interface language: the caller gives them so.
 */
export function imageDownloadItems({
  title,
  svg,
  caption,
  legend,
  fileName,
}: {
  title: string;
  /** The drawn picture, or null while it is not drawn. */
  svg: () => SVGSVGElement | null;
  caption: () => ExportCaption;
  /** The view's legend on the page, drawn under the picture. */
  legend?: () => Element | null;
  /** The file name for an extension: "topics_country-pl_2026-12-02.svg". */
  fileName: (extension: string) => string;
}): DownloadItem[] {
  const framed = async () => {
    const element = svg();
    if (!element) throw new MessageError('ui.picture-not-drawn-scroll');
    const { framedSvg } = await import('./image-export.ts');
    const c = caption();
    return framedSvg(element, {
      title,
      lines: [c.filters],
      footer: [c.source, c.licence, c.link],
      legend: legend?.(),
    });
  };
  const save = async (content: Blob | string, extension: string, type: string) => {
    const { saveFile } = await import('./save-file.ts');
    const name = fileName(extension);
    saveFile(content, name, type);
    return name;
  };
  return [
    {
      label: { key: 'ui.picture-svg' },
      run: async () => save((await framed()).text, 'svg', 'image/svg+xml'),
    },
    {
      label: { key: 'ui.picture-png' },
      run: async () => {
        const { pngFromSvg } = await import('./image-export.ts');
        return save(await pngFromSvg(await framed()), 'png', 'image/png');
      },
    },
  ];
}
