// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_DOCUMENT_HPP
#define CITED_DATASET_DOCUMENT_HPP

/// The data forms of a dataset: `cited::dataset_document` (works and agents listed once by id,
/// sources as chains of ids, observations and claims as records), the records, and the mapping
/// between a dataset's parts and its document.

#include <cited/dataset/checks.hpp>
#include <cited/dataset/definitions.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/json.hpp>
#include <cited/reflect/names.hpp>
#include <cited/reflect/number_text.hpp>
#include <cited/source.hpp>

#include <boost/describe/class.hpp>

#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// One hop of a source in a dataset document: a relation and the ids of a work and/or an agent.
struct hop_record {
  cited::relation relation = cited::relation::published_by;
  std::optional<std::string> work;
  std::optional<std::string> agent;
  friend bool operator==(const hop_record&, const hop_record&) = default;
};
BOOST_DESCRIBE_STRUCT(hop_record, (), (relation, work, agent))

/// One observation as a flat record, as in the dataset CSV (SDMX-CSV-like) and JSON:
/// `value` is the number (a count, an amount in `unit`, a rank's position or a share's k), with
/// `upper` for `between`, `tolerance` for `approximately`, and `of` for a rank "of N" or a share's
/// n. Ranks and shares are exact. The numbers are kept as written: a count, a position or k must
/// be written as an integer up to 2^53 - 1 (`2.3695e4` and `1.0` are refused, not rounded), and an
/// amount may be any finite number.
struct observation_record {
  std::string metric = {};
  std::string subject = {};
  cited::period period;
  std::optional<number_text> value = {};
  cited::bound bound = cited::bound::exact;
  std::optional<number_text> upper = {};
  std::optional<number_text> tolerance = {};
  std::optional<std::uint64_t> of = {};
  std::string unit = {};
  observation_status status = observation_status::normal;
  std::string source = {};
  friend bool operator==(const observation_record&, const observation_record&) = default;
};
BOOST_DESCRIBE_STRUCT(observation_record, (),
                      (metric, subject, period, value, bound, upper, tolerance, of, unit, status,
                       source))

/// A comparison claim as a record of subject texts; `tolerance` only with `about_equal`.
struct comparison_record {
  std::string subject;
  std::string metric;
  cited::period period;
  cited::comparison relation = cited::comparison::more_than;
  std::vector<std::string> others;
  std::string source;
  std::optional<double> tolerance = {};
};
BOOST_DESCRIBE_STRUCT(comparison_record, (),
                      (subject, metric, period, relation, others, source, tolerance))

/// A rank claim as a record of subject texts; `behind` and `among` may be left out.
struct rank_record {
  std::string subject;
  std::string metric;
  cited::period period;
  std::uint32_t position = 1;
  std::vector<std::string> ahead;
  std::string source;
  std::optional<std::vector<std::string>> behind = {};
  std::optional<std::string> among = {};
};
BOOST_DESCRIBE_STRUCT(rank_record, (),
                      (subject, metric, period, position, ahead, source, behind, among))

/// A bound on a total as a record: the bound is written as an observation's figure is (`value`,
/// `bound`, `upper`, `tolerance`), in the metric's unit.
struct total_record {
  std::string subject;
  std::string metric;
  cited::period period;
  std::optional<number_text> value = {};
  cited::bound bound = cited::bound::exact;
  std::optional<number_text> upper = {};
  std::optional<number_text> tolerance = {};
  std::string source;
};
BOOST_DESCRIBE_STRUCT(total_record, (),
                      (subject, metric, period, value, bound, upper, tolerance, source))

/// A statement claim as a record of subject texts.
struct statement_record {
  std::vector<std::string> subjects;
  std::string words;
  std::string source;
  std::optional<std::string> quote = {};
};
BOOST_DESCRIBE_STRUCT(statement_record, (), (subjects, words, source, quote))

/// A share claim as a record of subject texts.
struct share_record {
  std::string subject;
  std::string metric;
  cited::period period;
  cited::share value;
  std::string source;
};
BOOST_DESCRIBE_STRUCT(share_record, (), (subject, metric, period, value, source))

/// A claim as a record, tagged in JSON by its type name.
using claim_record =
    std::variant<comparison_record, rank_record, share_record, total_record, statement_record>;

