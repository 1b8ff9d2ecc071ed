/**
 * Every internal link goes through here so the site works under any base path
 * (a mirror at /archive/, say). `base` is Astro's BASE_URL, with or without a trailing slash.
 */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\//, '');
}

export function reportPath(reportId: string): string {
  return `reports/${reportId}/`;
}

export function sectionPath(sectionId: string): string {
  // A section's id is "<report>/<slug>", which is also its path under reports/.
  return `reports/${sectionId}/`;
}

export function sectionSlug(sectionId: string): string {
  return sectionId.slice(sectionId.indexOf('/') + 1);
}

export function incidentPath(incidentId: string): string {
  return `incidents/${incidentId}/`;
}

export function topicPath(topicId: string): string {
  return `topics/${topicId}/`;
}

export function themePath(themeId: string): string {
  return `themes/${themeId}/`;
}

/** A correction's place on /changes/: its file name, after a letter (an HTML id must start with one). */
export function correctionPath(correctionId: string): string {
  return `changes/#correction-${correctionId}`;
}
