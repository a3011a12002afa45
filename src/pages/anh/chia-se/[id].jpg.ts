/** The share JPEG of each cover: the file feed enclosures, the API and og:image point to. */
import type { APIRoute } from 'astro';
import { pathsOf } from '../../../data/site.ts';
import { loadSyndication } from '../../../data/syndication.ts';
import { binaryResponse } from '../../_responses/http.ts';

export const getStaticPaths = pathsOf(async () => {
  const { coverFiles } = await loadSyndication();
  return [...coverFiles].map(([id, bytes]) => ({ params: { id }, props: { bytes } }));
});

export const GET: APIRoute<{ bytes: Uint8Array<ArrayBuffer> }> = ({ props }) => binaryResponse(props.bytes, 'image/jpeg');
