import type { Page } from '@playwright/test';

/** Records every request to a host other than the test server. */
export function watchOtherHosts(page: Page): string[] {
  const offenders: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') offenders.push(request.url());
  });
  return offenders;
}
