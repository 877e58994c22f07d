// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// node compare.js <cases.json> <folder with node_modules>
//
// For each case written by citation_export: renders cited's CSL-JSON with citation-js's APA
// template and compares the text with cited::cite after whitespace normalisation; reads cited's
// classic BibTeX back with citation-js and compares the title, names and date with the CSL-JSON,
// and finds the URL and access date in the note. A case marked with a
// `difference` must still differ, so that the list of accepted differences stays true.
// Exits 0 when all agree, 1 otherwise.
'use strict';
const fs = require('fs');
const path = require('path');

const [casesFile, modules] = process.argv.slice(2);
const load = (name) => require(path.join(modules, 'node_modules', name));
let Cite;
try {
  ({ Cite } = load('@citation-js/core'));
  load('@citation-js/plugin-csl');
  load('@citation-js/plugin-bibtex');
} catch (e) {
  console.log(`citation-js is not installed in ${modules} (${e.code || e.message}); ` +
              'install it with: npm ci --prefix <that folder> (see tests/citation_js/package.json)');
  process.exit(1);
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const normalise = (s) => s.replace(/\s+/g, ' ').trim();
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
let failures = 0;
let compared = 0;
let accepted = 0;

const sameNames = (ours, theirs) => {
  const flat = (list) => (list || []).map((n) => n.literal !== undefined
    ? `${n.literal}|` : `${n.family}|${n.given || ''}`);
  return JSON.stringify(flat(ours)) === JSON.stringify(flat(theirs));
};

// BibTeX names an organization as a braced family name; CSL-JSON writes it as a literal.
const asLiterals = (list) => (list || []).map((n) =>
  n.given === undefined && n.literal === undefined ? { literal: n.family } : n);

for (const c of cases) {
  const csl = JSON.parse(c.csl);
  const theirs = normalise(new Cite(csl).format('bibliography',
    { format: 'text', template: 'apa', lang: 'en-US' }));
  const ours = normalise(c.apa);
  if (c.difference) {
    if (theirs === ours) {
      console.log(`FAIL ${c.name}: listed as a difference, but citation-js now agrees:\n  ${ours}`);
      failures++;
    } else {
      console.log(`accepted difference, ${c.name}: ${c.difference}\n  cited:       ${ours}\n` +
                  `  citation-js: ${theirs}`);
      accepted++;
    }
  } else if (theirs !== ours) {
    console.log(`FAIL ${c.name}: APA text differs\n  cited:       ${ours}\n  citation-js: ${theirs}`);
    failures++;
  } else {
    console.log(`same APA text, ${c.name}: ${ours}`);
    compared++;
  }

  // BibTeX read back by citation-js must give the same title, names and date, and the URL.
  let entry;
  try {
    [entry] = new Cite(c.bibtex).data;
  } catch (e) {
    console.log(`FAIL ${c.name}: citation-js cannot read the BibTeX: ${e.message}\n${c.bibtex}`);
    failures++;
    continue;
  }
  const problems = [];
  if ((entry.title || null) !== (csl.title || null)) {
    problems.push(`title ${JSON.stringify(entry.title)} != ${JSON.stringify(csl.title)}`);
  }
  if (!sameNames(csl.author, asLiterals(entry.author))) {
    problems.push(`authors ${JSON.stringify(entry.author)} != ${JSON.stringify(csl.author)}`);
  }
  const issued = JSON.stringify(entry.issued ? entry.issued['date-parts'] : null);
  const cslIssued = JSON.stringify(csl.issued ? csl.issued['date-parts'] : null);
  if (issued !== cslIssued) problems.push(`issued ${issued} != ${cslIssued}`);
  // Classic BibTeX (plain.bst) has no url or urldate field, so to_bibtex writes the URL and the
  // access date in the note, which citation-js reads back as the note and not as URL and
  // accessed: the note must hold the URL and "Accessed <day> <Month> <year>", and nothing else
  // may claim a URL or an access date.
  const note = entry.note || '';
  if (entry.URL !== undefined) problems.push(`URL ${entry.URL} read from a classic entry`);
  if (csl.URL && !note.includes(csl.URL)) {
    problems.push(`note ${JSON.stringify(note)} lacks ${csl.URL}`);
  }
  if (!csl.URL && !csl.DOI && /https?:/.test(note)) {
    problems.push(`note ${JSON.stringify(note)} has a URL`);
  }
  if (csl.accessed) {
    const [y, m, d] = csl.accessed['date-parts'][0];
    const accessed = `Accessed ${d} ${months[m - 1]} ${y}`;
    if (!note.includes(accessed)) problems.push(`note ${JSON.stringify(note)} lacks ${accessed}`);
  } else if (note.includes('Accessed')) {
    problems.push(`note ${JSON.stringify(note)} has an access date`);
  }
  if (csl.type === 'article-newspaper' &&
      (entry['container-title'] || null) !== (csl['container-title'] || null)) {
    problems.push(`container ${entry['container-title']} != ${csl['container-title']}`);
  }
  if (problems.length > 0) {
    console.log(`FAIL ${c.name}: BibTeX read back differs: ${problems.join('; ')}\n${c.bibtex}`);
    failures++;
  }
}

console.log(`${compared} APA texts equal to citation-js's, ${accepted} accepted differences, ` +
            `${cases.length} BibTeX entries read back, ${failures} failures`);
process.exit(failures === 0 && cases.length > 0 ? 0 : 1);
