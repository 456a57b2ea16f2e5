// SWC for Jest, in CommonJS mode (ts-jest in CommonJS does not work with Nest 12's ESM packages).
// Decorator metadata on: Nest's dependency injection reads the constructor parameter types from it.
// `import.meta` has no meaning in CommonJS: its Node fields become their CommonJS equivalents, so an ESM
// package of this workspace (e.g. @wallet/postgres) loads in a test as it does in Node.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: {
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
});

const IMPORT_META = [
  [/\bimport\.meta\.url\b/g, "require('node:url').pathToFileURL(__filename).href"],
  [/\bimport\.meta\.dirname\b/g, '__dirname'],
  [/\bimport\.meta\.filename\b/g, '__filename'],
  // An ESM file that derives its own `__dirname` or `require` from import.meta.url would declare them
  // twice in CommonJS's wrapper: keep the wrapper's, which do the same.
  [/\b(const|let|var)\s+(__dirname|__filename|require)\s*=/g, '$1 $2FromImportMeta ='],
];

const OWN_VERSION = createHash('sha1').update(readFileSync(__filename)).digest('hex');

function withoutImportMeta(source) {
  if (!source.includes('import.meta')) return source;
  return IMPORT_META.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), source);
}

module.exports = {
  canInstrument: swc.canInstrument,
  process: (source, file, options) => swc.process(withoutImportMeta(source), file, options),
  processAsync: (source, file, options) => swc.processAsync(withoutImportMeta(source), file, options),
  // Jest caches what a transform wrote: a change to this file must change the key too.
  getCacheKey: (source, file, options) => `${swc.getCacheKey(source, file, options)}:${OWN_VERSION}`,
};
