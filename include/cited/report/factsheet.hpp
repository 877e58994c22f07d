// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REPORT_FACTSHEET_HPP
#define CITED_REPORT_FACTSHEET_HPP

/// `cited::factsheet`: a dataset as a fact sheet, made by `cited::make_factsheet`. Every figure
/// as a person reads it (subject, metric, long period, value with its unit's best SI prefix) with
/// its provenance chain, its APA reference (the work read) and in-text citation, and any conflict;
/// then every claim with its verdict and reason, the evidence for and against it, the figures that
/// would settle it, its conflicts and its source, and for a comparison or a ranking the data of a
/// chart (`cited::chart`). Ids stay in fields of their own, for machines. The sheet is described,
/// so `cited::to_json` writes it; `to_text`, `to_markdown` and `to_html` (report/render.hpp)
/// print it.

#include <cited/cite/apa.hpp>
#include <cited/cite/in_text.hpp>
#include <cited/dataset/checks.hpp>
#include <cited/dataset/dataset.hpp>
#include <cited/dataset/evidence.hpp>
#include <cited/fact/claim.hpp>
#include <cited/fact/figure.hpp>
#include <cited/fact/subject.hpp>
#include <cited/reflect/names.hpp>
#include <cited/text/readable.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// One figure of a fact sheet. `subject`, `metric`, `period` and `source` are ids (`CN`,
/// `ai_publications`, `2024`, `ai-publications`); the `_name` fields are what a person reads
/// ("China", "AI-related publications", "June 2025", "Dimensions (n.d., as cited in Liang,
/// 2025)"). `value` is the figure with its unit ("1.742 EFLOP/s", "more than 100,000", "2nd").
struct factsheet_figure {
  std::string metric;
  std::string metric_name;
  std::string subject;
  std::string subject_name;
  std::string period;
  std::string period_name;
  std::string value;
  std::string status;
  std::string source;
  std::string source_name;
  std::vector<std::string> provenance;  ///< the chain, one hop a line, from the work read
  std::vector<std::string> references;  ///< the APA reference of the work read, if it names one
  std::string in_text;                  ///< the parenthetical in-text citation
  std::vector<std::string> conflicts;   ///< each conflict this figure is part of, described
};
BOOST_DESCRIBE_STRUCT(factsheet_figure, (),
                      (metric, metric_name, subject, subject_name, period, period_name, value,
                       status, source, source_name, provenance, references, in_text, conflicts))

/// One figure weighed for or against a claim: its stance, the figure ("China, 2024: 23,695"), its
/// primary origin, whether that origin is the claim's own, and its source (id, and in-text
/// citation).
struct factsheet_evidence {
  cited::stance stance = cited::stance::neither;
  std::string figure;
  std::string origin;
  bool self_reported = false;
  std::string source;
  std::string source_name;
};
BOOST_DESCRIBE_STRUCT(factsheet_evidence, (),
                      (stance, figure, origin, self_reported, source, source_name))

/// What a chart shows: a `comparison` (the claimant's bar beside the stacked parts of what it is
/// compared with) or a `ranking` (the subjects a rank claim names, in its order, when it names two
/// or more).
enum class chart_kind : std::uint8_t { comparison, ranking };
BOOST_DESCRIBE_ENUM(chart_kind, comparison, ranking)

/// One part of a bar: a subject and its figure. The figure is one the claim's check used (the
/// first it used for the subject, else the first it weighed), and the dataset's first for the key
/// only when the check used none; `source` is its source's id and `source_name` its narrative
/// in-text citation ("Dimensions (n.d., as cited in Liang, 2025)"), in the sheet's format. `value`
/// is the number to draw, for a count or an amount (the estimate's first value: "more than
/// 100,000" is drawn as 100,000, and reads "more than 100,000" in `value_text`); a rank or a share
/// has no length. `missing`: the dataset has no figure for it, which a chart marks as missing,
/// never as zero (then `source` and `source_name` are empty).
struct chart_part {
  std::string subject;
  std::string label;
  std::optional<double> value;
  std::string value_text;
  bool missing = false;
  std::string source;
  std::string source_name;
};
BOOST_DESCRIBE_STRUCT(chart_part, (),
                      (subject, label, value, value_text, missing, source, source_name))

