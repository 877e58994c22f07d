// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REPORT_RENDER_HPP
#define CITED_REPORT_RENDER_HPP

/// A fact sheet printed for people: `to_text` (plain text), `to_markdown` (headings, lists, APA
/// italics) and `to_html` (one standalone page: inline CSS, no script, no external asset, every
/// text escaped, inline SVG charts with accessible text). The references and in-text citations
/// are in the format the sheet was made with (`make_factsheet`): each function prints them in its
/// own format, converting a Markdown or HTML sheet's (APA italics kept, or dropped by `to_text`);
/// a text sheet's have no italics, so make the sheet with `reference_format::markdown` for
/// `to_markdown` and `reference_format::html` for `to_html`.
///
///     const cited::dataset ds = cited::dataset::from_json(text,
///     cited::dataset{cited::with_builtins}); std::cout << cited::to_html(cited::make_factsheet(ds,
///     cited::reference_format::html));

#include <cited/report/chart_svg.hpp>
#include <cited/report/factsheet.hpp>
#include <cited/report/svg.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cited {

namespace detail {

// "self-reported", "not checkable".
inline std::string verdict_words(cited::verdict v) {
  std::string out(cited::enum_name(v));
  for (char& c : out) {
    if (c == '_') c = v == cited::verdict::self_reported ? '-' : ' ';
  }
  return out;
}

// `text` escaped for Markdown: its special characters behind a backslash, line breaks as spaces,
// so that no text of a sheet opens a heading, a list, a link, emphasis, code or raw HTML, even at
// the start of a line or a list item ("- x", "+ x", "= x", "1. x", "1) x").
inline std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // A leading block marker: a bullet or setext underline, or an ordered list's number.
  if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '=')) {
    out += '\\';
  } else {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
      out += text.substr(0, digits);
      out += '\\';
      text.remove_prefix(digits);
    }
  }
  for (const char c : text) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
      case '|':
      case '&':
      case '~':
      case '!':
        out += '\\';
        out += c;
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A reference or citation of the sheet, for output `want`: as is when the sheet's format is
// `want`, else read back from the sheet's format and written in `want` (italics, escapes).
inline std::string formatted(const factsheet& s, const std::string& text, reference_format want) {
  if (s.format == want) return text;
  std::string out;
  for (const styled_run& r : runs_of(text, s.format)) {
    if (want == reference_format::text) {
      out += r.text;
    } else if (want == reference_format::html) {
      out += r.italic ? "<i>" + svg::escape(r.text) + "</i>" : svg::escape(r.text);
    } else if (r.url) {
      out += '<' + r.text + '>';
    } else {
      out += r.italic ? '*' + markdown_escape(r.text) + '*' : markdown_escape(r.text);
    }
  }
  return out;
}

// The indent of a list item's lines after its marker "N. ": the marker's width, as CommonMark
// reads it ("10. " needs four spaces).
inline std::string item_indent(std::size_t number) {
  return std::string(std::to_string(number).size() + 2, ' ');
}

// The settle list's heading: for a self-reported claim, a figure from another origin.
inline std::string_view settle_heading(const factsheet_claim& c) {
  return c.verdict == cited::verdict::self_reported ? "a figure from another origin would settle it"
                                                    : "would settle it";
}

}  // namespace detail

