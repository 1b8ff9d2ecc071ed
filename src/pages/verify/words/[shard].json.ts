import type { APIRoute, GetStaticPaths } from 'astro';
import { verifyWordIndex } from '../../../data/verify-index.ts';

/** /verify/words/<n>.json: one shard of the word index /verify/ looks quotations up in (src/lib/verify/word-index.ts). */
export const getStaticPaths = (async () => {
  const { shards } = await verifyWordIndex();
  return shards.map((_, n) => ({ params: { shard: String(n) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards } = await verifyWordIndex();
  return new Response(JSON.stringify(shards[Number(params.shard)]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
