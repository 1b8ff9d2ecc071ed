import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionFilings } from './filings.ts';

const today = [
  { edition: 2020, kind: 'freedom-on-the-net', indicators: 21 },
  { edition: 2015, kind: 'freedom-on-the-net', indicators: 0 },
  { edition: 2013, kind: 'freedom-on-the-net', indicators: 0 },
  { edition: 2013, kind: 'country-profile', indicators: 0 },
  { edition: 2007, kind: 'country-profile', indicators: 0 },
] as const;

test('the five reports of the first edition read as the /themes/ intro printed them by hand', () => {
  assert.equal(
    editionFilings(today),
    '2013 and 2015 in narrative subsections, 2020 in 21 numbered indicators, and the 2007 and 2013 country profiles in sections of their own',
  );
});

test('a new report joins its kind, oldest edition first', () => {
  assert.equal(
    editionFilings([...today, { edition: 2016, kind: 'freedom-on-the-net', indicators: 0 }]),
    '2013, 2015 and 2016 in narrative subsections, 2020 in 21 numbered indicators, and the 2007 and 2013 country profiles in sections of their own',
  );
  assert.equal(
    editionFilings([...today, { edition: 2021, kind: 'freedom-on-the-net', indicators: 21 }]),
    '2013 and 2015 in narrative subsections, 2020 and 2021 in 21 numbered indicators, and the 2007 and 2013 country profiles in sections of their own',
  );
});

test('one kind alone, or two, read without a list comma', () => {
  assert.equal(editionFilings([{ edition: 2007, kind: 'country-profile', indicators: 0 }]), 'the 2007 country profile in sections of their own');
  assert.equal(editionFilings(today.slice(0, 2)), '2015 in narrative subsections and 2020 in 21 numbered indicators');
});
