import { writeFileSync } from 'node:fs';
import { policyJsonSchema } from '../src/policy/json-schema.js';

const target = new URL('../schemas/policy.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
