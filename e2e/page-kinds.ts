/** One page of each kind, for the screenshot baselines and the layout assertions. */
export const PAGE_KINDS = [
  { name: 'home', path: '/' },
  { name: 'reports', path: '/reports/' },
  { name: 'report', path: '/reports/fotn-2015/' },
  { name: 'section', path: '/reports/fotn-2015/restrictions-on-connectivity/' },
  { name: 'indicator', path: '/reports/fotn-2020/b1/' },
  { name: 'timeline', path: '/incidents/' },
  { name: 'timeline-list', path: '/incidents/year/2015/' },
  { name: 'incident', path: '/incidents/soundcloud-blocked-2015/' },
  { name: 'topic', path: '/topics/soundcloud/' },
  { name: 'scores', path: '/scores/' },
  { name: 'statistics', path: '/statistics/' },
  { name: 'data', path: '/data/' },
  { name: 'search', path: '/search/' },
  { name: 'verify', path: '/verify/' },
  { name: 'not-found', path: '/no-such-page/' },
] as const;

export const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1366, height: 900 } },
] as const;
