import { writeFileSync } from 'node:fs';
import { suiteJsonSchema } from '../src/eval/suite/json-schema.js';
import { policyJsonSchema } from '../src/policy/json-schema.js';

for (const [name, schema] of [['policy', policyJsonSchema()], ['suite', suiteJsonSchema()]] as const) {
  const target = new URL(`../schemas/${name}.schema.json`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
