// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0
//
// The fact sheet: every figure of a dataset as a typed value with its period, its provenance
// chain, its APA reference (the work read, the chain's first hop) and in-text citation (the
// origin "as cited in" the work read, when they differ) and any conflict, then every claim with its
// verdict, the evidence for and against it (each figure with its primary origin, and marked when
// it comes from the claim's own origin: self-reported) and, when it is not settled, the figures
// that would settle it. A claim that cannot be checked shows its error in place.
//
//     factsheet [--format text|json|csv] [--sources DEFINITIONS.json] [DATASET.json|DATASET.csv]
//
// With no dataset it uses the seed article's dataset, examples/data/china-compute-2025.json,
// which is built into the program. A CSV dataset holds observations only; their source ids refer
// to the sources of --sources (by default, those of the seed dataset).

#include <cited/cite.hpp>
#include <cited/csv.hpp>
#include <cited/dataset.hpp>
#include <cited/json.hpp>

#include "china_compute_2025.hpp"  // generated: the seed dataset's JSON as a string

#include <boost/describe/class.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet {

// One figure of the sheet.
struct figure_entry {
  std::string metric;
  std::string metric_name;
  std::string subject;
  std::string subject_name;
  std::string period;
  std::string value;
  std::string status;
  std::string source;
  std::vector<std::string> provenance;
  std::vector<std::string> references;
  std::string in_text;
  std::vector<std::string> conflicts;
};
BOOST_DESCRIBE_STRUCT(figure_entry, (),
                      (metric, metric_name, subject, subject_name, period, value, status, source,
                       provenance, references, in_text, conflicts))

// One figure weighed for or against a claim.
struct evidence_entry {
  cited::stance stance;
  std::string figure;
  std::string origin;
  bool self_reported;
  std::string source;
};
BOOST_DESCRIBE_STRUCT(evidence_entry, (), (stance, figure, origin, self_reported, source))

// One claim of the sheet: its verdict, or the error that stopped its check.
struct claim_entry {
  std::string claim;
  std::optional<cited::verdict> verdict;
  std::string reason;
  std::optional<std::string> error;
  std::vector<evidence_entry> evidence;
  std::vector<std::string> would_settle_it;
  std::vector<std::string> conflicts;
  std::string source;
  std::vector<std::string> provenance;
  std::vector<std::string> references;
  std::string in_text;
};
BOOST_DESCRIBE_STRUCT(claim_entry, (),
                      (claim, verdict, reason, error, evidence, would_settle_it, conflicts, source,
                       provenance, references, in_text))

struct sheet {
  std::optional<std::string> title;
  std::vector<figure_entry> figures;
  std::vector<claim_entry> claims;
};
BOOST_DESCRIBE_STRUCT(sheet, (), (title, figures, claims))

