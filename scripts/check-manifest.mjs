// custom-elements.json must match what the analyzer makes of the sources right now, and so must
// the API tables in README.md (one analysis for both).
import {readFileSync} from 'node:fs';
import {analyze, checkReadme} from './docs.mjs';

// Analyzed into a scratch folder inside the repo (removed after), package.json left as it was.
const fresh = analyze('.cem-check');
let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8');
} catch {
  /* missing */
}
// Module order can differ between runs of the analyzer: compare modules sorted by path.
const canonical = (text) => {
  const json = JSON.parse(text);
  json.modules?.sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(json);
};
if (!committed || canonical(fresh) !== canonical(committed)) {
  console.error('custom-elements.json is not current: run `npm run docs` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is current.');
checkReadme(JSON.parse(fresh));
