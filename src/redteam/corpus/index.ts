export { addItems, type AddOptions, type AddResult, type ProvenanceDefaults } from './add.js';
export { freezeCorpus, generatedItemsFile, type FreezeOptions } from './freeze.js';
export { hashItem, parseItemLine, type LineLocation } from './item-line.js';
export { itemsFolder, listItemFiles, loadCorpus, type LoadedCorpus, type LoadedItem } from './load.js';
export {
  buildManifest,
  bumpPatchVersion,
  computeSetSha256,
  corpusManifestSchema,
  manifestFileName,
  readManifest,
  writeManifest,
  type CorpusManifest,
  type ManifestOptions,
} from './manifest.js';
export { rebuildManifest, type RebuildOptions } from './rebuild.js';
export { corpusStats, formatStats, type CorpusStats } from './stats.js';
export { verifyCorpus, type CorpusProblem, type CorpusVerification } from './verify.js';