template <>
inline constexpr std::string_view type_name<comparison_record> = "comparison";
template <>
inline constexpr std::string_view type_name<rank_record> = "rank";
template <>
inline constexpr std::string_view type_name<share_record> = "share";
template <>
inline constexpr std::string_view type_name<total_record> = "total";
template <>
inline constexpr std::string_view type_name<statement_record> = "statement";

/// The JSON document of a dataset. Works (citable sources) and agents (people and organizations)
/// are listed once, by id; a source is a provenance chain whose hops name them by id; observations
/// and claims name their source by id and their subjects by text (`CN`, `group:EU`,
/// `region:150`, `org:Alibaba`, `product:Qwen`, `system:El Capitan`, `US+GB+group:EU`).
/// Organizations named as subjects are agents; products and systems are listed in `products`, each
/// with its organizations by role written in place. The metrics and groups that are not built in
/// (`cited::with_builtins`) are defined, so that the document loads from its text alone; these
/// members are left out when empty.
struct dataset_document {
  std::string format = "cited-dataset/1";
  std::optional<std::string> title;
  std::optional<std::vector<metric_record>> metrics;
  std::optional<std::vector<group_record>> groups;
  std::map<std::string, cited::source> works;
  std::map<std::string, cited::agent> agents;
  std::vector<cited::product> products;
  std::map<std::string, std::vector<hop_record>> sources;
  std::vector<observation_record> observations;
  std::vector<claim_record> claims;
};
BOOST_DESCRIBE_STRUCT(dataset_document, (),
                      (format, title, metrics, groups, works, agents, products, sources,
                       observations, claims))

namespace detail {

// Where a record lies in a dataset's document, outermost first: {"observations", 3, "subject"}.
struct document_path {
  struct step {
    std::string key;
    std::size_t index = 0;
    bool is_index = false;
  };
  std::vector<step> steps;

