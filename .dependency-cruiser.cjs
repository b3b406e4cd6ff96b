/**
 * Import rules from DESIGN.md: no cycles, and lower layers never import higher ones.
 * Layer order (low → high): core, text, detectors, policy, guard, agent|providers|eval|redteam|fairness,
 * gate|monitor|govern|store, server|cli.
 */
const layers = [
  ['core'],
  ['text'],
  ['detectors'],
  ['policy'],
  ['guard'],
  ['agent', 'providers', 'eval', 'redteam', 'fairness'],
  ['gate', 'monitor', 'govern', 'store'],
  ['server', 'cli'],
];

const layerRules = layers.slice(0, -1).map((modules, index) => {
  const higher = layers.slice(index + 1).flat();
  return {
    name: `layer-${modules.join('-')}`,
    comment: `${modules.join('/')} must not import higher layers (${higher.join(', ')})`,
    severity: 'error',
    from: { path: `^src/(${modules.join('|')})/` },
    to: { path: `^src/(${higher.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles are not allowed.', from: {}, to: { circular: true } },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