/// The fact sheet as plain text: the title, then each figure (its names, period and value, its
/// ids and status, its source's chain, reference, in-text citation and conflicts), then each claim
/// (verdict in words and reason or error, evidence, the figures that would settle it, conflicts,
/// source). A Markdown or HTML sheet's references print as plain text, without their markup.
inline std::string to_text(const factsheet& s) {
  const auto ref = [&s](const std::string& x) {
    return detail::formatted(s, x, reference_format::text);
  };
  std::string o;
  if (s.title) o += *s.title + "\n\n";
  o += "Figures (" + std::to_string(s.figures.size()) + ")\n";
  for (std::size_t i = 0; i < s.figures.size(); ++i) {
    const factsheet_figure& f = s.figures[i];
    o += '\n' + std::to_string(i + 1) + ". " + f.subject_name + ", " + f.metric_name + ", " +
         f.period_name + ": " + f.value + '\n';
    o += "   metric " + f.metric + ", subject " + f.subject + ", period " + f.period + ", status " +
         f.status + '\n';
    o += "   source " + f.source + ":\n";
    for (const std::string& line : f.provenance) o += "     " + line + '\n';
    for (const std::string& r : f.references) o += "   reference: " + ref(r) + '\n';
    o += "   in text: " + ref(f.in_text) + '\n';
    if (f.conflicts.empty()) {
      o += "   verdict: consistent, no conflicting figure in the dataset\n";
    } else {
      for (const std::string& c : f.conflicts) o += "   verdict: in conflict: " + c + '\n';
    }
  }
  o += "\nClaims (" + std::to_string(s.claims.size()) + ")\n";
  for (std::size_t i = 0; i < s.claims.size(); ++i) {
    const factsheet_claim& c = s.claims[i];
    o += '\n' + std::to_string(i + 1) + ". " + c.claim + '\n';
    if (c.error) {
      o += "   verdict: none, the claim cannot be checked: " + *c.error + '\n';
    } else {
      o += "   verdict: " + detail::verdict_words(*c.verdict) + " (" + c.reason + ")\n";
    }
    if (!c.evidence.empty()) o += "   evidence:\n";
    for (const factsheet_evidence& x : c.evidence) {
      o += "     - " + std::string(cited::enum_name(x.stance)) +
           (x.self_reported ? ", self-reported" : "") + ": " + x.figure + "; origin " + x.origin +
           "; source " + ref(x.source_name) + '\n';
    }
    if (!c.would_settle_it.empty()) {
      o += "   " + std::string(detail::settle_heading(c)) + ":\n";
      for (const std::string& m : c.would_settle_it) o += "     - " + m + '\n';
    }
    for (const std::string& x : c.conflicts) o += "   in conflict: " + x + '\n';
    o += "   source " + c.source + ":\n";
    for (const std::string& line : c.provenance) o += "     " + line + '\n';
    for (const std::string& r : c.references) o += "   reference: " + ref(r) + '\n';
    o += "   in text: " + ref(c.in_text) + '\n';
  }
  return o;
}