  document_path& key(std::string_view k) {
    steps.push_back({std::string(k), 0, false});
    return *this;
  }
  document_path& index(std::size_t i) {
    steps.push_back({{}, i, true});
    return *this;
  }
};

// A bad field of an observation record, which the JSON or CSV reader reports with its position.
struct record_error : dataset_error {
  record_error(std::string f, const std::string& reason)
      : dataset_error(dataset_errc::bad_value, {}, reason), field(std::move(f)) {}
  record_error(std::string f, const dataset_error& e) : dataset_error(e), field(std::move(f)) {}
  std::string field;
};

// --- from a dataset to its document ---

// The bound and numbers of an estimate of a count or an amount, into a record with `bound`,
// `value`, `upper` and `tolerance`; false for a rank or a share.
template <class R>
bool fill_estimate(const figure& f, R& out) {
  const auto fill = [&](const auto& e, auto number) {
    out.bound = e.kind();
    if (e.value()) out.value = number(*e.value());
    if (e.upper()) out.upper = number(*e.upper());
    if (e.tolerance()) out.tolerance = number(*e.tolerance());
  };
  if (const auto* c = std::get_if<estimate<count>>(&f)) {
    fill(*c, [](count x) { return number_text(x.value()); });
  } else if (const auto* a = std::get_if<estimate<double>>(&f)) {
    fill(*a, [](double x) { return number_text(x); });
  } else {
    return false;
  }
  return true;
}

inline observation_record record_of(const dataset_parts& d, std::size_t i) {
  const dataset_store::row& r = d.store.at(i);
  const metric_info& m = d.registry.metric_at(r.metric);
  observation_record out{.metric = std::string(m.id),
                         .subject = d.store.subject_at(r.subject).to_string(),
                         .period = d.store.period_at(r.period)};
  out.unit = std::string(m.unit);
  out.status = static_cast<observation_status>(r.flags & 3);
  out.source = d.registry.source_ids()[r.source];
  const figure f = dataset_store::decode(r, m.kind);
  if (fill_estimate(f, out)) {
  } else if (const auto* k = std::get_if<cited::rank>(&f)) {
    out.value = number_text(std::uint64_t{k->position()});
    if (k->of()) out.of = *k->of();
  } else {
    const share& s = std::get<share>(f);
    out.value = number_text(std::uint64_t{s.k()});
    out.of = s.n();
  }
  return out;
}

inline claim_record record_of(const cited::claim& c) {
  const auto texts = [](const std::vector<cited::subject>& v) {
    std::vector<std::string> out;
    for (const cited::subject& s : v) out.push_back(s.to_string());
    return out;
  };
  if (const auto* x = std::get_if<comparison_claim>(&c)) {
    comparison_record out{x->subject.to_string(), x->metric, x->period, x->relation,
                          texts(x->others),       x->source};
    if (x->relation == comparison::about_equal) out.tolerance = x->tolerance;
    return out;
  }
  if (const auto* x = std::get_if<rank_claim>(&c)) {
    rank_record out{x->subject.to_string(), x->metric, x->period, x->position,
                    texts(x->ahead),        x->source};
    if (!x->behind.empty()) out.behind = texts(x->behind);
    if (x->among) out.among = x->among->to_string();
    return out;
  }
  if (const auto* x = std::get_if<total_claim>(&c)) {
    total_record out{.subject = x->subject.to_string(),
                     .metric = x->metric,
                     .period = x->period,
                     .source = x->source};
    fill_estimate(x->bound, out);
    return out;
  }
  if (const auto* x = std::get_if<statement_claim>(&c)) {
    return statement_record{texts(x->subjects), x->words, x->source, x->quote};
  }
  const auto& x = std::get<share_claim>(c);
  return share_record{x.subject.to_string(), x.metric, x.period, x.value, x.source};
}

// The agents of the sources, and the organizations named as subjects in no source.
inline id_list<cited::agent> all_agents(const dataset_registry& names) {
  id_list<cited::agent> agents = names.agents();
  for (const organization& o : names.organizations()) {
    if (!find_id(agents, cited::agent(o))) add_unique(agents, slug(o.name()), cited::agent(o));
  }
  return agents;
}

// The document of `d`; without its observations unless `with_observations`.
inline dataset_document to_document(const dataset_parts& d, bool with_observations = true) {
  dataset_document out;
  out.title = d.title;
  if (auto metrics = metric_records(d.registry); !metrics.empty()) out.metrics = std::move(metrics);
  if (auto groups = group_records(d.registry); !groups.empty()) out.groups = std::move(groups);
  for (const auto& [id, w] : d.registry.works()) out.works.emplace(id, w);
  const id_list<cited::agent> agents = all_agents(d.registry);
  for (const auto& [id, a] : agents) out.agents.emplace(id, a);
  out.products = d.registry.products();
  for (std::size_t i = 0; i < d.registry.source_ids().size(); ++i) {
    std::vector<hop_record> hops;
    for (const hop& h : d.registry.source_at(static_cast<std::uint32_t>(i)).hops()) {
      hop_record r{h.relation, std::nullopt, std::nullopt};
      if (h.source) r.work = find_id(d.registry.works(), *h.source);
      if (h.agent) r.agent = find_id(agents, *h.agent);
      hops.push_back(std::move(r));
    }
    out.sources.emplace(d.registry.source_ids()[i], std::move(hops));
  }
  if (with_observations) {
    out.observations.reserve(d.store.size());
    for (std::size_t i = 0; i < d.store.size(); ++i) out.observations.push_back(record_of(d, i));
  }
  for (const cited::claim& c : d.claims) out.claims.push_back(record_of(c));
  return out;
}

// --- from a record to an observation ---

// A whole number that a count, position or k can hold exactly, written as an integer: text that
// is not one (`1.0`, `2.3695e4`) is refused, not rounded, and quoted as written.
template <int = 0>
std::uint64_t whole(const number_text& v, std::string_view what, std::string_view field) {
  const std::optional<std::uint64_t> n = v.integer();
  if (!n || *n > 9007199254740991u) {
    throw record_error(std::string(field), std::string(what) +
                                               " must be an integer from 0 to 2^53 - 1, got " +
                                               detail::quoted(v.text()));
  }
  return *n;
}

// The rank or share of a record of a rank or share metric.
template <int = 0>
figure place_of(const observation_record& r, const metric_info& m) {
  if (r.bound != bound::exact || r.upper || r.tolerance) {
    throw record_error("bound", std::string(m.id) + " takes an exact rank or share");
  }
  if (!r.value) throw record_error("value", "a value is needed");
  const std::uint64_t v = whole(*r.value, m.kind == value_kind::rank ? "a rank" : "k", "value");
  if (m.kind == value_kind::rank) {
    if (v == 0) throw record_error("value", "a rank starts at 1, got 0");
    if (v > 0xFFFFFFFFu || (r.of && *r.of > 0xFFFFFFFFu)) {
      throw record_error("value", "a rank is at most 4294967295");
    }
    if (!r.of) return cited::rank(static_cast<std::uint32_t>(v));
    if (v > *r.of) {
      throw record_error("of", "a rank's position " + std::to_string(v) +
                                   " is after the last place, " + std::to_string(*r.of));
    }
    return cited::rank(static_cast<std::uint32_t>(v), static_cast<std::uint32_t>(*r.of));
  }
  if (!r.of) throw record_error("of", "a share needs n, the size of the list (\"of\")");
  if (*r.of > 0xFFFFFFFFu) throw record_error("of", "a share's n is at most 4294967295");
  if (v > *r.of) {
    throw record_error("value", "a share's k (" + std::to_string(v) + ") exceeds n (" +
                                    std::to_string(*r.of) + ")");
  }
  if (*r.of == 0) throw record_error("of", "a share's n is at least 1");
  return share(v, *r.of);
}

// The estimate of a record of a count or amount metric.
template <int = 0>
figure estimate_of(const observation_record& r, const metric_info& m) {
  if (r.of) throw record_error("of", "\"of\" goes with ranks and shares only");
  if (figure_kind(m.kind) == value_kind::amount) {  // an amount, a number or a ratio
    const char* what = m.kind == value_kind::amount ? "an amount" : "a number or a ratio";
    const auto as_double = [&](const std::optional<number_text>& x,
                               std::string_view name) -> std::optional<double> {
      if (!x) return std::nullopt;
      const std::optional<double> v = x->to_double();
      if (!v || !std::isfinite(*v)) {
        throw record_error(std::string(name), std::string(what) +
                                                  " is a finite number within the range of a "
                                                  "double, got " +
                                                  detail::quoted(x->text()));
      }
      if (m.additive && *v < 0) {
        throw record_error(std::string(name), dataset_store::negative_amount(m, x->text()));
      }
      return v;
    };
    return proxy_form<estimate<double>>::from_proxy({r.bound, as_double(r.value, "value"),
                                                     as_double(r.upper, "upper"),
                                                     as_double(r.tolerance, "tolerance")});
  }
  const auto as_count = [&](const std::optional<number_text>& x,
                            std::string_view name) -> std::optional<count> {
    if (!x) return std::nullopt;
    if (x->negative() && x->to_double() != 0.0) {
      throw record_error(std::string(name),
                         "a count is never negative, got " + detail::quoted(x->text()));
    }
    return count(whole(*x, "a count", name));
  };
  return proxy_form<estimate<count>>::from_proxy({r.bound, as_count(r.value, "value"),
                                                  as_count(r.upper, "upper"),
                                                  as_count(r.tolerance, "tolerance")});
}

// Runs `fn`; an error it throws becomes a record_error of `field` (one already is kept).
template <class Fn>
decltype(auto) in_field(std::string_view field, Fn&& fn) {
  try {
    return fn();
  } catch (const record_error&) {
    throw;
  } catch (const dataset_error& e) {
    throw record_error(std::string(field), e);
  } catch (const std::exception& e) {
    throw record_error(std::string(field), e.what());
  }
}

template <int = 0>
observation observation_of(const dataset_registry& names, const observation_record& r) {
  const metric_info& m =
      in_field("metric", [&]() -> const metric_info& { return names.metric(r.metric); });
  cited::subject s = in_field("subject", [&] { return names.parse_subject(r.subject); });
  in_field("source", [&] { return names.source_number(r.source); });
  if (r.unit != m.unit) {
    throw record_error(
        "unit", std::string(m.id) + " is in " +
                    (m.unit.empty() ? std::string("no unit (\"\")") : detail::quoted(m.unit)) +
                    ", got " + detail::quoted(r.unit));
  }
  figure f = in_field("value", [&]() -> figure {
    const bool place = m.kind == value_kind::rank || m.kind == value_kind::share;
    return place ? place_of(r, m) : estimate_of(r, m);
  });
  return observation{std::move(s), r.metric, r.period, std::move(f), r.source, r.status};
}

// An observation record's fields as read, its texts pointing into the text read.
struct record_fields {
  std::string_view metric;
  std::string_view subject;
  const cited::period* period = nullptr;
  std::optional<number_text> value;
  cited::bound bound = cited::bound::exact;
  std::optional<number_text> upper;
  std::optional<number_text> tolerance;
  std::optional<std::uint64_t> of;
  std::string_view unit;
  observation_status status = observation_status::normal;
  std::string_view source;