/// One bar of a chart: a label and its parts, stacked (a single part for a plain bar).
struct chart_bar {
  std::string label;
  std::vector<chart_part> parts;
};
BOOST_DESCRIBE_STRUCT(chart_bar, (), (label, parts))

/// The data of a chart: its kind, title, description in words (with every figure and its source,
/// in plain text, for readers who do not see it), the metric's name and unit, and its bars in
/// order.
struct chart {
  chart_kind kind = chart_kind::comparison;
  std::string title;
  std::string description;
  std::string metric_name;
  std::string unit;
  std::vector<chart_bar> bars;
};
BOOST_DESCRIBE_STRUCT(chart, (), (kind, title, description, metric_name, unit, bars))

/// One claim of a fact sheet: its description, its verdict and the reason, or the `error` that
/// stopped its check (then no verdict); the evidence, the figures that would settle it, its
/// conflicts, its source (id, in-text name, chain, reference) and, for a comparison or a ranking,
/// its chart.
struct factsheet_claim {
  std::string claim;
  std::optional<cited::verdict> verdict;
  std::string reason;
  std::optional<std::string> error;
  std::vector<factsheet_evidence> evidence;
  std::vector<std::string> would_settle_it;
  std::vector<std::string> conflicts;
  std::string source;
  std::string source_name;
  std::vector<std::string> provenance;
  std::vector<std::string> references;
  std::string in_text;
  std::optional<cited::chart> chart;
};
BOOST_DESCRIBE_STRUCT(factsheet_claim, (),
                      (claim, verdict, reason, error, evidence, would_settle_it, conflicts, source,
                       source_name, provenance, references, in_text, chart))

/// A dataset as a fact sheet: its title, its figures in the order added, its claims in the order
/// added, and the format of its references and in-text citations (`reference_format`: text,
/// Markdown with `*italics*`, or HTML with `<i>italics</i>`, escaped). The format is fixed when the
/// sheet is made: a Markdown or HTML sheet prints in any of the three (`to_text` drops the
/// italics), but a text sheet has no italics to give, so `to_markdown` and `to_html` print its
/// references without them.
struct factsheet {
  std::optional<std::string> title;
  cited::reference_format format = cited::reference_format::text;
  std::vector<factsheet_figure> figures;
  std::vector<factsheet_claim> claims;
};
BOOST_DESCRIBE_STRUCT(factsheet, (), (title, format, figures, claims))

