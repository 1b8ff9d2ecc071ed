import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFidelityFile } from './readings.ts';

// A fidelity file is read as strictly as every content file: a misspelt field is not passed
// over (which would quietly drop, say, the furniture it lists) but fails with a suggestion.

function read(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'fidelity-'));
  try {
    const path = join(dir, '005_0000000000000000.fidelity.yaml');
    writeFileSync(path, yaml);
    return readFidelityFile(path, '005_0000000000000000.txt');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const valid = 'report: fotn-2016\nwrapped: false\nfurniture: []\nrepairs: []\n';

test('a valid fidelity file reads', () => {
  assert.equal(read(valid).report, 'fotn-2016');
});

test('a misspelt field fails, naming the field and the one meant', () => {
  assert.throws(() => read(`${valid}markerPatern: '\\[\\d+\\]'\n`), /markerPatern: .*did you mean "markerPattern"/);
});

test('a misspelt field inside an entry fails too', () => {
  assert.throws(() => read(valid.replace('furniture: []', 'furniture:\n  - { lines: [1, 2], reasn: "menu" }')), /furniture\.0.*reasn.*did you mean "reason"/);
});
