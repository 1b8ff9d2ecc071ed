// Astro 7 needs Node 22.12 or later; the project pins Node 24 through the `node` devDependency,
// which npm puts first on PATH for every script. This says so plainly when that did not happen.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old for this project (needs 22.12+).\n` +
      'Run the project through npm (npm start, npm test), which uses the Node pinned in package.json, ' +
      'after `npm install` has fetched it.',
  );
  process.exit(1);
}
console.log(`node ${process.version}`);
