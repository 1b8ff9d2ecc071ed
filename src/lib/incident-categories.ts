/** The kinds of event an incident can be, a fixed list (the incident schema, src/schemas/incident.ts, allows these only). */
export const incidentCategories = [
  'shutdown-or-disruption',
  'blocking',
  'content-removal',
  'law-or-regulation',
  'court-ruling',
  'prosecution-or-detention',
  'surveillance',
  'cyberattack',
  'violence-or-intimidation',
  'market-and-infrastructure',
  'activism',
] as const;

export type Category = (typeof incidentCategories)[number];
