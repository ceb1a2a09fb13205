import { DatasetFetchError } from './dataset-errors.ts';

export function datasetUrl(): string {
  return `${import.meta.env.BASE_URL}data/meetings.json`;
}

/**
 * Downloads the file without parsing it, so the bytes can go to a worker,
 * reporting the bytes received as they arrive. The request matches index.html's
 * preload, which it reuses.
 */
export async function fetchDatasetBytes(
  url: string,
  signal?: AbortSignal,
  onProgress?: (loaded: number, total: number | null) => void,
): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/json' },
      mode: 'cors',
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetFetchError('The meetings could not be downloaded. Check your connection.');
  }
  if (!response.ok) {
    throw new DatasetFetchError(
      `The meetings could not be downloaded (the server answered ${response.status}).`,
    );
  }
  try {
    return await readBody(response, onProgress);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetFetchError('The download of the meetings broke off. Check your connection.');
  }
}

/**
 * The body as one buffer. When the server states the length of an uncompressed
 * body, it is read chunk by chunk to report the bytes received of the total.
 * Otherwise the browser reads it natively (faster: no copy through script)
 * and the progress says only that the download is under way: a compressed
 * response's length counts compressed bytes while the stream yields
 * decompressed ones, so no honest fraction exists.
 */
async function readBody(
  response: Response,
  onProgress?: (loaded: number, total: number | null) => void,
): Promise<ArrayBuffer> {
  const encoding = response.headers.get('Content-Encoding');
  const length = Number(response.headers.get('Content-Length'));
  const total = (!encoding || encoding === 'identity') && length > 0 ? length : null;
  if (!onProgress || !response.body || total === null) {
    onProgress?.(0, null);
    return response.arrayBuffer();
  }
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  onProgress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