// One row of the CSV sheet: a figure or a claim.
struct row {
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
BOOST_DESCRIBE_STRUCT(row, (),
                      (kind, subject, metric, period, statement, verdict, reason, evidence,
                       would_settle_it, source, references, in_text))

std::vector<std::string> chain_lines(const cited::provenance& p) {
  std::vector<std::string> out;
  for (const cited::hop& h : p.hops()) out.push_back(h.to_string());
  return out;
}

// APA lists only the work read: a fact the article reports from elsewhere is referenced by the
// article, and its origin is cited "as cited in" the article.
std::vector<std::string> references(const cited::provenance& p) {
  std::vector<std::string> out;
  if (const cited::source* read = cited::reference_of(p)) out.push_back(cited::cite(*read));
  return out;
}

std::string settle_text(const cited::figure_key& k, const cited::dataset& ds) {
  const cited::metric_info* m = ds.find_metric(k.metric);
  std::string out = (m ? std::string(m->name) : k.metric) + " of " + k.subject.display_name() +
                    " in " + k.period.to_string();
  if (k.subject.kind() == cited::subject_kind::group) out += " (or of each of its members)";
  return out;
}

// "China, 2025: 2nd".
std::string figure_text(const cited::observation_ref& o) {
  std::string out = o.subject().display_name() + ", " + o.period().to_string() + ": " +
                    cited::to_string(o.value());
  if (!o.metric().unit.empty()) out += ' ' + std::string(o.metric().unit);
  return out;
}

// The claim's check, or the error that stopped it, into `e`.
void check_into(const cited::dataset& ds, const cited::claim& c, claim_entry& e) {
  cited::check_result r;
  try {
    r = ds.check(c);
  } catch (const std::exception& x) {
    e.error = x.what();
    return;
  }
  e.verdict = r.verdict;
  e.reason = r.reason;
  for (const cited::evidence& x : r.evidence) {
    e.evidence.push_back({x.stance, figure_text(x.observation), x.origin.to_string(),
                          x.self_reported, x.observation.source_id()});
  }
  for (const cited::figure_key& k : r.missing) e.would_settle_it.push_back(settle_text(k, ds));
}

sheet make_sheet(const cited::dataset& ds) {
  sheet out;
  out.title = ds.title();
  const std::vector<cited::conflict> conflicts = ds.conflicts();
  for (std::size_t i = 0; i < ds.size(); ++i) {
    const cited::observation_ref o = ds[i];
    figure_entry e;
    e.metric = std::string(o.metric().id);
    e.metric_name = std::string(o.metric().name);
    e.subject = o.subject().to_string();
    e.subject_name = o.subject().display_name();
    e.period = o.period().to_string();
    e.value = cited::to_string(o.value());
    if (!o.metric().unit.empty()) e.value += ' ' + std::string(o.metric().unit);
    e.status = std::string(cited::enum_name(o.status()));
    e.source = o.source_id();
    e.provenance = chain_lines(o.provenance());
    e.references = references(o.provenance());
    e.in_text = cited::cite_in_text(o.provenance());
    for (const cited::conflict& c : conflicts) {
      for (const cited::observation_ref& r : c.observations) {
        if (r == o) e.conflicts.push_back(c.description);
      }
    }
    out.figures.push_back(std::move(e));
  }
  for (std::size_t i = 0; i < ds.claims().size(); ++i) {
    const cited::claim& c = ds.claims()[i];
    claim_entry e;
    e.claim = ds.describe(c);
    check_into(ds, c, e);
    for (const cited::conflict& x : conflicts) {
      if (x.claim == i || x.other_claim == i) e.conflicts.push_back(x.description);
    }
    e.source = std::visit([](const auto& x) { return x.source; }, c);
    e.provenance = chain_lines(ds.source(e.source));
    e.references = references(ds.source(e.source));
    e.in_text = cited::cite_in_text(ds.source(e.source));
    out.claims.push_back(std::move(e));
  }
  return out;
}

void print_text(const sheet& s, std::ostream& os) {
  if (s.title) os << *s.title << "\n\n";
  os << "Figures (" << s.figures.size() << ")\n";
  for (std::size_t i = 0; i < s.figures.size(); ++i) {
    const figure_entry& f = s.figures[i];
    os << '\n'
       << i + 1 << ". " << f.subject_name << ", " << f.metric_name << ", " << f.period << ": "
       << f.value << '\n'
       << "   metric " << f.metric << ", subject " << f.subject << ", status " << f.status << '\n'
       << "   source " << f.source << ":\n";
    for (const std::string& line : f.provenance) os << "     " << line << '\n';
    for (const std::string& r : f.references) os << "   reference: " << r << '\n';
    os << "   in text: " << f.in_text << '\n';
    if (f.conflicts.empty()) {
      os << "   verdict: consistent, no conflicting figure in the dataset\n";
    } else {
      for (const std::string& c : f.conflicts) os << "   verdict: in conflict: " << c << '\n';
    }
  }
  os << "\nClaims (" << s.claims.size() << ")\n";
  for (std::size_t i = 0; i < s.claims.size(); ++i) {
    const claim_entry& c = s.claims[i];
    os << '\n' << i + 1 << ". " << c.claim << '\n';
    if (c.error) {
      os << "   verdict: none, the claim cannot be checked: " << *c.error << '\n';
    } else {
      os << "   verdict: " << cited::enum_name(*c.verdict) << " (" << c.reason << ")\n";
    }
    if (!c.evidence.empty()) os << "   evidence:\n";
    for (const evidence_entry& x : c.evidence) {
      os << "     - " << cited::enum_name(x.stance) << (x.self_reported ? ", self-reported" : "")
         << ": " << x.figure << "; origin " << x.origin << "; source " << x.source << '\n';
    }
    if (!c.would_settle_it.empty()) {
      os << (c.verdict == cited::verdict::self_reported ? "   a figure from another origin "
                                                          "would settle it:\n"
                                                        : "   would settle it:\n");
      for (const std::string& m : c.would_settle_it) os << "     - " << m << '\n';
    }
    for (const std::string& x : c.conflicts) os << "   in conflict: " << x << '\n';
    os << "   source " << c.source << ":\n";
    for (const std::string& line : c.provenance) os << "     " << line << '\n';
    for (const std::string& r : c.references) os << "   reference: " << r << '\n';
    os << "   in text: " << c.in_text << '\n';
  }
}

std::string joined(const std::vector<std::string>& v, std::string_view separator) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

std::vector<row> rows(const sheet& s) {
  std::vector<row> out;
  for (const figure_entry& f : s.figures) {
    out.push_back({"figure", f.subject, f.metric, f.period, f.value,
                   f.conflicts.empty() ? "consistent" : "in conflict", joined(f.conflicts, "; "),
                   "", "", f.source, joined(f.references, " | "), f.in_text});
  }
  for (const claim_entry& c : s.claims) {
    std::vector<std::string> evidence;
    for (const evidence_entry& x : c.evidence) {
      evidence.push_back(std::string(cited::enum_name(x.stance)) +
                         (x.self_reported ? ", self-reported" : "") + ": " + x.figure +
                         "; origin " + x.origin);
    }
    out.push_back({"claim", "", "", "", c.claim,
                   c.verdict ? std::string(cited::enum_name(*c.verdict)) : "error",
                   c.error ? *c.error : c.reason, joined(evidence, " | "),
                   joined(c.would_settle_it, "; "), c.source, joined(c.references, " | "),
                   c.in_text});
  }
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open the file");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int usage(std::ostream& os, int status) {
  os << "usage: factsheet [--format text|json|csv] [--sources DEFINITIONS.json] "
        "[DATASET.json|DATASET.csv]\n"
        "With no dataset, prints the seed article's dataset (examples/data/"
        "china-compute-2025.json).\n";
  return status;
}

}  // namespace factsheet

