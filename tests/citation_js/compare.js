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
//
// A case with an `apa_html` (cited's HTML reference) is also rendered as HTML, and the entry
// (inside citation-js's <div class="csl-entry">) is compared with it after whitespace and
// character references are normalised (&#38; is &, &#8217; is ’, <em> is <i>). When the case has
// a `difference`, only the italicised parts are compared; an `html_difference` marks HTML that
// must differ even though the text agrees. Cases without `apa_html` skip the HTML check.
// Exits 0 when all agree, 1 otherwise.
'use strict';
const fs = require('fs');
const path = require('path');

const [casesFile, modules] = process.argv.slice(2);
const load = (name) => require(path.resolve(modules, 'node_modules', name));
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

// The inside of the (first) <div class="csl-entry">, or the whole text when there is none.
const entryOf = (html) => {
  const m = /<div\b[^>]*\bclass="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return m ? m[1] : html;
};
const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, ref) => {
  if (ref[0] !== '#') return named[ref.toLowerCase()] ?? all;
  const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
  return String.fromCodePoint(code);
});
// Whitespace collapsed, character references decoded, <em> written as <i>.
const normaliseHtml = (html) =>
  normalise(decode(entryOf(html)).replace(/<(\/?)em>/g, '<$1i>'));
const italics = (html) => [...html.matchAll(/<i>([\s\S]*?)<\/i>/g)].map((m) => m[1]);
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
let failures = 0;
let compared = 0;
let accepted = 0;
let htmlCompared = 0;

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

  if (typeof c.apa_html === 'string') {
    const theirsHtml = normaliseHtml(new Cite(csl).format('bibliography',
      { format: 'html', template: 'apa', lang: 'en-US' }));
    const oursHtml = normaliseHtml(c.apa_html);
    if (c.html_difference) {
      if (theirsHtml === oursHtml) {
        console.log(`FAIL ${c.name}: listed as an HTML difference, but citation-js now agrees:\n` +
                    `  ${oursHtml}`);
        failures++;
      } else {
        console.log(`accepted HTML difference, ${c.name}: ${c.html_difference}\n` +
                    `  cited:       ${oursHtml}\n  citation-js: ${theirsHtml}`);
      }
    } else if (c.difference) {
      const [a, b] = [italics(oursHtml), italics(theirsHtml)];
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        console.log(`FAIL ${c.name}: italics differ\n  cited:       ${oursHtml}\n` +
                    `  citation-js: ${theirsHtml}`);
        failures++;
      } else {
        console.log(`same italics, ${c.name}: ${JSON.stringify(a)}`);
        htmlCompared++;
      }
    } else if (theirsHtml !== oursHtml) {
      console.log(`FAIL ${c.name}: APA HTML differs\n  cited:       ${oursHtml}\n` +
                  `  citation-js: ${theirsHtml}`);
      failures++;
    } else {
      console.log(`same APA HTML, ${c.name}: ${oursHtml}`);
      htmlCompared++;
    }
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
            `${htmlCompared} HTML entries checked, ${cases.length} BibTeX entries read back, ` +
            `${failures} failures`);
process.exit(failures === 0 && cases.length > 0 ? 0 : 1);
