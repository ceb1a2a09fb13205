import type { ExportCaption } from '../data/export/caption.ts';
import type { DownloadItem } from './download-menu.tsx';

/**
 * The SVG and PNG choices of a view's "Download" menu. The picture is read
 * from the page when chosen; the code that frames and encodes it loads then.
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
    if (!element) throw new Error('the picture is not drawn yet; scroll to it and try again.');
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
      label: 'Picture (SVG)',
      run: async () => save((await framed()).text, 'svg', 'image/svg+xml'),
    },
    {
      label: 'Picture (PNG, for print)',
      run: async () => {
        const { pngFromSvg } = await import('./image-export.ts');
        return save(await pngFromSvg(await framed()), 'png', 'image/png');
      },
    },
  ];
}