  observation_record record() const {
    observation_record r{.metric = std::string(metric),
                         .subject = std::string(subject),
                         .period = *period,
                         .value = value};
    r.bound = bound;
    r.upper = upper;
    r.tolerance = tolerance;
    r.of = of;
    r.unit = std::string(unit);
    r.status = status;
    r.source = std::string(source);
    return r;
  }
};

// Adds observation records to a dataset as `d.add(observation_of(d.registry, r))` does, the
// quick way for the usual record: a country's figure, with the metric, source and period of the
// record before looked up once. `add` returns false, having changed nothing, for any other
// record (a subject that is not a country, an unknown name, a bad figure): the caller then takes
// the slow way, which adds it or throws the error with its field.
class record_adder {
 public:
  explicit record_adder(dataset_parts& d) : d_(d) {}

  bool add(const observation_record& r) {
    return add(record_fields{r.metric, r.subject, &r.period, r.value, r.bound, r.upper, r.tolerance,
                             r.of, r.unit, r.status, r.source});
  }

  bool add(const record_fields& r) {
    if (!have_metric_ || r.metric != metric_text_) {
      const metric_info* m = d_.registry.find_metric(r.metric);
      if (m == nullptr) return false;
      metric_ = static_cast<std::uint16_t>(m - d_.registry.metrics().data());
      metric_text_.assign(r.metric);
      have_metric_ = true;
    }
    const metric_info& m = d_.registry.metric_at(metric_);
    // A country's code: two or four letters; any other subject has a ':' or a '+'
    // (parse_subject).
    if ((r.subject.size() != 2 && r.subject.size() != 4) ||
        r.subject.find_first_of(":+") != std::string_view::npos) {
      return false;
    }
    const std::optional<country> c = string_form<country>::read(r.subject);
    if (!c) return false;
    if (!have_source_ || r.source != source_text_) {
      try {
        source_ = d_.registry.source_number(r.source);
      } catch (const std::exception&) {
        return false;
      }
      source_text_.assign(r.source);
      have_source_ = true;
    }
    if (r.unit != m.unit || static_cast<std::size_t>(r.status) > 3) return false;
    if (d_.store.size() >= std::numeric_limits<std::uint32_t>::max()) return false;
    dataset_store::row row;
    std::optional<std::uint64_t> exact;  // an exact count, the most usual figure
    if (figure_kind(m.kind) == value_kind::count && r.bound == bound::exact && r.value &&
        !r.upper && !r.tolerance && !r.of) {
      exact = r.value->integer();
    }
    if (exact && *exact < (std::uint64_t{1} << 53)) {
      row.a = *exact;
      row.bound = static_cast<std::uint8_t>(bound::exact);
    } else {
      // The figure as observation_of makes it, from the fields it reads.
      figure_.bound = r.bound;
      figure_.value = r.value;
      figure_.upper = r.upper;
      figure_.tolerance = r.tolerance;
      figure_.of = r.of;
      try {
        const bool place = m.kind == value_kind::rank || m.kind == value_kind::share;
        row = dataset_store::encode(place ? place_of(figure_, m) : estimate_of(figure_, m), m);
      } catch (const std::exception&) {
        return false;
      }
    }
    row.metric = metric_;
    row.source = source_;
    row.flags |= static_cast<std::uint8_t>(r.status);
    row.subject = c->index();
    if (!have_period_ || *r.period != period_value_) {
      period_ = d_.store.period_number(*r.period);
      period_value_ = *r.period;
      have_period_ = true;
    }
    row.period = period_;
    d_.store.push(row);
    return true;
  }

