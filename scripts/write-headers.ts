// Writes dist/_headers (the static assets' headers) from src/lib/web/security-headers.ts, the one source the
// Worker's own answers use too.
import { writeFileSync } from 'node:fs';
import { headersFile } from '../src/lib/web/security-headers.ts';

writeFileSync(new URL('../dist/_headers', import.meta.url).pathname, headersFile());