/// The fact sheet as Markdown (CommonMark): a heading for the title, "Figures" and "Claims", one
/// heading per claim, lists for provenance, evidence and what would settle a claim, a table of
/// each chart's figures with their sources, and APA italics in the references when the sheet was
/// made with `reference_format::markdown` or `html` (a text sheet has no italics: its references
/// print escaped, without them). Every text of the dataset is escaped.
inline std::string to_markdown(const factsheet& s) {
  using detail::markdown_escape;
  const auto ref = [&s](const std::string& x) {
    return detail::formatted(s, x, reference_format::markdown);
  };
  std::string o;
  o += "# " + (s.title ? markdown_escape(*s.title) : std::string("Fact sheet")) + "\n\n";
  o += "## Figures (" + std::to_string(s.figures.size()) + ")\n";
  for (std::size_t i = 0; i < s.figures.size(); ++i) {
    const factsheet_figure& f = s.figures[i];
    const std::string in = detail::item_indent(i + 1);  // under the item
    const std::string in2 = in + "  ";                  // under its sub-items
    o += '\n' + std::to_string(i + 1) + ". **" + markdown_escape(f.subject_name) + "**, " +
         markdown_escape(f.metric_name) + ", " + markdown_escape(f.period_name) + ": **" +
         markdown_escape(f.value) + "**\n";
    o += in + "- ids: metric " + markdown_escape(f.metric) + ", subject " +
         markdown_escape(f.subject) + ", period " + markdown_escape(f.period) + ", source " +
         markdown_escape(f.source) + ", status " + markdown_escape(f.status) + '\n';
    o += in + "- provenance:\n";
    for (const std::string& line : f.provenance) o += in2 + "- " + markdown_escape(line) + '\n';
    for (const std::string& r : f.references) o += in + "- reference: " + ref(r) + '\n';
    o += in + "- in text: " + ref(f.in_text) + '\n';
    if (f.conflicts.empty()) {
      o += in + "- check: consistent, no conflicting figure in the dataset\n";
    } else {
      for (const std::string& c : f.conflicts) {
        o += in + "- check: **in conflict**: " + markdown_escape(c) + '\n';
      }
    }
  }
  o += "\n## Claims (" + std::to_string(s.claims.size()) + ")\n";
  for (std::size_t i = 0; i < s.claims.size(); ++i) {
    const factsheet_claim& c = s.claims[i];
    o += "\n### " + std::to_string(i + 1) + ". " + markdown_escape(c.claim) + "\n\n";
    if (c.error) {
      o += "**Verdict: none**, the claim cannot be checked: " + markdown_escape(*c.error) + "\n";
    } else {
      o += "**Verdict: " + detail::verdict_words(*c.verdict) + "** (" + markdown_escape(c.reason) +
           ")\n";
    }
    if (c.chart) {
      o += "\n| " + markdown_escape(c.chart->metric_name) +
           " | part | figure | source |\n|---|---|---|---|\n";
      for (const chart_bar& b : c.chart->bars) {
        for (const chart_part& p : b.parts) {
          o += "| " + markdown_escape(b.label) + " | " + markdown_escape(p.label) + " | " +
               (p.missing ? std::string("*no figure*") : markdown_escape(p.value_text)) + " | " +
               ref(p.source_name) + " |\n";
        }
      }
    }
    if (!c.evidence.empty()) o += "\nEvidence:\n\n";
    for (const factsheet_evidence& x : c.evidence) {
      o += "- " + std::string(cited::enum_name(x.stance)) +
           (x.self_reported ? ", self-reported" : "") + ": " + markdown_escape(x.figure) +
           "; origin " + markdown_escape(x.origin) + "; source " + ref(x.source_name) + '\n';
    }
    if (!c.would_settle_it.empty()) {
      std::string heading(detail::settle_heading(c));
      heading[0] = static_cast<char>(heading[0] - 'a' + 'A');
      o += '\n' + heading + ":\n\n";
      for (const std::string& m : c.would_settle_it) o += "- " + markdown_escape(m) + '\n';
    }
    if (!c.conflicts.empty()) o += '\n';
    for (const std::string& x : c.conflicts) o += "**In conflict:** " + markdown_escape(x) + "\n";
    o += "\nSource (" + markdown_escape(c.source) + "):\n\n";
    for (const std::string& line : c.provenance) o += "- " + markdown_escape(line) + '\n';
    if (!c.references.empty()) o += '\n';
    for (const std::string& r : c.references) o += "Reference: " + ref(r) + "\\\n";
    o += (c.references.empty() ? "\n" : "") + std::string("In text: ") + ref(c.in_text) + '\n';
  }
  return o;
}

