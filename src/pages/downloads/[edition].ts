import type { APIRoute } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx';
import Probe from '../../components/edition/Probe.astro';
export const getStaticPaths = () => [{ params: { edition: 'fotn-2015.html' } }];
export const GET: APIRoute = async () => {
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await experimental_AstroContainer.create({ renderers });
  const html = await container.renderToString(Probe, { props: { reportId: 'fotn-2015' } });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
