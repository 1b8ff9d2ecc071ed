import type { CslItem } from './csl.ts';

/**
 * RIS: RPRT for a report, CHAP for a section (T2 = the report), ELEC for an incident (T2 = the
 * site). DA keeps the day, PY the year; an approximate date says so in DA's fourth part. The
 * archive that holds a report's copy is DB (name of database), the report's kind M3 (type of work).
 */
export function ris(item: CslItem): string {
  const [y, m, d] = item.issued['date-parts'][0];
  const pad = (n: number | undefined) => (n ? String(n).padStart(2, '0') : '');
  const lines: [string, string | undefined][] = [
    ['TY', item.type === 'report' ? 'RPRT' : item.type === 'chapter' ? 'CHAP' : 'ELEC'],
    ['AU', item.author?.[0]?.literal],
    ['TI', item.title],
    ['T2', item['container-title']],
    ['PB', item.publisher],
    ['M3', item.genre],
    ['PY', String(y)],
    ['DA', `${y}/${pad(m)}/${pad(d)}/${item.issued.circa ? 'approximate' : ''}`],
    ['UR', item.URL],
    ['DB', item.archive],
    ['LA', 'en'],
    ['ID', item.id],
  ];
  return (
    lines
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}  - ${v}`)
      .join('\r\n') + '\r\nER  - \r\n'
  );
}