 private:
  dataset_parts& d_;
  std::string metric_text_;
  std::string source_text_;
  cited::period period_value_ = cited::period::year(std::chrono::year{2000});
  observation_record figure_{.period = cited::period::year(std::chrono::year{2000})};
  std::uint32_t source_ = 0;
  std::uint32_t period_ = 0;
  std::uint16_t metric_ = 0;
  bool have_metric_ = false;
  bool have_source_ = false;
  bool have_period_ = false;
};

// --- from a document to a dataset ---

// Reads a dataset's document into `d`; `fail(path, error)` makes the exception to throw for an
// error at `path`.
template <class Fail>
class document_loader {
 public:
  document_loader(dataset_parts& d, Fail fail) : d_(d), fail_(std::move(fail)) {}

  void load(const dataset_document& doc) {
    load_head(doc);
    d_.store.reserve(doc.observations.size());
    for (std::size_t i = 0; i < doc.observations.size(); ++i) {
      load_observation(doc.observations[i], i);
    }
    load_claims(doc);
  }

  // What the observations refer to: the title, definitions, agents, products and sources.
  void load_head(const dataset_document& doc) {
    d_.title = doc.title;
    load_definitions(doc);
    load_agents(doc);
    load_products(doc);
    for (const auto& [id, hops] : doc.sources) load_source(id, hops);
  }