namespace detail {

// A period as people read it: "June 2025", "2020 to 2024".
inline std::string long_period(const cited::period& p) { return p.to_long_string(); }

// "more than ", "about " ...: the words before an estimate's first value.
inline std::string_view bound_words(cited::bound b) noexcept {
  switch (b) {
    case bound::at_least:
      return "at least ";
    case bound::more_than:
      return "more than ";
    case bound::at_most:
      return "at most ";
    case bound::less_than:
      return "less than ";
    case bound::approximately:
      return "about ";
    case bound::between:
      return "between ";
    default:
      return "";
  }
}

// An amount in a unit with an SI prefix, with the best prefix: "1.742 EFLOP/s", "more than
// 1 EFLOP/s"; nullopt when the unit has none of the built-in bases.
inline std::optional<std::string> si_text(const estimate<double>& e, std::string_view unit) {
  const std::optional<si_split> split = split_si_prefix(unit);
  if (!split || !e.value()) return std::nullopt;
  auto one = [&](double v) { return readable_si(v, split->power10, split->base); };
  std::string out(bound_words(e.kind()));
  out += one(*e.value());
  if (e.kind() == bound::between && e.upper()) out += " and " + one(*e.upper());
  if (e.kind() == bound::approximately && e.tolerance()) out += " \u00B1 " + one(*e.tolerance());
  return out;
}

// A figure with its unit, as people read it: "23,695", "1.742 EFLOP/s", "more than 40 %".
inline std::string value_text(const figure& f, std::string_view unit) {
  if (const auto* a = std::get_if<estimate<double>>(&f)) {
    if (std::optional<std::string> si = si_text(*a, unit)) return *si;
  }
  std::string out = cited::to_string(f);
  if (!unit.empty()) out += ' ' + std::string(unit);
  return out;
}

// The number a chart draws for a figure: a count's or an amount's first value; none for a rank
// or a share, or an unbounded estimate.
inline std::optional<double> drawn_value(const figure& f) {
  if (const auto* c = std::get_if<estimate<count>>(&f)) {
    if (c->value()) return static_cast<double>(c->value()->value());
  } else if (const auto* a = std::get_if<estimate<double>>(&f)) {
    if (a->value()) return *a->value();
  }
  return std::nullopt;
}

inline std::vector<std::string> chain_lines(const cited::provenance& p) {
  std::vector<std::string> out;
  for (const cited::hop& h : p.hops()) out.push_back(h.to_string());
  return out;
}

// APA lists only the work read: a fact the article reports from elsewhere is referenced by the
// article, and its origin is cited "as cited in" the article.
inline std::vector<std::string> references_of(const cited::provenance& p, reference_format f) {
  std::vector<std::string> out;
  if (const cited::source* read = cited::reference_of(p)) out.push_back(cited::cite(*read, f));
  return out;
}

// "AI-related publications of United States in 2024".
inline std::string settle_text(const cited::figure_key& k, const cited::dataset& ds) {
  const cited::metric_info* m = ds.find_metric(k.metric);
  std::string out = (m ? std::string(m->name) : k.metric) + " of " + k.subject.display_name() +
                    " in " + long_period(k.period);
  if (k.subject.as_group()) out += " (or of each of its members)";
  return out;
}

// "China, 2025: 2nd".
inline std::string figure_text(const cited::observation_ref& o) {
  return o.subject().display_name() + ", " + long_period(o.period()) + ": " +
         value_text(o.value(), o.metric().unit);
}

// A run of a formatted reference or citation: text, in italics or not, or a URL.
struct styled_run {
  std::string text;
  bool italic = false;
  bool url = false;
};

// A reference or citation written in `f` by `cite` or `cite_in_text`, read back into runs:
// Markdown's `*italics*`, backslash escapes and `<URL>` autolinks; HTML's `<i>italics</i>` and
// character references.
inline std::vector<styled_run> runs_of(std::string_view s, reference_format f) {
  std::vector<styled_run> out;
  bool italic = false;
  const auto add = [&out, &italic](std::string_view t, bool url = false) {
    if (url || out.empty() || out.back().italic != italic || out.back().url) {
      out.push_back({std::string(t), italic, url});
    } else {
      out.back().text += t;
    }
  };
  if (f == reference_format::text) {
    add(s);
    return out;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::string_view rest = s.substr(i);
    if (f == reference_format::markdown) {
      if (s[i] == '\\' && i + 1 < s.size()) {
        add(s.substr(++i, 1));
      } else if (s[i] == '*') {
        italic = !italic;
      } else if (const std::size_t end = rest.find('>');
                 s[i] == '<' && end != std::string_view::npos) {
        add(rest.substr(1, end - 1), true);
        i += end;
      } else {
        add(s.substr(i, 1));
      }
      continue;
    }
    if (rest.starts_with("<i>") || rest.starts_with("</i>")) {
      italic = rest[1] == 'i';
      i += italic ? 2 : 3;
      continue;
    }
    bool entity = false;
    for (const auto& [name, c] : {std::pair<std::string_view, std::string_view>{"&amp;", "&"},
                                  {"&lt;", "<"},
                                  {"&gt;", ">"},
                                  {"&quot;", "\""},
                                  {"&#39;", "'"}}) {
      if (rest.starts_with(name)) {
        add(c);
        i += name.size() - 1;
        entity = true;
        break;
      }
    }
    if (!entity) add(s.substr(i, 1));
  }
  return out;
}

// A reference or citation in `f` as plain text.
inline std::string plain_text(std::string_view s, reference_format f) {
  std::string out;
  for (const styled_run& r : runs_of(s, f)) out += r.text;
  return out;
}

// The observation a chart draws for a key: the first of `found` that the check used, else the
// first it weighed, else the first found.
inline const observation_ref* drawn_observation(const std::vector<observation_ref>& found,
                                                const cited::check_result* r) {
  if (found.empty()) return nullptr;
  if (r) {
    for (const observation_ref& u : r->used) {
      for (const observation_ref& o : found) {
        if (o == u) return &o;
      }
    }
    for (const cited::evidence& e : r->evidence) {
      for (const observation_ref& o : found) {
        if (o == e.observation) return &o;
      }
    }
  }
  return &found.front();
}

// One subject's part of a chart: the figure the check used for the key, with its source, or
// marked missing.
inline chart_part part_of(const cited::dataset& ds, const std::string& metric,
                          const cited::subject& s, const cited::period& p,
                          const cited::check_result* r, reference_format format) {
  chart_part out{s.to_string(), s.display_name(), std::nullopt, "no figure", true, {}, {}};
  const std::vector<observation_ref> found = ds.find(metric, s, p);
  if (const observation_ref* o = drawn_observation(found, r)) {
    const figure f = o->value();
    out.value = drawn_value(f);
    out.value_text = value_text(f, o->metric().unit);
    out.missing = false;
    out.source = o->source_id();
    out.source_name = cited::cite_in_text(o->provenance(), citation_form::narrative, format);
  }
  return out;
}

// "United States: no figure" or "China: 23,695, from Dimensions (n.d., as cited in Liang, 2025)",
// in plain text.
inline std::string part_words(const chart_part& p, reference_format format) {
  if (p.missing) return p.label + ": no figure";
  std::string out = p.label + ": " + p.value_text;
  if (!p.source_name.empty()) out += ", from " + plain_text(p.source_name, format);
  return out;
}

// The chart's description: each bar with its figures and their sources in words.
inline std::string describe_chart(const chart& c, reference_format format) {
  std::string out = c.metric_name + ". ";
  for (std::size_t i = 0; i < c.bars.size(); ++i) {
    const chart_bar& b = c.bars[i];
    if (i > 0) out += ' ';
    if (b.parts.size() == 1 && b.parts.front().label == b.label) {
      out += part_words(b.parts.front(), format) + '.';
      continue;
    }
    std::size_t missing = 0;
    out += b.label + ": ";
    for (std::size_t k = 0; k < b.parts.size(); ++k) {
      if (k > 0) out += "; ";
      out += part_words(b.parts[k], format);
      missing += b.parts[k].missing;
    }
    if (missing > 0) {
      out += " (" + std::to_string(missing) + " of " + std::to_string(b.parts.size()) +
             " parts have no figure, so the combined figure is unknown)";
    }
    out += '.';
  }
  return out;
}

// The chart of a claim, drawing the figures its check `r` used.
inline std::optional<chart> chart_of(const cited::dataset& ds, const cited::claim& c,
                                     const cited::check_result& r, reference_format format) {
  chart out;
  const cited::metric_info* m = nullptr;
  if (const auto* x = std::get_if<comparison_claim>(&c)) {
    m = ds.find_metric(x->metric);
    if (!m) return std::nullopt;
    out.kind = chart_kind::comparison;
    out.bars.push_back(
        {x->subject.display_name(), {part_of(ds, x->metric, x->subject, x->period, &r, format)}});
    chart_bar others{x->others.size() == 1 ? x->others.front().display_name() : std::string(), {}};
    if (x->others.size() > 1) {
      others.label = cited::subject::aggregate(x->others).display_name();
    }
    for (const cited::subject& s : x->others) {
      others.parts.push_back(part_of(ds, x->metric, s, x->period, &r, format));
    }
    out.bars.push_back(std::move(others));
    out.title = std::string(m->name) + ", " + long_period(x->period) + ": " +
                x->subject.display_name() + " against " + out.bars.back().label;
  } else if (const auto* k = std::get_if<rank_claim>(&c)) {
    m = ds.find_metric(k->metric);
    if (!m) return std::nullopt;
    out.kind = chart_kind::ranking;
    auto add = [&](const cited::subject& s) {
      out.bars.push_back({s.display_name(), {part_of(ds, k->metric, s, k->period, &r, format)}});
    };
    for (const cited::subject& s : k->ahead) add(s);
    add(k->subject);
    for (const cited::subject& s : k->behind) add(s);
    if (out.bars.size() < 2) return std::nullopt;  // a place alone: nothing to compare
    out.title = std::string(m->name) + ", " + long_period(k->period) + ": the ranking claimed";
  } else {
    return std::nullopt;
  }
  out.metric_name = std::string(m->name);
  out.unit = std::string(m->unit);
  out.description = describe_chart(out, format);
  return out;
}

// The claim's check into `e`, and its result; or the error that stopped it, into `e`.
inline std::optional<cited::check_result> check_into(const cited::dataset& ds,
                                                     const cited::claim& c, factsheet_claim& e,
                                                     reference_format f) {
  cited::check_result r;
  try {
    r = ds.check(c);
  } catch (const std::exception& x) {
    e.error = x.what();
    return std::nullopt;
  }
  e.verdict = r.verdict;
  e.reason = r.reason;
  for (const cited::evidence& x : r.evidence) {
    e.evidence.push_back(
        {x.stance, figure_text(x.observation), x.origin.to_string(), x.self_reported,
         x.observation.source_id(),
         cited::cite_in_text(x.observation.provenance(), citation_form::narrative, f)});
  }
  for (const cited::figure_key& k : r.missing) e.would_settle_it.push_back(settle_text(k, ds));
  return r;
}

}  // namespace detail