int main(int argc, char** argv) {
  using namespace factsheet;
  std::string format = "text";
  std::optional<std::string> path;
  std::optional<std::string> sources_path;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--format" || a == "--sources") && i + 1 < args.size()) {
      (a == "--format" ? format : sources_path.emplace()) = args[++i];
    } else if (a == "--help" || a == "-h") {
      return usage(std::cout, 0);
    } else if (a.starts_with("-") || path) {
      std::cerr << "factsheet: unexpected argument \"" << a << "\"\n";
      return usage(std::cerr, 2);
    } else {
      path = a;
    }
  }
  if (format != "text" && format != "json" && format != "csv") {
    std::cerr << "factsheet: --format takes text, json or csv, not \"" << format << "\"\n";
    return usage(std::cerr, 2);
  }

  std::optional<cited::dataset> ds;
  std::string current = "the built-in seed dataset";
  try {
    // The seed article's metrics and the built-in groups, which the documents name.
    const cited::dataset builtins{cited::with_builtins};
    if (!path) {
      ds = cited::dataset::from_json(china_compute_2025_json, builtins);
    } else if (path->ends_with(".csv")) {
      cited::dataset definitions = cited::dataset::from_json(china_compute_2025_json, builtins);
      if (sources_path) {
        current = *sources_path;
        definitions = cited::dataset::from_json(read_file(*sources_path), builtins);
      }
      current = *path;
      ds = cited::dataset::from_csv(read_file(*path), definitions.definitions());
    } else {
      current = *path;
      ds = cited::dataset::from_json(read_file(*path), builtins);
    }
  } catch (const std::exception& e) {
    std::cerr << "factsheet: " << current << ": " << e.what() << '\n';
    return 1;
  }

  try {
    const sheet s = make_sheet(*ds);
    if (format == "json") {
      std::cout << cited::to_json(s, {.pretty = true}) << '\n';
    } else if (format == "csv") {
      std::cout << cited::to_csv(rows(s));
    } else {
      print_text(s, std::cout);
    }
  } catch (const std::exception& e) {
    std::cerr << "factsheet: " << current << ": " << e.what() << '\n';
    return 1;
  }
}