  // Observation `i` of the document, after its head, when it can be added the quick way
  // (`record_adder`); false, having changed nothing, otherwise.
  bool add_quickly(const record_fields& r) { return adder_.add(r); }

  // Observation `i` of the document, after its head.
  void load_observation(const observation_record& r, std::size_t i) {
    if (adder_.add(r)) return;
    try {
      d_.add(observation_of(d_.registry, r));
    } catch (const record_error& e) {
      fail(document_path().key("observations").index(i).key(e.field), e);
    } catch (const std::exception& e) {
      fail(document_path().key("observations").index(i), e);
    }
  }

  void load_claims(const dataset_document& doc) {
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
      std::visit([&](const auto& r) { load_claim(r, document_path().key("claims").index(i)); },
                 doc.claims[i]);
    }
  }

 private:
  [[noreturn]] void fail(const document_path& where, const std::exception& e) {
    throw fail_(where, e);
  }
  [[noreturn]] void fail(const document_path& where, dataset_errc kind, const std::string& id,
                         const std::string& reason) {
    throw fail_(where, dataset_error(kind, id, reason));
  }

  void load_definitions(const dataset_document& doc) {
    const auto at = [&](std::string_view list, std::size_t i, std::string_view field) {
      document_path where;
      where.key(list).index(i);
      if (!field.empty()) where.key(field);
      return where;
    };
    if (doc.metrics) {
      define_metrics(d_.registry, *doc.metrics,
                     [&](std::size_t i, std::string_view field, const dataset_error& e) {
                       fail(at("metrics", i, field), e);
                     });
    }
    if (doc.groups) {
      define_groups(d_.registry, *doc.groups,
                    [&](std::size_t i, std::string_view field, const dataset_error& e) {
                      fail(at("groups", i, field), e);
                    });
    }
  }

  void load_agents(const dataset_document& doc) {
    for (const auto& [id, w] : doc.works) {
      if (id.empty())
        fail(document_path().key("works"), dataset_errc::bad_value, id, "a work's id is empty");
      d_.registry.add_work(id, w);
    }
    for (const auto& [id, a] : doc.agents) {
      if (id.empty())
        fail(document_path().key("agents"), dataset_errc::bad_value, id, "an agent's id is empty");
      d_.registry.add_agent(id, a);
    }
  }

  void load_products(const dataset_document& doc) {
    for (std::size_t i = 0; i < doc.products.size(); ++i) {
      const cited::product& p = doc.products[i];
      const document_path at = document_path().key("products").index(i).key("name");
      try {
        cited::subject check = p;
        static_cast<void>(check);
      } catch (const std::exception& e) {
        fail(at, e);
      }
      bool known_already = false;
      for (const cited::product& known : d_.registry.products()) {
        known_already = known_already || known == p;
        if (known != p && known.kind() == p.kind() && known.name() == p.name()) {
          fail(at, dataset_errc::duplicate_id, p.name(),
               "another " + std::string(enum_name(p.kind())) + " has the name " +
                   detail::quoted(p.name()));
        }
      }
      if (!known_already) d_.registry.add_product(p);
    }
  }