/// The fact sheet of a dataset, its references and in-text citations in `format`, fixed in the
/// sheet: make it with `reference_format::html` for `to_html` and `markdown` for `to_markdown`, or
/// their references lose APA's italics (a text sheet has none to give; a Markdown or HTML sheet
/// prints in the other formats too, `to_text` dropping the markup). A chart draws the figures the
/// claim's check used, each credited to its own source. A claim whose
/// check throws (a claim that counts a country twice) holds the error in place of a verdict, and
/// the rest of the sheet is made. Throws only what reading the dataset throws (not at all for a
/// dataset that loaded).
///
///     const cited::factsheet sheet = cited::make_factsheet(ds, cited::reference_format::html);
///     std::string page = cited::to_html(sheet);
inline factsheet make_factsheet(const dataset& ds,
                                reference_format format = reference_format::text) {
  factsheet out;
  out.title = ds.title();
  out.format = format;
  const std::vector<cited::conflict> conflicts = ds.conflicts();
  for (std::size_t i = 0; i < ds.size(); ++i) {
    const cited::observation_ref o = ds[i];
    factsheet_figure e;
    e.metric = std::string(o.metric().id);
    e.metric_name = std::string(o.metric().name);
    e.subject = o.subject().to_string();
    e.subject_name = o.subject().display_name();
    e.period = o.period().to_string();
    e.period_name = detail::long_period(o.period());
    e.value = detail::value_text(o.value(), o.metric().unit);
    e.status = std::string(cited::enum_name(o.status()));
    e.source = o.source_id();
    e.source_name = cited::cite_in_text(o.provenance(), citation_form::narrative, format);
    e.provenance = detail::chain_lines(o.provenance());
    e.references = detail::references_of(o.provenance(), format);
    e.in_text = cited::cite_in_text(o.provenance(), citation_form::parenthetical, format);
    for (const cited::conflict& c : conflicts) {
      for (const cited::observation_ref& r : c.observations) {
        if (r == o) e.conflicts.push_back(c.description);
      }
    }
    out.figures.push_back(std::move(e));
  }
  for (std::size_t i = 0; i < ds.claims().size(); ++i) {
    const cited::claim& c = ds.claims()[i];
    factsheet_claim e;
    e.claim = ds.describe(c);
    const std::optional<cited::check_result> checked = detail::check_into(ds, c, e, format);
    for (const cited::conflict& x : conflicts) {
      if (x.claim == i || x.other_claim == i) e.conflicts.push_back(x.description);
    }
    e.source = std::visit([](const auto& x) { return x.source; }, c);
    const cited::provenance& chain = ds.source(e.source);
    e.source_name = cited::cite_in_text(chain, citation_form::narrative, format);
    e.provenance = detail::chain_lines(chain);
    e.references = detail::references_of(chain, format);
    e.in_text = cited::cite_in_text(chain, citation_form::parenthetical, format);
    if (checked) {
      try {
        e.chart = detail::chart_of(ds, c, *checked, format);
      } catch (const std::exception&) {
        // A claim whose subjects cannot be read as a chart has none.
      }
    }
    out.claims.push_back(std::move(e));
  }
  return out;
}

