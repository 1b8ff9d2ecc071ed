import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { annotateSectionHtml } from './section-html.ts';
import { fingerprint } from '../anchors/paragraph-anchors.ts';

const html = '<p>First (ITU).[^1] More.</p>\n<ul>\n<li>Item one.[^2]</li>\n<li>Item two, again.[^1]</li>\n</ul>\n<p>Last.</p>';

test('paragraphs and list items are numbered in reading order', () => {
  const { paragraphs } = annotateSectionHtml(html);
  assert.deepEqual(paragraphs, [
    { id: 'p1', text: 'First (ITU). More.' },
    { id: 'p2', text: 'Item one.' },
    { id: 'p3', text: 'Item two, again.' },
    { id: 'p4', text: 'Last.' },
  ]);
});

test('each marker links to its note and records where it stands', () => {
  const result = annotateSectionHtml(html);
  assert.deepEqual(result.noteRefs, [
    { n: 1, refId: 'ref-1', paragraphId: 'p1' },
    { n: 2, refId: 'ref-2', paragraphId: 'p2' },
    { n: 1, refId: 'ref-1-2', paragraphId: 'p3' },
  ]);
  const root = parse(result.html);
  assert.equal(root.querySelector('#ref-1-2')?.getAttribute('href'), '#note-1');
  assert.equal(root.querySelectorAll('.note-ref').length, 3);
});

test('the report text is unchanged once the added links are taken away', () => {
  const root = parse(annotateSectionHtml(html).html);
  root.querySelectorAll('.para-tools, .note-ref').forEach((el) => el.remove());
  assert.deepEqual(
    root.querySelectorAll('p, li').map((el) => el.text),
    ['First (ITU). More.', 'Item one.', 'Item two, again.', 'Last.'],
  );
});

test('every paragraph carries a permalink to itself', () => {
  const root = parse(annotateSectionHtml(html).html);
  assert.equal(root.querySelector('#p4 > .para-tools > a.permalink')?.getAttribute('href'), '#p4');
});

test("a paragraph's own links follow its words, in a group named for the paragraph", () => {
  const links = new Map([['p1', [{ href: '/incidents/x/', label: 'X' }]]]);
  const root = parse(annotateSectionHtml(html, links, { citeHref: (id) => `/cite/#${id}` }).html);
  const p1 = root.querySelector('#p1')!;
  assert.deepEqual(
    p1.childNodes.map((n) => (n as unknown as { classNames: string }).classNames),
    ['para-text', 'para-tools'],
  );
  const tools = p1.querySelector('.para-tools')!;
  assert.equal(tools.getAttribute('aria-label'), 'Paragraph 1 links');
  assert.deepEqual(
    tools.querySelectorAll('a').map((a) => a.getAttribute('href')),
    ['#p1', '/cite/#p1', '/incidents/x/'],
  );
  assert.equal(tools.querySelector('.tools-label')?.text, 'Incident described here:');
  // A list item takes a block wrapper, since it may hold blocks of its own.
  assert.equal(root.querySelector('#p2 > div.para-text')?.text, 'Item one.Note 2');
});

test('each paragraph stands in the row of its top-level block', () => {
  const result = annotateSectionHtml(html);
  assert.deepEqual(
    [...result.rowOf],
    [
      ['p1', 1],
      ['p2', 2],
      ['p3', 2],
      ['p4', 3],
    ],
  );
  assert.equal(result.rowCount, 3);
  const retired = annotateSectionHtml(html, new Map(), {
    anchors: {
      paragraphs: result.paragraphs.map((p) => ({ id: p.id, fingerprint: fingerprint(p.text) })),
      retired: [{ id: 'p9', html: 'gone' }],
    },
  });
  assert.deepEqual(
    [...retired.rowOf],
    [
      ['p1', 2],
      ['p2', 3],
      ['p3', 3],
      ['p4', 4],
    ],
  );
  assert.equal(retired.rowCount, 4);
});

test('links to incidents follow the paragraph and leave its text as it was', () => {
  const links = new Map([['p4', [{ href: '/incidents/x/', label: 'X & Y <blocked>' }]]]);
  const root = parse(annotateSectionHtml(html, links).html);
  const link = root.querySelector('#p4 .incident-links a');
  assert.equal(link?.getAttribute('href'), '/incidents/x/');
  assert.equal(link?.text, 'X & Y <blocked>');
  root.querySelectorAll('.para-tools, .note-ref').forEach((el) => el.remove());
  assert.equal(root.querySelector('#p4')?.text, 'Last.');
  assert.equal(root.querySelector('#p1 .incident-links'), null);
});

test('paragraphs take their permanent anchors, not their positions', () => {
  const anchors = {
    paragraphs: [
      { id: 'p5', fingerprint: fingerprint('First (ITU). More.') },
      { id: 'p1', fingerprint: fingerprint('Item one.') },
      { id: 'p2', fingerprint: fingerprint('Item two, again.') },
      { id: 'p3', fingerprint: fingerprint('Last.') },
    ],
    retired: [{ id: 'p4', after: 'p2', html: '¶4 was removed.' }],
  };
  const result = annotateSectionHtml(html, new Map(), { anchors });
  assert.deepEqual(result.problems, []);
  assert.deepEqual(
    result.paragraphs.map((p) => p.id),
    ['p5', 'p1', 'p2', 'p3'],
  );
  const root = parse(result.html);
  assert.equal(root.querySelector('#p5 .permalink')?.text, 'Paragraph 5');
  // The retired anchor stands after the list that holds ¶2, before ¶3.
  const order = root.querySelectorAll('[id^=p]').map((el) => el.id);
  assert.deepEqual(order, ['p5', 'p1', 'p2', 'p4', 'p3']);
  assert.equal(root.querySelector('#p4')?.text, '¶4 was removed.');
});

test('a paragraph whose words differ from its recorded anchor is a problem', () => {
  const anchors = { paragraphs: ['First (ITU). More.', 'Item one.', 'Item two.', 'Last.'].map((t, i) => ({ id: `p${i + 1}`, fingerprint: fingerprint(t) })) };
  const { problems } = annotateSectionHtml(html, new Map(), { anchors });
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^p3: the rendered paragraph \(“Item two, again\.…”\) is not the text its anchor records/);
});

test('a lockfile with too few anchors is a problem', () => {
  const { problems } = annotateSectionHtml(html, new Map(), { anchors: { paragraphs: [{ id: 'p1', fingerprint: fingerprint('First (ITU). More.') }] } });
  assert.match(problems[0]!, /4 paragraphs but the anchor lockfile gives 1/);
});

test('a paragraph the source cuts off gets the mark, and its words are untouched', () => {
  const { html, paragraphs } = annotateSectionHtml('<p>Whole.</p><p>Cut off in the midd</p>', new Map(), { truncated: new Set(['p2']) });
  assert.match(
    html,
    /<p id="p2" class="truncated"><span class="para-text">Cut off in the midd<span class="truncation-mark"[^>]*>\[The source breaks off here\.\]<\/span><\/span>/,
  );
  assert.doesNotMatch(html, /<p id="p1"[^>]*class/);
  assert.equal(paragraphs[1]!.text, 'Cut off in the midd');
});