  void load_source(const std::string& id, const std::vector<hop_record>& hops) {
    std::vector<hop> chain;
    for (std::size_t i = 0; i < hops.size(); ++i) {
      hop h{hops[i].relation, std::nullopt, std::nullopt};
      const auto at = [&](std::string_view key) {
        return document_path().key("sources").key(id).index(i).key(key);
      };
      if (hops[i].work) {
        const cited::source* w = find_entry(d_.registry.works(), *hops[i].work);
        if (!w) {
          fail(at("work"), dataset_errc::unknown_reference, *hops[i].work,
               "unknown work id " + detail::quoted(*hops[i].work));
        }
        h.source = *w;
      }
      if (hops[i].agent) {
        const cited::agent* a = find_entry(d_.registry.agents(), *hops[i].agent);
        if (!a) {
          fail(at("agent"), dataset_errc::unknown_reference, *hops[i].agent,
               "unknown agent id " + detail::quoted(*hops[i].agent));
        }
        h.agent = *a;
      }
      chain.push_back(std::move(h));
    }
    try {
      d_.registry.add_source(id, cited::provenance(std::move(chain)));
    } catch (const std::exception& e) {
      fail(document_path().key("sources").key(id), e);
    }
  }

  cited::subject subject_at(const std::string& text, const document_path& where) {
    try {
      return d_.registry.parse_subject(text);
    } catch (const std::exception& e) {
      fail(where, e);
    }
  }
  std::vector<cited::subject> subjects_at(const std::vector<std::string>& texts,
                                          const document_path& at, std::string_view key) {
    std::vector<cited::subject> out;
    for (std::size_t k = 0; k < texts.size(); ++k) {
      out.push_back(subject_at(texts[k], document_path(at).key(key).index(k)));
    }
    return out;
  }

  // The claim of a record, read against the dataset's subjects and metrics.
  template <class R>
  cited::claim claim_of(const R& r, const document_path& at) {
    if constexpr (std::is_same_v<R, statement_record>) {
      return statement_claim{subjects_at(r.subjects, at, "subjects"), r.words, r.source, r.quote};
    } else {
      cited::subject s = subject_at(r.subject, document_path(at).key("subject"));
      if constexpr (std::is_same_v<R, comparison_record>) {
        return comparison_claim{s,
                                r.metric,
                                r.period,
                                r.relation,
                                subjects_at(r.others, at, "others"),
                                r.source,
                                r.tolerance.value_or(0)};
      } else if constexpr (std::is_same_v<R, rank_record>) {
        rank_claim c{s,       r.metric, r.period, r.position, subjects_at(r.ahead, at, "ahead"),
                     r.source};
        if (r.behind) c.behind = subjects_at(*r.behind, at, "behind");
        if (r.among) c.among = subject_at(*r.among, document_path(at).key("among"));
        return c;
      } else if constexpr (std::is_same_v<R, total_record>) {
        return total_claim{s, r.metric, r.period, bound_of(r, at), r.source};
      } else {
        return share_claim{s, r.metric, r.period, r.value, r.source};
      }
    }
  }

  // The bound of a total record, an estimate of its metric's kind.
  figure bound_of(const total_record& r, const document_path& at) {
    observation_record o{.metric = r.metric, .period = r.period, .value = r.value};
    o.bound = r.bound;
    o.upper = r.upper;
    o.tolerance = r.tolerance;
    try {
      const metric_info& m = d_.registry.metric(r.metric);
      if (!m.additive) {
        throw record_error("metric", std::string(m.id) + " does not add up");
      }
      return estimate_of(o, m);
    } catch (const record_error& e) {
      fail(document_path(at).key(e.field), e);
    } catch (const dataset_error& e) {
      fail(document_path(at).key("metric"), e);
    } catch (const std::exception& e) {
      fail(document_path(at).key("value"), e);
    }
  }

  template <class R>
  void load_claim(const R& r, document_path at) {
    at.key(type_name<R>);
    std::optional<cited::claim> c;
    c.emplace(claim_of(r, at));
    try {
      add_claim(d_, std::move(*c));
    } catch (const dataset_error& e) {
      // A claim that cannot be is so for its place of 0 or its empty list of others.
      const char* bad = std::is_same_v<R, rank_record>         ? "position"
                        : std::is_same_v<R, comparison_record> ? "others"
                                                               : nullptr;
      const char* key = e.kind() == dataset_errc::unknown_source   ? "source"
                        : e.kind() == dataset_errc::unknown_metric ? "metric"
                        : e.kind() == dataset_errc::bad_claim      ? bad
                                                                   : nullptr;
      fail(key ? document_path(at).key(key) : at, e);
    } catch (const std::exception& e) {
      fail(at, e);
    }
  }

  dataset_parts& d_;
  Fail fail_;
  record_adder adder_{d_};
};

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_DOCUMENT_HPP