/// One row of a fact sheet as a flat table (`cited::to_csv(factsheet_rows(sheet))`): a figure or
/// a claim. `subject`, `metric`, `period` and `source` are ids; `statement` is the figure's value
/// or the claim's description; `verdict` is "consistent" or "in conflict" for a figure, the
/// verdict's name or "error" for a claim, with the `reason` (the conflicts, or the error).
struct factsheet_row {
  std::string kind;
  std::string subject;
  std::string metric;
  std::string period;
  std::string statement;
  std::string verdict;
  std::string reason;
  std::string evidence;
  std::string would_settle_it;
  std::string source;
  std::string references;
  std::string in_text;
};
BOOST_DESCRIBE_STRUCT(factsheet_row, (),
                      (kind, subject, metric, period, statement, verdict, reason, evidence,
                       would_settle_it, source, references, in_text))

namespace detail {

inline std::string joined(const std::vector<std::string>& v, std::string_view separator) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

}  // namespace detail

/// The sheet as rows, figures first, for CSV: lists joined with "; " (conflicts, what would settle
/// a claim) or " | " (evidence, references).
inline std::vector<factsheet_row> factsheet_rows(const factsheet& s) {
  std::vector<factsheet_row> out;
  for (const factsheet_figure& f : s.figures) {
    out.push_back({"figure", f.subject, f.metric, f.period, f.value,
                   f.conflicts.empty() ? "consistent" : "in conflict",
                   detail::joined(f.conflicts, "; "), "", "", f.source,
                   detail::joined(f.references, " | "), f.in_text});
  }
  for (const factsheet_claim& c : s.claims) {
    std::vector<std::string> evidence;
    for (const factsheet_evidence& x : c.evidence) {
      evidence.push_back(std::string(cited::enum_name(x.stance)) +
                         (x.self_reported ? ", self-reported" : "") + ": " + x.figure +
                         "; origin " + x.origin);
    }
    out.push_back({"claim", "", "", "", c.claim,
                   c.verdict ? std::string(cited::enum_name(*c.verdict)) : "error",
                   c.error ? *c.error : c.reason, detail::joined(evidence, " | "),
                   detail::joined(c.would_settle_it, "; "), c.source,
                   detail::joined(c.references, " | "), c.in_text});
  }
  return out;
}

}  // namespace cited

#endif  // CITED_REPORT_FACTSHEET_HPP
