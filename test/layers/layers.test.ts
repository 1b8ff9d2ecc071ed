// The layer rules (.dependency-cruiser.cjs) catch what they promise: each broken layer below
// makes `depcruise` fail on a tiny copy of the folder layout, and the same layout with no
// broken rule passes. (npm test also runs the rules over the real code: `npm run check:layers`.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the project's layer rules over a folder made of the given files; returns the exit code and output. */
function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
  const result = spawnSync(process.execPath, [bin, '--config', join(root, '.dependency-cruiser.cjs'), 'src', 'scripts', 'test'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const valid = {
  'tsconfig.json': '{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true, "module": "preserve", "moduleResolution": "bundler" } }\n',
  'src/lib/rule.ts': 'export const rule = 1;\n',
  'src/schemas/thing.ts': "import { rule } from '../lib/rule.ts';\nexport const thing = rule;\n",
  'src/data/things.ts': "import { thing } from '../schemas/thing.ts';\nimport { rule } from '../lib/rule.ts';\nexport const things = [thing, rule];\n",
  'scripts/tool.ts': "import { things } from '../src/data/things.ts';\nexport const tool = things;\n",
  'test/helper.ts': 'export const helper = 1;\n',
  'test/a.test.ts': "import { helper } from './helper.ts';\nimport { things } from '../src/data/things.ts';\nexport const a = [helper, things];\n",
};

test('the layers as they should be pass', () => {
  const result = cruise(valid);
  assert.equal(result.status, 0, result.output);
});

for (const [name, files, rule] of [
  ['src/lib imports a data getter', { 'src/lib/rule.ts': "import { things } from '../data/things.ts';\nexport const rule = things;\n" }, 'lib-is-pure'],
  [
    'src/schemas imports data',
    { 'src/schemas/thing.ts': "import { things } from '../data/things.ts';\nexport const thing = things;\n" },
    'schemas-import-lib-only',
  ],
  [
    'a script imports a test helper',
    { 'scripts/tool.ts': "import { helper } from '../test/helper.ts';\nexport const tool = helper;\n" },
    'nothing-imports-test',
  ],
  [
    'two modules import each other',
    {
      'src/lib/other.ts': "import { rule } from './rule.ts';\nexport const other = rule;\n",
      'src/lib/rule.ts': "import { other } from './other.ts';\nexport const rule = other;\n",
    },
    'no-circular',
  ],
] as const) {
  test(`${name}: the layer check fails, naming ${rule}`, () => {
    const result = cruise({ ...valid, ...files });
    assert.notEqual(result.status, 0, result.output);
    assert.match(result.output, new RegExp(rule));
  });
}