namespace detail {

inline constexpr std::string_view factsheet_css = R"(
:root { color-scheme: light; }
body { margin: 0; background: #f3f4f6; color: #1f2328;
  font: 15px/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
main { max-width: 940px; margin: 0 auto; padding: 24px 28px 40px; background: #ffffff; }
h1 { font-size: 20px; line-height: 1.3; margin: 0 0 6px; }
h2 { font-size: 18px; margin: 20px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 16px; margin: 0 0 6px; }
.summary { color: #57606a; margin: 0 0 8px; }
table.figures { border-collapse: collapse; width: 100%; font-size: 13px; }
table.figures th, table.figures td { text-align: left; vertical-align: top; padding: 5px 6px;
  border-bottom: 1px solid #d8dee4; }
table.figures th { background: #f6f8fa; }
td.value { font-weight: bold; white-space: nowrap; }
ol.claims { list-style: none; padding: 0; margin: 0; }
li.claim { border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 14px; margin: 0 0 10px; }
.verdict { margin: 0 0 6px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px;
  font-weight: bold; color: #ffffff; background: #6e7781; margin-right: 6px; }
.v-supported { background: #1a7f37; }
.v-contradicted { background: #cf222e; }
.v-disputed { background: #9a6700; }
.v-undetermined { background: #8250df; }
.v-self_reported { background: #bc4c00; }
.v-not_checkable { background: #6e7781; }
.v-error { background: #cf222e; }
.conflict { color: #9a6700; }
figure.chart { margin: 6px 0 8px; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 13px; color: #57606a; }
.claim h4 { font-size: 13px; margin: 8px 0 2px; text-transform: uppercase; color: #57606a; }
.claim ul { margin: 2px 0 4px; padding-left: 20px; }
details { font-size: 13px; color: #444c56; }
details p { margin: 4px 0; }
summary { cursor: pointer; }
ol.references { list-style: none; padding: 0; }
ol.references li { padding-left: 2em; text-indent: -2em; margin: 0 0 6px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
)";

// The chart, its caption and its figures with their sources as a visually hidden table.
inline std::string html_chart(const factsheet& s, const chart& c, const std::string& id) {
  std::string o = "<figure class=\"chart\">" + to_svg(c, id);
  o += "<figcaption>" + svg::escape(c.description) + "</figcaption>";
  o += "<table class=\"visually-hidden\"><caption>" + svg::escape(c.title) +
       "</caption><thead><tr><th scope=\"col\">Bar</th><th scope=\"col\">Part</th>"
       "<th scope=\"col\">Figure</th><th scope=\"col\">Source</th></tr></thead><tbody>";
  for (const chart_bar& b : c.bars) {
    for (const chart_part& p : b.parts) {
      o += "<tr><td>" + svg::escape(b.label) + "</td><td>" + svg::escape(p.label) + "</td><td>" +
           (p.missing ? std::string("no figure") : svg::escape(p.value_text)) + "</td><td>" +
           formatted(s, p.source_name, reference_format::html) + "</td></tr>";
    }
  }
  return o + "</tbody></table></figure>\n";
}

inline std::string html_list(const std::vector<std::string>& items, bool escaped) {
  std::string o = "<ul>";
  for (const std::string& x : items) o += "<li>" + (escaped ? x : svg::escape(x)) + "</li>";
  return o + "</ul>";
}

}  // namespace detail

/// The fact sheet as one standalone HTML page (`lang="en"`, UTF-8, inline CSS, no script, no
/// external asset): the title; each claim with its verdict, its chart (inline SVG, with a
/// `<title>`, a `<desc>` with the figures and their sources in words, and the same in a visually
/// hidden table), its evidence, what would settle it, its conflicts and its source (its reference
/// and provenance chain folded in a `<details>`); the figures as a table (subject, metric, period,
/// value, in-text citation with the provenance chain folded, conflicts); and the reference list,
/// APA italics included when the sheet was made with `reference_format::html` or `markdown` (a
/// text sheet has no italics: `to_html(make_factsheet(ds))` prints its references without them).
/// Every text of the dataset is escaped.
inline std::string to_html(const factsheet& s) {
  using svg::escape;
  const auto ref = [&s](const std::string& x) {
    return detail::formatted(s, x, reference_format::html);
  };
  const std::string title = s.title ? *s.title : std::string("Fact sheet");
  std::string o =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>" +
      escape(title) + "</title>\n<style>" + std::string(detail::factsheet_css) +
      "</style>\n</head>\n<body>\n<main>\n";
  o += "<h1>" + escape(title) + "</h1>\n";
  o += "<p class=\"summary\">" + std::to_string(s.claims.size()) +
       " claims, each with its verdict, and " + std::to_string(s.figures.size()) +
       " figures, each with its source.</p>\n";

  o += "<section aria-labelledby=\"claims\">\n<h2 id=\"claims\">Claims (" +
       std::to_string(s.claims.size()) + ")</h2>\n<ol class=\"claims\">\n";
  for (std::size_t i = 0; i < s.claims.size(); ++i) {
    const factsheet_claim& c = s.claims[i];
    const std::string n = std::to_string(i + 1);
    o += "<li class=\"claim\" id=\"claim-" + n + "\">\n<h3>" + n + ". " + escape(c.claim) +
         "</h3>\n<p class=\"verdict\">";
    if (c.error) {
      o += "<span class=\"badge v-error\">cannot be checked</span>" + escape(*c.error);
    } else {
      o += "<span class=\"badge v-" + std::string(cited::enum_name(*c.verdict)) + "\">" +
           escape(detail::verdict_words(*c.verdict)) + "</span>" + escape(c.reason);
    }
    o += "</p>\n";
    if (c.chart) o += detail::html_chart(s, *c.chart, "chart-" + n);
    if (!c.evidence.empty()) {
      std::vector<std::string> items;
      for (const factsheet_evidence& x : c.evidence) {
        items.push_back("<b>" + std::string(cited::enum_name(x.stance)) +
                        (x.self_reported ? ", self-reported" : "") + "</b>: " + escape(x.figure) +
                        "; origin " + escape(x.origin) + "; " + ref(x.source_name));
      }
      o += "<h4>Evidence</h4>" + detail::html_list(items, true) + '\n';
    }
    if (!c.would_settle_it.empty()) {
      o += "<h4>" + escape(detail::settle_heading(c)) + "</h4>" +
           detail::html_list(c.would_settle_it, false) + '\n';
    }
    for (const std::string& x : c.conflicts) {
      o += "<p class=\"conflict\"><b>In conflict:</b> " + escape(x) + "</p>\n";
    }
    o += "<details class=\"source\"><summary>Source: " + ref(c.source_name) + "</summary>";
    for (const std::string& r : c.references) o += "<p>Reference: " + ref(r) + "</p>";
    o += detail::html_list(c.provenance, false) + "</details>\n</li>\n";
  }
  o += "</ol>\n</section>\n";

  o += "<section aria-labelledby=\"figures\">\n<h2 id=\"figures\">Figures (" +
       std::to_string(s.figures.size()) + ")</h2>\n";
  o += "<table class=\"figures\"><thead><tr><th scope=\"col\">Subject</th><th scope=\"col\">"
       "Metric</th><th scope=\"col\">Period</th><th scope=\"col\">Value</th><th scope=\"col\">"
       "Cited as</th><th scope=\"col\">Check</th></tr></thead><tbody>\n";
  for (const factsheet_figure& f : s.figures) {
    o += "<tr><td>" + escape(f.subject_name) + "</td><td>" + escape(f.metric_name) + "</td><td>" +
         escape(f.period_name) + "</td><td class=\"value\">" + escape(f.value) +
         "</td><td><details><summary>" + ref(f.in_text) + "</summary>" +
         detail::html_list(f.provenance, false) + "</details></td><td>";
    if (f.conflicts.empty()) {
      o += "consistent";
    } else {
      o += "<span class=\"conflict\">in conflict:</span> " +
           escape(detail::joined(f.conflicts, "; "));
    }
    o += "</td></tr>\n";
  }
  o += "</tbody></table>\n</section>\n";

  // The reference list: each work read, once, in order of first use.
  std::vector<std::string> references;
  const auto add = [&references](const std::vector<std::string>& rs) {
    for (const std::string& r : rs) {
      if (std::find(references.begin(), references.end(), r) == references.end()) {
        references.push_back(r);
      }
    }
  };
  for (const factsheet_figure& f : s.figures) add(f.references);
  for (const factsheet_claim& c : s.claims) add(c.references);
  o += "<section aria-labelledby=\"references\">\n<h2 id=\"references\">References</h2>\n"
       "<ol class=\"references\">\n";
  for (const std::string& r : references) o += "<li>" + ref(r) + "</li>\n";
  o += "</ol>\n</section>\n</main>\n</body>\n</html>\n";
  return o;
}

}  // namespace cited

#endif  // CITED_REPORT_RENDER_HPP
