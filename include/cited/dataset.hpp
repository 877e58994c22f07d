// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_HPP
#define CITED_DATASET_HPP

/// `cited::dataset`: observations and claims with their sources, and the queries that make them
/// useful: lookup, `rank`, `total`, `check` and `conflicts`. A dataset reads and writes a JSON
/// document (sources listed once, with ids) and a flat CSV of observations.

#include <cited/cite.hpp>
#include <cited/csv.hpp>
#include <cited/fact.hpp>
#include <cited/json.hpp>
#include <cited/reflect/names.hpp>

#include <boost/describe/class.hpp>

#include <algorithm>
#include <bit>
#include <bitset>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// Thrown by a dataset for a request it cannot honour: an unknown metric, subject or source id, a
/// figure of the wrong kind for its metric, a total of a metric that does not add up, a total that
/// would count a country twice.
class dataset_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// What identifies a figure: a metric, a subject and a period.
struct figure_key {
  std::string metric;
  cited::subject subject;
  cited::period period;

  /// `ai_publications of US in 2024`.
  std::string to_string() const {
    return metric + " of " + subject.to_string() + " in " + period.to_string();
  }
  friend bool operator==(const figure_key&, const figure_key&) = default;
};

class dataset;

/// One observation in a dataset, by reference: valid while the dataset lives and is not moved.
class observation_ref {
 public:
  /// The observation's position in the dataset, in the order added.
  std::size_t index() const noexcept { return index_; }
  inline cited::subject subject() const;
  inline const metric_info& metric() const;
  inline const cited::period& period() const;
  inline cited::figure value() const;
  inline observation_status status() const;
  /// The id of its source in the dataset.
  inline const std::string& source_id() const;
  /// Its provenance chain.
  inline const cited::provenance& provenance() const;
  /// A copy, as an `observation`.
  inline cited::observation to_observation() const;

  friend bool operator==(const observation_ref& a, const observation_ref& b) noexcept {
    return a.dataset_ == b.dataset_ && a.index_ == b.index_;
  }

 private:
  friend class dataset;
  observation_ref(const dataset* d, std::uint32_t i) noexcept : dataset_(d), index_(i) {}
  const dataset* dataset_;
  std::uint32_t index_;
};

/// The order of subjects by a metric in a period. Each entry has the best and the worst place its
/// figure allows among the figures observed: equal when its place is certain, apart when an
/// interval overlaps another's ("more than 100" against exactly 150). Entries with the same exact
/// figure are tied and share a place. Entries are sorted by best place, then worst place.
struct ranking {
  struct entry {
    observation_ref observation;
    std::size_t best;
    std::size_t worst;
    bool tied;
    /// True when the place is certain.
    bool certain() const noexcept { return best == worst; }
  };
  std::vector<entry> entries;

  /// The entries whose place is not certain.
  std::vector<entry> uncertain() const {
    std::vector<entry> out;
    for (const entry& e : entries) {
      if (!e.certain()) out.push_back(e);
    }
    return out;
  }
};

/// How `dataset::total` treats a country named twice (once alone and once in a group).
struct total_options {
  /// Count such a country once instead of refusing the total.
  bool deduplicate = false;
};

/// A total: the sum of the observed figures' intervals, what was used and what is missing. With
/// figures missing, the total is a lower bound ("at least" the known part), since the metrics
/// that add up are never negative.
struct total_result {
  cited::figure value;
  std::vector<observation_ref> used;
  std::vector<figure_key> missing;
  /// Countries named twice and counted once (with `total_options::deduplicate`).
  std::vector<country> deduplicated;

  /// True when no figure was missing.
  bool complete() const noexcept { return missing.empty(); }
};

/// The verdict on a claim, the observations it rests on, the figures that would settle it when it
/// is undetermined, and one sentence saying why.
struct check_result {
  cited::verdict verdict = cited::verdict::undetermined;
  std::vector<observation_ref> used;
  std::vector<figure_key> missing;
  std::string reason;
};

/// What `dataset::conflicts` finds.
enum class conflict_kind : std::uint8_t {
  disjoint_values,          ///< two figures of the same key that cannot both be true
  same_rank,                ///< two subjects given the same exact place
  rank_claim_contradicted,  ///< a rank claim that the observed figures contradict
};
BOOST_DESCRIBE_ENUM(conflict_kind, disjoint_values, same_rank, rank_claim_contradicted)

/// One conflict: its kind, the observations involved, the claim (an index into `claims()`) when
/// one is involved, and a sentence.
struct conflict {
  conflict_kind kind;
  std::vector<observation_ref> observations;
  std::optional<std::size_t> claim;
  std::string description;
};

// --- the data forms of a dataset
// ------------------------------------------------------------------

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
/// n. Ranks and shares are exact.
struct observation_record {
  std::string metric = {};
  std::string subject = {};
  cited::period period;
  std::optional<double> value = {};
  cited::bound bound = cited::bound::exact;
  std::optional<double> upper = {};
  std::optional<double> tolerance = {};
  std::optional<std::uint64_t> of = {};
  std::string unit = {};
  observation_status status = observation_status::normal;
  std::string source = {};
  friend bool operator==(const observation_record&, const observation_record&) = default;
};
BOOST_DESCRIBE_STRUCT(observation_record, (),
                      (metric, subject, period, value, bound, upper, tolerance, of, unit, status,
                       source))

/// A comparison claim as a record of subject texts.
struct comparison_record {
  std::string subject;
  std::string metric;
  cited::period period;
  cited::comparison relation = cited::comparison::more_than;
  std::vector<std::string> others;
  std::string source;
};
BOOST_DESCRIBE_STRUCT(comparison_record, (), (subject, metric, period, relation, others, source))

/// A rank claim as a record of subject texts.
struct rank_record {
  std::string subject;
  std::string metric;
  cited::period period;
  std::uint32_t position = 1;
  std::vector<std::string> ahead;
  std::string source;
};
BOOST_DESCRIBE_STRUCT(rank_record, (), (subject, metric, period, position, ahead, source))

/// A share claim as a record of subject texts.
struct share_record {
  std::string subject;
  std::string metric;
  cited::period period;
  cited::share value;
  std::string source;
};
BOOST_DESCRIBE_STRUCT(share_record, (), (subject, metric, period, value, source))

template <>
inline constexpr std::string_view type_name<comparison_record> = "comparison";
template <>
inline constexpr std::string_view type_name<rank_record> = "rank";
template <>
inline constexpr std::string_view type_name<share_record> = "share";

/// The JSON document of a dataset. Works (citable sources) and agents (people and organizations)
/// are listed once, by id; a source is a provenance chain whose hops name them by id; observations
/// and claims name their source by id and their subjects by text (`CN`, `group:EU`,
/// `org:Alibaba`, `product:Qwen`, `US+GB+group:EU`). Organizations named as subjects are agents;
/// products are listed.
struct dataset_document {
  std::string format = "cited-dataset/1";
  std::optional<std::string> title;
  std::map<std::string, cited::source> works;
  std::map<std::string, cited::agent> agents;
  std::vector<cited::product> products;
  std::map<std::string, std::vector<hop_record>> sources;
  std::vector<observation_record> observations;
  std::vector<std::variant<comparison_record, rank_record, share_record>> claims;
};
BOOST_DESCRIBE_STRUCT(dataset_document, (),
                      (format, title, works, agents, products, sources, observations, claims))

namespace detail {

// The start of the value at `path` (outermost first) in valid JSON text, for errors found after
// the text was read; where the path is not all there, the deepest value on it that is.
inline const char* locate_json(std::string_view text, std::span<const path_step> path) {
  const char* p = text.data();
  const char* end = p + text.size();
  const auto ws = [&] {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
  };
  const auto skip_string = [&] {  // at the opening quote
    for (++p; p < end && *p != '"'; ++p) {
      if (*p == '\\') ++p;
    }
    ++p;
  };
  const auto skip_value = [&] {
    ws();
    if (p >= end) return;
    if (*p == '"') {
      skip_string();
      return;
    }
    if (*p != '{' && *p != '[') {
      while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' &&
             *p != '\r' && *p != '\t') {
        ++p;
      }
      return;
    }
    int depth = 0;
    while (p < end) {
      if (*p == '"') {
        skip_string();
        continue;
      }
      if (*p == '{' || *p == '[') ++depth;
      if (*p == '}' || *p == ']') --depth;
      ++p;
      if (depth == 0) return;
    }
  };
  const auto read_key = [&]() -> std::string {  // at the opening quote
    const char* start = p;
    skip_string();
    std::string key;
    cited::from_json(std::string_view(start, static_cast<std::size_t>(p - start)), key);
    return key;
  };
  // Each step that is found moves `found`; a step that is not there leaves it at the deepest
  // value that is.
  const char* found = p;
  for (const path_step& step : path) {
    ws();
    found = p;
    if (p >= end) return found;
    if (step.is_index) {
      if (*p != '[') return found;
      ++p;
      for (std::size_t i = 0; i < step.index; ++i) {
        skip_value();
        ws();
        if (p >= end || *p != ',') return found;
        ++p;
      }
    } else {
      if (*p != '{') return found;
      ++p;
      for (;;) {
        ws();
        if (p >= end || *p != '"') return found;
        const std::string key = read_key();
        ws();
        if (p >= end || *p != ':') return found;
        ++p;
        if (key == step.key) break;
        skip_value();
        ws();
        if (p >= end || *p != ',') return found;
        ++p;
      }
    }
  }
  ws();
  return p;
}

// Builds path steps outermost first: {"observations", 3, "subject"}.
struct json_path {
  std::vector<path_step> steps;
  json_path& key(std::string_view k) {
    steps.push_back({std::string(k), 0, false});
    return *this;
  }
  json_path& index(std::size_t i) {
    steps.push_back({{}, i, true});
    return *this;
  }
};

inline json_error json_error_at(std::string_view text, const json_path& path, std::string reason) {
  json_failure f;
  f.reason = std::move(reason);
  f.where = locate_json(text, path.steps);
  f.path.assign(path.steps.rbegin(), path.steps.rend());
  return make_json_error(text, f);
}

// The 1-based column of `field` in the header of a CSV text, or 0.
inline std::size_t csv_column_of(std::string_view text, std::string_view field) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t column = 1;
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',' || c == '\n' || c == '\r') {
      if (cell == field) return column;
      if (c != ',') return 0;
      cell.clear();
      ++column;
    } else {
      cell += c;
    }
  }
  return 0;
}

// A lower-case ASCII slug of a name: "The New York Times" -> "the-new-york-times".
inline std::string slug(std::string_view name) {
  std::string out;
  bool dash = false;
  for (const char c : name) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else {
      dash = true;
    }
  }
  return out.empty() ? std::string("agent") : out;
}

// An end of an interval as a sortable key: (value, tilt), where an open low end sorts just above
// its value and an open high end just below. No end at all is -inf or +inf.
struct end_key {
  double value;
  int tilt;
  friend bool operator<(const end_key& a, const end_key& b) noexcept {
    return a.value < b.value || (a.value == b.value && a.tilt < b.tilt);
  }
};

// True when an interval is a single value: an exact figure.
inline bool is_point(const end_key& low, const end_key& high) noexcept {
  return low.value == high.value && low.tilt == 0 && high.tilt == 0;
}

inline constexpr std::uint32_t first_other_subject = 0x10000;

}  // namespace detail

/// Observations and claims about subjects, with the sources they came from.
///
/// - Metrics are known by id; a dataset knows those in `cited::metrics` and any added with
///   `add_metric`. Groups are known by id: those in `cited::groups`, and any added with
///   `add_group`.
/// - Sources are provenance chains with ids, added with `add_source`; every observation and claim
///   names one.
/// - Observations take 32 bytes each, plus 4 bytes of index built on the first query after a
///   change. A const query may build that index: call `prepare()` before querying from several
///   threads at once.
///
///     cited::dataset ds;
///     ds.add_source("nyt", chain);
///     ds.add<cited::metrics::ai_publications>("CN"_country, cited::period::parse("2024"),
///                                              cited::count{23695}, "nyt");
///     ds.total<cited::metrics::ai_publications>(others, cited::period::parse("2024"));
class dataset {
 public:
  /// A dataset that knows the metrics in `cited::metrics` and the groups in `cited::groups`.
  dataset() {
    add_metric<metrics::computing_power>();
    add_metric<metrics::computing_power_rank>();
    add_metric<metrics::ai_publications>();
    add_metric<metrics::github_developer_community_rank>();
    add_metric<metrics::top_open_source_models>();
    add_metric<metrics::derivative_models>();
    for (const country_group& g : {groups::eu, groups::euro_area, groups::g7, groups::brics}) {
      groups_.push_back(g);
    }
  }

  // --- what the dataset knows -------------------------------------------------------------------

  /// Makes metric `M` known. Adding a metric again is harmless.
  template <metric M>
  dataset& add_metric() {
    return add_metric(metric_info::of<M>());
  }
  /// Makes a metric known; throws `dataset_error` if another metric has the same id.
  dataset& add_metric(const metric_info& m) {
    if (const metric_info* known = find_metric(m.id)) {
      if (*known == m) return *this;
      throw dataset_error("another metric has the id " + detail::quoted(m.id));
    }
    if (metrics_.size() >= 0xFFFF) throw dataset_error("too many metrics");
    metrics_.push_back(m);
    return *this;
  }
  /// The metric with id `id`, or null.
  const metric_info* find_metric(std::string_view id) const noexcept {
    for (const metric_info& m : metrics_) {
      if (m.id == id) return &m;
    }
    return nullptr;
  }
  /// The metrics the dataset knows.
  std::span<const metric_info> metrics() const noexcept { return metrics_; }

  /// Makes a group known by its id. The group is a view: its memberships must outlive the
  /// dataset. Throws `dataset_error` if another group has the same id.
  dataset& add_group(const country_group& g) {
    if (find_group(g.id()))
      throw dataset_error("another group has the id " + detail::quoted(g.id()));
    groups_.push_back(g);
    return *this;
  }
  /// The group with id `id`, or null.
  const country_group* find_group(std::string_view id) const noexcept {
    for (const country_group& g : groups_) {
      if (g.id() == id) return &g;
    }
    return nullptr;
  }

  /// Adds a source: a provenance chain with an id. Adding the same chain again under the same id
  /// is harmless; another chain under a used id throws `dataset_error`.
  dataset& add_source(std::string id, cited::provenance chain) {
    detail::check_text(id, "a source id");
    if (const auto it = source_index_.find(id); it != source_index_.end()) {
      if (sources_[it->second] == chain) return *this;
      throw dataset_error("another source has the id " + detail::quoted(id));
    }
    for (const hop& h : chain.hops()) {
      if (h.source) work_id(*h.source);
      if (h.agent) agent_id(*h.agent);
    }
    source_index_.emplace(id, static_cast<std::uint32_t>(sources_.size()));
    source_ids_.push_back(std::move(id));
    sources_.push_back(std::move(chain));
    return *this;
  }
  /// The source with id `id`; throws `dataset_error` if there is none.
  const cited::provenance& source(std::string_view id) const { return sources_[source_number(id)]; }
  /// The ids of the sources, in the order added.
  const std::vector<std::string>& source_ids() const noexcept { return source_ids_; }

  /// Parses a subject's text form (`CN`, `group:EU`, `org:Alibaba`, `product:Qwen`,
  /// `US+GB+group:EU`) against what the dataset knows; throws `dataset_error` naming what is
  /// unknown.
  cited::subject parse_subject(std::string_view text) const {
    if (text.find('+') != std::string_view::npos) {
      std::vector<cited::subject> parts;
      std::size_t start = 0;
      for (;;) {
        const std::size_t plus = text.find('+', start);
        parts.push_back(parse_subject(text.substr(start, plus - start)));
        if (plus == std::string_view::npos) break;
        start = plus + 1;
      }
      return cited::subject::aggregate(std::move(parts));
    }
    if (text.starts_with("group:")) {
      if (const country_group* g = find_group(text.substr(6))) return *g;
      throw dataset_error("unknown group " + detail::quoted(text.substr(6)));
    }
    if (text.starts_with("org:")) {
      for (const organization& o : organizations_) {
        if (o.name() == text.substr(4)) return o;
      }
      throw dataset_error("unknown organization " + detail::quoted(text.substr(4)) +
                          "; an organization named as a subject must be one of the agents");
    }
    if (text.starts_with("product:")) {
      for (const product& p : products_) {
        if (p.name() == text.substr(8)) return p;
      }
      throw dataset_error("unknown product " + detail::quoted(text.substr(8)));
    }
    if (auto c = string_form<country>::read(text)) return *c;
    throw dataset_error(
        "expected a subject: a country code such as \"CN\", group:<id>, "
        "org:<name>, product:<name>, or such subjects joined by '+'; got " +
        detail::quoted(text));
  }

  // --- observations and claims
  // --------------------------------------------------------------------

  /// Adds an observation; returns its index. Throws `dataset_error`, adding nothing, for an
  /// unknown metric or source, or a figure of the wrong kind for the metric (a count for a rank).
  std::size_t add(const observation& o) {
    const std::uint16_t m = metric_number(o.metric);
    const std::uint32_t src = source_number(o.source);
    row r = encode(o.value, metrics_[m]);
    r.metric = m;
    r.source = src;
    r.flags |= static_cast<std::uint8_t>(o.status);
    if (static_cast<std::size_t>(o.status) > 3) throw dataset_error("not an observation status");
    if (rows_.size() >= std::numeric_limits<std::uint32_t>::max()) {
      throw dataset_error("a dataset holds at most 2^32 - 1 observations");
    }
    r.subject = subject_number(o.subject);
    r.period = period_number(o.period);
    rows_.push_back(r);
    return rows_.size() - 1;
  }

  /// Adds an observation of metric `M` (made known if it was not): an exact value, or an
  /// estimate of a count or an amount.
  template <metric M>
  std::size_t add(cited::subject s, cited::period p, const typename M::value_type& v,
                  std::string source, observation_status status = observation_status::normal) {
    add_metric<M>();
    return add(
        observation{std::move(s), std::string(M::id), p, to_figure(v), std::move(source), status});
  }
  template <metric M>
  std::size_t add(cited::subject s, cited::period p, const estimate<typename M::value_type>& v,
                  std::string source, observation_status status = observation_status::normal) {
    add_metric<M>();
    return add(
        observation{std::move(s), std::string(M::id), p, to_figure(v), std::move(source), status});
  }

  /// The number of observations.
  std::size_t size() const noexcept { return rows_.size(); }
  /// The observation at `i` (in the order added). Precondition: `i < size()`.
  observation_ref operator[](std::size_t i) const noexcept {
    return observation_ref(this, static_cast<std::uint32_t>(i));
  }

  /// Adds a claim; throws `dataset_error` for an unknown metric or source, or a claim that does
  /// not fit its metric (a share claim about a count).
  dataset& add(cited::claim c) {
    check_fits(c);
    std::visit(
        [&](const auto& x) {
          using C = std::decay_t<decltype(x)>;
          source_number(x.source);
          remember(x.subject);
          if constexpr (std::is_same_v<C, comparison_claim>) {
            for (const cited::subject& o : x.others) remember(o);
          } else if constexpr (std::is_same_v<C, rank_claim>) {
            for (const cited::subject& o : x.ahead) remember(o);
          }
        },
        c);
    claims_.push_back(std::move(c));
    return *this;
  }
  /// The claims, in the order added.
  const std::vector<cited::claim>& claims() const noexcept { return claims_; }

  // --- queries
  // ------------------------------------------------------------------------------------

  /// Builds the lookup index now, so that later const queries only read.
  void prepare() const { ensure_index(); }

  /// The observations of `metric` for `s` in `p`, in the order added (more than one when sources
  /// differ).
  std::vector<observation_ref> find(std::string_view metric, const cited::subject& s,
                                    const cited::period& p) const {
    std::vector<observation_ref> out;
    const auto key = lookup_key(metric, &s, p);
    if (!key) return out;
    for (auto [it, end] = subject_range(group_range(*key), key->subject); it != end; ++it) {
      out.push_back((*this)[*it]);
    }
    return out;
  }
  /// The observations of `metric` in `p`, for every subject.
  std::vector<observation_ref> find(std::string_view metric, const cited::period& p) const {
    std::vector<observation_ref> out;
    const auto key = lookup_key(metric, nullptr, p);
    if (!key) return out;
    for (auto [it, end] = group_range(*key); it != end; ++it) out.push_back((*this)[*it]);
    return out;
  }

  /// The subjects of `metric` in `p`, ordered best first (see `ranking`). Ranks order by
  /// position, shares by their ratio, the rest by value, with `higher_is_better` deciding the
  /// direction. A subject with several observations takes part with its first; `conflicts()`
  /// reports those that disagree. Throws `dataset_error` for an unknown metric.
  ranking rank(std::string_view metric, const cited::period& p) const {
    const metric_info& m = metrics_[metric_number(metric)];
    ranking out;
    const auto key = lookup_key(metric, nullptr, p);
    if (!key) return out;
    // One entry per subject: its first observation (disagreeing sources show in conflicts()).
    std::vector<std::uint32_t> obs;
    for (auto [it, end] = group_range(*key); it != end; ++it) {
      if (obs.empty() || rows_[obs.back()].subject != rows_[*it].subject) obs.push_back(*it);
    }
    const std::size_t n = obs.size();
    if (n == 0) return out;
    out.entries.reserve(n);
    // Intervals as "goodness": higher is better after flipping where lower is better.
    const bool flip = m.kind == value_kind::rank || !m.higher_is_better;
    std::vector<detail::end_key> lows(n), highs(n);
    bool all_points = true;
    for (std::size_t i = 0; i < n; ++i) {
      auto [lo, hi] = interval_of(rows_[obs[i]], m.kind);
      if (flip) {
        std::swap(lo, hi);
        lo = {-lo.value, -lo.tilt};
        hi = {-hi.value, -hi.tilt};
      }
      lows[i] = lo;
      highs[i] = hi;
      all_points = all_points && detail::is_point(lo, hi);
    }
    if (all_points) {
      // Exact figures: one sort, best first; equal figures share a place, which is certain.
      std::vector<std::uint32_t> order(n);
      std::iota(order.begin(), order.end(), std::uint32_t{0});
      std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        return lows[y].value < lows[x].value;
      });
      for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && lows[order[j]].value == lows[order[i]].value) ++j;
        for (std::size_t k = i; k < j; ++k) {
          out.entries.push_back({(*this)[obs[order[k]]], i + 1, i + 1, j - i > 1});
        }
        i = j;
      }
      return out;
    }
    std::vector<detail::end_key> sorted_lows = lows, sorted_highs = highs;
    std::sort(sorted_lows.begin(), sorted_lows.end());
    std::sort(sorted_highs.begin(), sorted_highs.end());
    std::vector<double> points;
    for (std::size_t i = 0; i < n; ++i) {
      if (detail::is_point(lows[i], highs[i])) {
        points.push_back(lows[i].value);
      }
    }
    std::sort(points.begin(), points.end());
    for (std::size_t i = 0; i < n; ++i) {
      // Certainly ahead: the other's low end is above this one's high end.
      const auto ahead = static_cast<std::size_t>(
          sorted_lows.end() - std::upper_bound(sorted_lows.begin(), sorted_lows.end(), highs[i]));
      // Possibly ahead: the other's high end is above this one's low end (not itself).
      std::size_t possibly = static_cast<std::size_t>(
          sorted_highs.end() - std::upper_bound(sorted_highs.begin(), sorted_highs.end(), lows[i]));
      if (lows[i] < highs[i]) --possibly;
      const bool point = detail::is_point(lows[i], highs[i]);
      const bool tied =
          point && std::upper_bound(points.begin(), points.end(), lows[i].value) -
                           std::lower_bound(points.begin(), points.end(), lows[i].value) >
                       1;
      out.entries.push_back({(*this)[obs[i]], ahead + 1, possibly + 1, tied});
    }
    std::stable_sort(out.entries.begin(), out.entries.end(),
                     [](const ranking::entry& x, const ranking::entry& y) {
                       return std::tie(x.best, x.worst) < std::tie(y.best, y.worst);
                     });
    return out;
  }

  /// The combined figure of `metric` for the parts of `s` in `p`: an interval sum. A group counts
  /// as its own figure when the dataset has one, else as the sum of the countries that are
  /// members throughout `p`. Throws `dataset_error` for a metric that does not add up (a rank),
  /// for a group whose membership changed during `p`, and for a country counted twice (the UK and
  /// the EU in 2019) unless `options.deduplicate` is set.
  total_result total(std::string_view metric, const cited::subject& s, const cited::period& p,
                     total_options options = {}) const {
    const metric_info& m = metrics_[metric_number(metric)];
    if (!m.additive) {
      throw dataset_error("cannot total " + std::string(m.id) + " (" + std::string(m.name) +
                          "): it does not add up");
    }
    // The observations of the metric in `p`, and the first of subject `u` among them.
    const auto group = [&] {
      const auto key = lookup_key(metric, nullptr, p);
      return key ? group_range(*key) : std::pair{order_.cend(), order_.cend()};
    }();
    const auto first = [&](const cited::subject& u) -> std::optional<std::uint32_t> {
      const auto sid = find_subject_number(u);
      if (!sid) return std::nullopt;
      const auto [it, end] = subject_range(group, *sid);
      if (it == end) return std::nullopt;
      return *it;
    };
    // The subjects whose figures are added, with their first observation; a unit taken out again
    // (deduplicated) is marked dropped.
    struct unit {
      cited::subject subject;
      std::optional<std::uint32_t> found;
      bool dropped = false;
    };
    std::vector<unit> units;
    units.reserve(32);
    // The countries counted so far: which part of `s` brought each in, and its own unit, if it
    // has one (a country inside a group's own figure has none).
    struct counted_country {
      country c;
      const cited::subject* part;
      bool as_member;
      std::optional<std::size_t> unit;
    };
    std::vector<counted_country> counted;
    counted.reserve(32);
    // Which countries were counted, by index: the common case, a country not seen, needs no scan.
    std::bitset<std::size(detail::country_table)> seen_countries;
    const auto where = [&](const counted_country& e) {
      return e.part->to_string() +
             (e.as_member ? " (a member throughout " + p.to_string() + ")" : std::string());
    };
    total_result out;
    // Counts `c`, which `part` brings in; `alone` is its own unit, or none when `part` is a group
    // with a figure of its own. False when `c` was counted already and is not counted again.
    const auto count_country = [&](country c, const cited::subject& part, bool as_member,
                                   std::optional<std::size_t> alone) {
      if (!seen_countries.test(c.index())) {
        seen_countries.set(c.index());
        counted.push_back({c, &part, as_member, alone});
        return true;
      }
      for (counted_country& seen : counted) {
        if (seen.c != c) continue;
        const std::string what = std::string(c.code()) + " is counted in " + where(seen) +
                                 " and again in " + where({c, &part, as_member, alone});
        if (!options.deduplicate) {
          throw dataset_error("double counting in " + s.to_string() + " in " + p.to_string() +
                              ": " + what + "; pass {.deduplicate = true} to count it once");
        }
        if (!alone) {  // the new figure includes c and cannot be split: drop the earlier unit
          if (!seen.unit) {
            throw dataset_error("cannot deduplicate: " + what + ", and both figures include it");
          }
          units[*seen.unit].dropped = true;
          seen = {c, &part, as_member, std::nullopt};
        }
        out.deduplicated.push_back(c);
        return false;
      }
      counted.push_back({c, &part, as_member, alone});
      return true;
    };
    for (const cited::subject& part : s.parts()) {
      if (const auto c = part.as_country()) {
        if (count_country(*c, part, false, units.size())) units.push_back({part, first(part)});
      } else if (const country_group* g = part.as_group()) {
        const std::vector<country> members = members_of(*g, p);
        if (const auto direct = first(part)) {
          // Every member is inside the group's own figure; none can be taken out of it.
          for (const country member : members) {
            static_cast<void>(count_country(member, part, false, std::nullopt));
          }
          units.push_back({part, direct});
        } else {
          // The members' figures stand in for the group's. When members not counted before have
          // no figure at all, the group's own figure is what is missing.
          const std::size_t before = units.size();
          bool any = false;
          for (const country member : members) {
            if (count_country(member, part, true, units.size())) {
              const cited::subject one = member;
              units.push_back({one, first(one)});
              any = any || units.back().found.has_value();
            }
          }
          if (!any && units.size() > before) {
            units.erase(units.begin() + static_cast<std::ptrdiff_t>(before), units.end());
            for (counted_country& e : counted) {
              if (e.part == &part) e.unit = units.size();
            }
            units.push_back({part, std::nullopt});
          }
        }
      } else {
        bool repeated = false;
        for (const unit& u : units) repeated = repeated || (!u.dropped && u.subject == part);
        if (repeated) {
          if (!options.deduplicate) {
            throw dataset_error("double counting in " + s.to_string() + ": " + part.to_string() +
                                " appears twice; pass {.deduplicate = true} to count it once");
          }
          continue;
        }
        units.push_back({part, first(part)});
      }
    }
    const bool amounts = m.kind == value_kind::amount;
    estimate<count> count_sum = estimate<count>::exact(count{0});
    estimate<double> amount_sum = estimate<double>::exact(0.0);
    out.used.reserve(units.size());
    // Exact counts add as integers, checked for overflow; anything else as estimates.
    bool all_exact_counts = !amounts;
    std::uint64_t exact_sum = 0;
    for (const unit& u : units) {
      if (!u.found || u.dropped) continue;
      const row& r = rows_[*u.found];
      if (r.bound != static_cast<std::uint8_t>(bound::exact) ||
          __builtin_add_overflow(exact_sum, r.a, &exact_sum)) {
        all_exact_counts = false;
        break;
      }
    }
    try {
      for (const unit& u : units) {
        if (u.dropped) continue;
        if (!u.found) {
          out.missing.push_back({std::string(m.id), u.subject, p});
          continue;
        }
        out.used.push_back((*this)[*u.found]);
        if (all_exact_counts) continue;
        if (amounts) {
          amount_sum = amount_sum + decode_estimate<double>(rows_[*u.found], [](std::uint64_t x) {
                         return std::bit_cast<double>(x);
                       });
        } else {
          count_sum = count_sum + decode_estimate<count>(rows_[*u.found],
                                                         [](std::uint64_t x) { return count(x); });
        }
      }
    } catch (const std::overflow_error&) {
      throw dataset_error("the total of " + std::string(m.id) + " for " + s.to_string() + " in " +
                          p.to_string() + " is too large for a count");
    }
    if (all_exact_counts) count_sum = estimate<count>::exact(count{exact_sum});
    if (!out.missing.empty()) {  // figures that add up are never negative
      if (amounts) {
        amount_sum = amount_sum + estimate<double>::at_least(0.0);
      } else {
        count_sum = count_sum + estimate<count>::at_least(count{0});
      }
    }
    out.value = amounts ? figure(amount_sum) : figure(count_sum);
    return out;
  }

  /// `total` for metric `M`, which must add up: a metric of ranks does not compile here.
  template <metric M>
  requires(M::additive) total_result
      total(const cited::subject& s, const cited::period& p, total_options options = {})
  const { return total(M::id, s, p, options); }

  /// Checks a claim against the observations: `supported`, `contradicted`, or `undetermined` with
  /// the figures that would settle it. Throws `dataset_error` as `total` does.
  check_result check(const cited::claim& c) const {
    check_fits(c);
    return std::visit([&](const auto& x) { return check_one(x); }, c);
  }

  /// Observations of one key whose figures cannot both be true and subjects given the same exact
  /// place by a rank metric, in the order the observations were added; then rank claims that the
  /// observations contradict.
  std::vector<conflict> conflicts() const {
    ensure_index();
    std::vector<conflict> out;
    std::size_t i = 0;
    while (i < order_.size()) {
      std::size_t j = i + 1;
      const row& first = rows_[order_[i]];
      while (j < order_.size() && same_group(first, rows_[order_[j]], false)) ++j;
      const metric_info& m = metrics_[first.metric];
      // Same key: disjoint figures.
      for (std::size_t a = i; a < j; ++a) {
        for (std::size_t b = a + 1; b < j && same_group(rows_[order_[a]], rows_[order_[b]], true);
             ++b) {
          if (disjoint(rows_[order_[a]], rows_[order_[b]], m.kind)) {
            const observation_ref x = (*this)[order_[a]], y = (*this)[order_[b]];
            out.push_back({conflict_kind::disjoint_values,
                           {x, y},
                           std::nullopt,
                           std::string(m.id) + " of " + x.subject().to_string() + " in " +
                               x.period().to_string() + ": " + cited::to_string(x.value()) +
                               " (source " + x.source_id() + ") and " +
                               cited::to_string(y.value()) + " (source " + y.source_id() +
                               ") cannot both be true"});
          }
        }
      }
      // Same exact place, different subjects.
      if (m.kind == value_kind::rank) {
        std::vector<std::uint32_t> by_position(order_.begin() + static_cast<std::ptrdiff_t>(i),
                                               order_.begin() + static_cast<std::ptrdiff_t>(j));
        std::stable_sort(by_position.begin(), by_position.end(),
                         [&](std::uint32_t x, std::uint32_t y) { return rows_[x].a < rows_[y].a; });
        for (std::size_t a = 0; a + 1 < by_position.size(); ++a) {
          const row& x = rows_[by_position[a]];
          const row& y = rows_[by_position[a + 1]];
          if (x.a == y.a && x.subject != y.subject) {
            const observation_ref rx = (*this)[by_position[a]], ry = (*this)[by_position[a + 1]];
            out.push_back({conflict_kind::same_rank,
                           {rx, ry},
                           std::nullopt,
                           rx.subject().to_string() + " and " + ry.subject().to_string() +
                               " are both " + cited::to_string(rx.value()) + " by " +
                               std::string(m.id) + " in " + rx.period().to_string()});
          }
        }
      }
      i = j;
    }
    std::stable_sort(out.begin(), out.end(), [](const conflict& x, const conflict& y) {
      return std::tie(x.observations[0].index_, x.observations[1].index_) <
             std::tie(y.observations[0].index_, y.observations[1].index_);
    });
    for (std::size_t c = 0; c < claims_.size(); ++c) {
      if (!std::holds_alternative<rank_claim>(claims_[c])) continue;
      check_result r = check(claims_[c]);
      if (r.verdict == verdict::contradicted) {
        out.push_back({conflict_kind::rank_claim_contradicted, std::move(r.used), c,
                       describe(claims_[c]) + ": " + r.reason});
      }
    }
    return out;
  }

  /// A claim in English: "China: AI-related publications in 2024 more than those of United
  /// States, United Kingdom and European Union combined".
  std::string describe(const cited::claim& c) const {
    return std::visit(
        [&](const auto& x) {
          using C = std::decay_t<decltype(x)>;
          const metric_info* m = find_metric(x.metric);
          const std::string name = m ? std::string(m->name) : x.metric;
          std::string out = x.subject.display_name() + ": ";
          if constexpr (std::is_same_v<C, comparison_claim>) {
            out += name + " in " + x.period.to_string() +
                   (x.relation == comparison::more_than ? " more than" : " less than") +
                   " those of " + combined(x.others).display_name();
            if (x.others.size() == 1) out += " alone";
          } else if constexpr (std::is_same_v<C, rank_claim>) {
            if (m && m->kind == value_kind::rank) {
              out += rank_words(x.position) + " (" + name + ", " + x.period.to_string() + ")";
            } else {
              out += rank_words(x.position) + " by " + name + " in " + x.period.to_string();
            }
            if (!x.ahead.empty()) out += ", behind only " + list(x.ahead);
          } else {
            out +=
                cited::to_string(figure(x.value)) + " (" + name + ", " + x.period.to_string() + ")";
          }
          return out;
        },
        c);
  }

  // --- data forms
  // ---------------------------------------------------------------------------------

  /// The dataset's document: its works and agents with ids, sources as chains of ids,
  /// observations and claims as records.
  template <int = 0>
  dataset_document to_document() const {
    dataset_document d;
    d.title = title_;
    for (const auto& [id, w] : works_) d.works.emplace(id, w);
    std::vector<std::pair<std::string, cited::agent>> agents = agents_;
    for (const organization& o : organizations_) {  // named as subjects, maybe in no source
      if (!find_id(agents, cited::agent(o))) {
        add_unique(agents, detail::slug(o.name()), cited::agent(o));
      }
    }
    for (const auto& [id, a] : agents) d.agents.emplace(id, a);
    d.products = products_;
    for (std::size_t i = 0; i < sources_.size(); ++i) {
      std::vector<hop_record> hops;
      for (const hop& h : sources_[i].hops()) {
        hop_record r{h.relation, std::nullopt, std::nullopt};
        if (h.source) r.work = find_id(works_, *h.source);
        if (h.agent) r.agent = find_id(agents, *h.agent);
        hops.push_back(std::move(r));
      }
      d.sources.emplace(source_ids_[i], std::move(hops));
    }
    d.observations.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) d.observations.push_back(record_of(i));
    for (const cited::claim& c : claims_) d.claims.push_back(record_of(c));
    return d;
  }

  /// Builds a dataset from its document. Throws `dataset_error` naming the record at fault;
  /// `from_json` reports the same with a line and column.
  template <int = 0>
  static dataset from_document(const dataset_document& d) {
    dataset out;
    out.load(d, [](const detail::json_path&, std::string reason) -> dataset_error {
      return dataset_error(std::move(reason));
    });
    return out;
  }

  /// The dataset as its JSON document (pretty by default).
  // A template, so that the JSON and CSV code is compiled only where it is used.
  template <int = 0>
  std::string to_json(json::write_options options = {.pretty = true}) const {
    return cited::to_json(to_document(), options);
  }

  /// Reads a dataset from its JSON document. Throws `json_error` with the line, column and path
  /// of what is wrong: malformed JSON, a bad period, or an unknown country, metric, source id,
  /// work or agent id, a negative count, a rank of 0, k > n. Nothing is half loaded.
  // A template, so that the JSON and CSV code is compiled only where it is used.
  template <int = 0>
  static dataset from_json(std::string_view text) {
    const dataset_document d = cited::from_json<dataset_document>(text);
    if (d.format != "cited-dataset/1") {
      throw detail::json_error_at(text, detail::json_path().key("format"),
                                  "expected \"cited-dataset/1\", got " + detail::quoted(d.format));
    }
    dataset out;
    out.load(d, [&](const detail::json_path& where, std::string reason) {
      return detail::json_error_at(text, where, std::move(reason));
    });
    return out;
  }

  /// The observations as CSV, one row per observation, columns as in `observation_record`.
  // A template, so that the JSON and CSV code is compiled only where it is used.
  template <int = 0>
  std::string to_csv() const {
    std::vector<observation_record> records;
    records.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) records.push_back(record_of(i));
    return cited::to_csv(records);
  }

  /// A copy with the metrics, groups, products, organizations and sources of this dataset, and no
  /// observations or claims: what a CSV of observations refers to.
  dataset definitions() const {
    dataset out = *this;
    out.rows_.clear();
    out.claims_.clear();
    out.order_.clear();
    out.group_starts_.clear();
    out.indexed_ = 0;
    return out;
  }

  /// Reads observations from CSV into a copy of `definitions` (whose sources, metrics and
  /// subjects the rows name). Throws `csv_error` with the row, column and field of what is wrong;
  /// nothing is half loaded.
  // A template, so that the JSON and CSV code is compiled only where it is used.
  template <int = 0>
  static dataset from_csv(std::string_view text, const dataset& definitions) {
    const std::vector<observation_record> records = cited::from_csv<observation_record>(text);
    dataset out = definitions;
    for (std::size_t i = 0; i < records.size(); ++i) {
      try {
        out.add(out.observation_of(records[i]));
      } catch (const record_error& e) {
        throw csv_error(e.what(), i + 2, detail::csv_column_of(text, e.field), e.field);
      } catch (const std::exception& e) {
        throw csv_error(e.what(), i + 2, 0, "");
      }
    }
    return out;
  }

  /// An optional title, written in the JSON document.
  const std::optional<std::string>& title() const noexcept { return title_; }
  /// Sets the title.
  dataset& set_title(std::string t) {
    title_ = std::move(t);
    return *this;
  }

  /// The products the dataset knows (named as subjects).
  const std::vector<product>& products() const noexcept { return products_; }

 private:
  friend class observation_ref;

  struct row {
    std::uint64_t a = 0;  // count, amount bits, rank position, share k
    std::uint64_t b = 0;  // upper or tolerance, rank of, share n
    std::uint32_t subject = 0;
    std::uint32_t period = 0;
    std::uint32_t source = 0;
    std::uint16_t metric = 0;
    std::uint8_t bound = 0;
    std::uint8_t flags = 0;  // status in bits 0-1, "b is set" in bit 2
  };
  static_assert(sizeof(row) == 32);
  static constexpr std::uint8_t has_b = 4;

  // A bad record field, reported by the JSON or CSV reader with its position.
  struct record_error : dataset_error {
    record_error(std::string f, const std::string& reason)
        : dataset_error(reason), field(std::move(f)) {}
    std::string field;
  };

  // --- ids ---

  std::uint16_t metric_number(std::string_view id) const {
    for (std::size_t i = 0; i < metrics_.size(); ++i) {
      if (metrics_[i].id == id) return static_cast<std::uint16_t>(i);
    }
    throw dataset_error("unknown metric " + detail::quoted(id));
  }

  std::uint32_t source_number(std::string_view id) const {
    const auto it = source_index_.find(std::string(id));
    if (it == source_index_.end()) throw dataset_error("unknown source id " + detail::quoted(id));
    return it->second;
  }

  // Remembers the organizations and products a subject names, so that its text form parses.
  void remember(const cited::subject& s) {
    for (const cited::subject& part : s.parts()) {
      if (const organization* o = part.as_organization()) {
        if (std::find(organizations_.begin(), organizations_.end(), *o) == organizations_.end()) {
          organizations_.push_back(*o);
        }
      } else if (const product* p = part.as_product()) {
        if (std::find(products_.begin(), products_.end(), *p) == products_.end()) {
          products_.push_back(*p);
        }
      } else if (const country_group* g = part.as_group()) {
        if (!find_group(g->id())) groups_.push_back(*g);
      }
    }
  }

  std::uint32_t subject_number(const cited::subject& s) {
    if (const auto c = s.as_country()) return c->index();
    std::string text = s.to_string();
    if (const auto it = subject_ids_.find(text); it != subject_ids_.end()) return it->second;
    remember(s);
    const auto id = static_cast<std::uint32_t>(detail::first_other_subject + subjects_.size());
    subjects_.push_back(s);
    subject_ids_.emplace(std::move(text), id);
    return id;
  }
  std::optional<std::uint32_t> find_subject_number(const cited::subject& s) const {
    if (const auto c = s.as_country()) return c->index();
    const auto it = subject_ids_.find(s.to_string());
    if (it == subject_ids_.end()) return std::nullopt;
    return it->second;
  }

  static std::uint64_t period_key(const cited::period& p) {
    using namespace std::chrono;
    const auto first =
        static_cast<std::uint32_t>(sys_days(p.first_day()).time_since_epoch().count());
    const auto span =
        static_cast<std::uint64_t>((sys_days(p.last_day()) - sys_days(p.first_day())).count());
    return (std::uint64_t{first} << 32) | (span << 5) |
           (static_cast<std::uint64_t>(p.precision()) << 3) |
           (static_cast<std::uint64_t>(p.end_precision()) << 1) | (p.is_range() ? 1u : 0u);
  }
  std::uint32_t period_number(const cited::period& p) {
    const std::uint64_t key = period_key(p);
    if (const auto it = period_ids_.find(key); it != period_ids_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(periods_.size());
    periods_.push_back(p);
    period_ids_.emplace(key, id);
    return id;
  }

  // --- figures ---

  template <class V>
  static figure to_figure(const V& v) {
    if constexpr (std::is_same_v<V, count>) {
      return estimate<count>::exact(v);
    } else if constexpr (std::is_same_v<V, cited::rank> || std::is_same_v<V, share>) {
      return v;
    } else {
      return estimate<double>::exact(v.value());
    }
  }
  template <class V>
  static figure to_figure(const estimate<V>& e) {
    if constexpr (std::is_same_v<V, count>) {
      return e;
    } else {
      const auto p = proxy_form<estimate<V>>::to_proxy(e);
      const auto number = [](const std::optional<V>& x) -> std::optional<double> {
        if (!x) return std::nullopt;
        return x->value();
      };
      return proxy_form<estimate<double>>::from_proxy(
          {p.bound, number(p.value), number(p.upper), number(p.tolerance)});
    }
  }

  template <class V, class Bits>
  static void encode_estimate(const estimate<V>& e, row& r, Bits bits) {
    r.bound = static_cast<std::uint8_t>(e.kind());
    if (e.value()) r.a = bits(*e.value());
    std::optional<V> second = e.upper() ? e.upper() : e.tolerance();
    if (second) {
      r.b = bits(*second);
      r.flags |= has_b;
    }
  }

  static row encode(const figure& f, const metric_info& m) {
    if (kind_of(f) != m.kind) {
      static constexpr std::string_view kinds[] = {"a count", "a rank", "a share", "an amount"};
      throw dataset_error(std::string(m.id) + " takes " +
                          std::string(kinds[static_cast<std::size_t>(m.kind)]) + ", not " +
                          std::string(kinds[static_cast<std::size_t>(kind_of(f))]));
    }
    row r;
    if (const auto* c = std::get_if<estimate<count>>(&f)) {
      for (const auto& x : {c->value(), c->upper(), c->tolerance()}) {
        if (x && x->value() >= (std::uint64_t{1} << 53)) {
          throw dataset_error(
              "a dataset holds counts below 2^53, which JSON and CSV carry exactly");
        }
      }
      encode_estimate(*c, r, [](count x) { return x.value(); });
    } else if (const auto* d = std::get_if<estimate<double>>(&f)) {
      for (const auto& x : {d->value(), d->upper(), d->tolerance()}) {
        if (x && !std::isfinite(*x)) throw dataset_error("an amount is a finite number");
      }
      encode_estimate(*d, r, [](double x) { return std::bit_cast<std::uint64_t>(x); });
    } else if (const auto* k = std::get_if<cited::rank>(&f)) {
      r.a = k->position();
      r.b = k->of().value_or(0);
    } else {
      const share& s = std::get<share>(f);
      r.a = s.k();
      r.b = s.n();
    }
    return r;
  }

  template <class V, class Value>
  static estimate<V> decode_estimate(const row& r, Value value) {
    const auto b = static_cast<cited::bound>(r.bound);
    detail::estimate_data<V> p{b, std::nullopt, std::nullopt, std::nullopt};
    if (b != bound::unbounded) p.value = value(r.a);
    if (r.flags & has_b) (b == bound::between ? p.upper : p.tolerance) = value(r.b);
    return proxy_form<estimate<V>>::from_proxy(std::move(p));
  }

  static figure decode(const row& r, value_kind kind) {
    switch (kind) {
      case value_kind::count:
        return decode_estimate<count>(r, [](std::uint64_t x) { return count(x); });
      case value_kind::amount:
        return decode_estimate<double>(r, [](std::uint64_t x) { return std::bit_cast<double>(x); });
      case value_kind::rank:
        return r.b ? cited::rank(static_cast<std::uint32_t>(r.a), static_cast<std::uint32_t>(r.b))
                   : cited::rank(static_cast<std::uint32_t>(r.a));
      default:
        return share(r.a, r.b);
    }
  }

  // The interval a row's figure allows, as sortable ends, read from the row as
  // estimate::low_end and high_end would give it (a count's ends are closed whole numbers).
  static std::pair<detail::end_key, detail::end_key> interval_of(const row& r, value_kind kind) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (kind == value_kind::rank) {
      const auto v = static_cast<double>(r.a);
      return {{v, 0}, {v, 0}};
    }
    if (kind == value_kind::share) {
      const double v = r.b == 0 ? 0.0 : static_cast<double>(r.a) / static_cast<double>(r.b);
      return {{v, 0}, {v, 0}};
    }
    const bool has_second = (r.flags & has_b) != 0;
    if (kind == value_kind::count) {
      const auto num = [](std::uint64_t x) { return static_cast<double>(x); };
      const detail::end_key zero{0.0, 0}, top{inf, 0};
      switch (static_cast<cited::bound>(r.bound)) {
        case bound::exact:
          return {{num(r.a), 0}, {num(r.a), 0}};
        case bound::at_least:
          return {{num(r.a), 0}, top};
        case bound::more_than:
          return {{num(r.a) + 1, 0}, top};
        case bound::at_most:
          return {zero, {num(r.a), 0}};
        case bound::less_than:
          return {zero, {num(r.a) - 1, 0}};
        case bound::between:
          return {{num(r.a), 0}, {num(r.b), 0}};
        case bound::approximately:
          if (!has_second) return {zero, top};
          return {{r.b > r.a ? 0.0 : num(r.a - r.b), 0}, {num(r.a) + num(r.b), 0}};
        default:
          return {zero, top};
      }
    }
    const auto num = [](std::uint64_t x) { return std::bit_cast<double>(x); };
    const detail::end_key bottom{-inf, 0}, top{inf, 0};
    switch (static_cast<cited::bound>(r.bound)) {
      case bound::exact:
        return {{num(r.a), 0}, {num(r.a), 0}};
      case bound::at_least:
        return {{num(r.a), 0}, top};
      case bound::more_than:
        return {{num(r.a), 1}, top};
      case bound::at_most:
        return {bottom, {num(r.a), 0}};
      case bound::less_than:
        return {bottom, {num(r.a), -1}};
      case bound::between:
        return {{num(r.a), 0}, {num(r.b), 0}};
      case bound::approximately: {
        if (!has_second) return {bottom, top};
        const double a = std::bit_cast<double>(r.a), t = std::bit_cast<double>(r.b);
        return {{a - t, 0}, {a + t, 0}};
      }
      default:
        return {bottom, top};
    }
  }

  static bool disjoint(const row& x, const row& y, value_kind kind) {
    if (kind == value_kind::rank) return x.a != y.a || (x.b != 0 && y.b != 0 && x.b != y.b);
    if (kind == value_kind::share) return x.b == y.b && x.a != y.a;  // k of the same n
    const auto [xl, xh] = interval_of(x, kind);
    const auto [yl, yh] = interval_of(y, kind);
    const auto below = [](const detail::end_key& high, const detail::end_key& low) {
      return high.value < low.value || (high.value == low.value && (high.tilt < 0 || low.tilt > 0));
    };
    return below(xh, yl) || below(yh, xl);
  }

  // --- index ---

  static bool same_group(const row& x, const row& y, bool with_subject) noexcept {
    return x.metric == y.metric && x.period == y.period &&
           (!with_subject || x.subject == y.subject);
  }

  static std::uint64_t group_key(std::uint16_t metric, std::uint32_t period) noexcept {
    return (std::uint64_t{metric} << 32) | period;
  }

  // Sorts the observations by (metric, period, subject, order added) and notes where each
  // (metric, period) group starts and ends.
  void ensure_index() const {
    if (indexed_ == rows_.size() && order_.size() == rows_.size()) return;
    order_.resize(rows_.size());
    std::iota(order_.begin(), order_.end(), std::uint32_t{0});
    std::sort(order_.begin(), order_.end(), [&](std::uint32_t i, std::uint32_t j) {
      const row& x = rows_[i];
      const row& y = rows_[j];
      return std::tie(x.metric, x.period, x.subject, i) <
             std::tie(y.metric, y.period, y.subject, j);
    });
    group_starts_.clear();
    for (std::size_t i = 0; i < order_.size(); ++i) {
      const row& r = rows_[order_[i]];
      if (i == 0 || !same_group(rows_[order_[i - 1]], r, false)) {
        group_starts_.push_back({group_key(r.metric, r.period), static_cast<std::uint32_t>(i)});
      }
    }
    group_starts_.shrink_to_fit();
    indexed_ = rows_.size();
  }

  struct lookup {
    std::uint16_t metric;
    std::uint32_t period;
    std::uint32_t subject;
  };

  std::optional<lookup> lookup_key(std::string_view metric, const cited::subject* s,
                                   const cited::period& p) const {
    std::optional<lookup> out;
    const metric_info* m = find_metric(metric);
    if (!m) throw dataset_error("unknown metric " + detail::quoted(metric));
    const auto pid = period_ids_.find(period_key(p));
    if (pid == period_ids_.end()) return out;
    std::uint32_t sid = 0;
    if (s) {
      const auto found = find_subject_number(*s);
      if (!found) return out;
      sid = *found;
    }
    out = lookup{static_cast<std::uint16_t>(m - metrics_.data()), pid->second, sid};
    return out;
  }

  using order_iterator = std::vector<std::uint32_t>::const_iterator;

  using order_range = std::pair<order_iterator, order_iterator>;

  // The observations of a (metric, period) group, in the index.
  order_range group_range(const lookup& k) const {
    ensure_index();
    const std::uint64_t key = group_key(k.metric, k.period);
    const auto g = std::lower_bound(group_starts_.begin(), group_starts_.end(), key,
                                    [](const std::pair<std::uint64_t, std::uint32_t>& x,
                                       std::uint64_t y) { return x.first < y; });
    if (g == group_starts_.end() || g->first != key) return {order_.cend(), order_.cend()};
    const auto first = order_.cbegin() + g->second;
    const auto last = std::next(g) == group_starts_.end() ? order_.cend()
                                                          : order_.cbegin() + std::next(g)->second;
    return {first, last};
  }

  // The observations of one subject within a group's range.
  order_range subject_range(const order_range& group, std::uint32_t subject) const {
    const auto below = [&](std::uint32_t i, std::uint32_t x) { return rows_[i].subject < x; };
    const auto above = [&](std::uint32_t x, std::uint32_t i) { return x < rows_[i].subject; };
    const auto from = std::lower_bound(group.first, group.second, subject, below);
    return {from, std::upper_bound(from, group.second, subject, above)};
  }

  // The countries that are members of `g` throughout `p`, in country order; throws if the
  // membership changed during `p`. One pass over the memberships in the common case, where each
  // member's interval covers the whole period.
  static std::vector<country> members_of(const country_group& g, const cited::period& p) {
    std::vector<country> out;
    bool partial = false;
    for (const membership& m : g.memberships()) {
      const bool overlaps = m.from <= p.last_day() && (!m.until || p.first_day() < *m.until);
      if (!overlaps) continue;
      if (m.from <= p.first_day() && (!m.until || p.last_day() < *m.until)) {
        out.push_back(m.member);
      } else {
        partial = true;
      }
    }
    if (partial) {  // intervals that meet, or a change during the period
      out = g.members_throughout(p);
      if (g.members_during(p) != out) {
        throw dataset_error("the membership of group:" + std::string(g.id()) + " changed during " +
                            p.to_string() + "; total over a period in which it did not");
      }
      return out;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // --- checks ---

  // Throws dataset_error unless the claim's metric is known and of a kind the claim can use.
  void check_fits(const cited::claim& c) const {
    std::visit(
        [&](const auto& x) {
          const metric_info& m = metrics_[metric_number(x.metric)];
          using C = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<C, share_claim>) {
            if (m.kind != value_kind::share) {
              throw dataset_error("a share claim needs a share metric; " + std::string(m.id) +
                                  " is not one");
            }
          } else if constexpr (std::is_same_v<C, comparison_claim>) {
            if (!m.additive) {
              throw dataset_error(
                  "a comparison with a combined figure needs a metric that adds up; " +
                  std::string(m.id) + " does not");
            }
            if (x.others.empty()) throw dataset_error("a comparison claim needs others");
          } else {
            if (x.position == 0) throw dataset_error("a rank claim's position starts at 1");
          }
        },
        c);
  }

  static cited::subject combined(const std::vector<cited::subject>& parts) {
    return parts.size() == 1 ? parts.front() : cited::subject::aggregate(parts);
  }

  static std::string list(const std::vector<cited::subject>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
      out += parts[i].display_name();
    }
    return out;
  }

  static std::string rank_words(std::uint32_t position) {
    std::ostringstream os;
    os << cited::rank(position);
    return os.str();
  }

  check_result check_one(const comparison_claim& c) const {
    check_result out;
    const total_result others = total(c.metric, combined(c.others), c.period);
    // The subject's own figure, totalled the same way (a group may have only its members').
    const total_result own = total(c.metric, c.subject, c.period);
    out.used = own.used;
    out.used.insert(out.used.end(), others.used.begin(), others.used.end());
    out.missing = own.missing;
    out.missing.insert(out.missing.end(), others.missing.begin(), others.missing.end());
    const bool more = c.relation == comparison::more_than;
    const std::string theirs = "the combined figure of " + list(c.others);
    if (own.used.empty()) {
      out.reason = "no figure for " + c.subject.display_name();
      return out;
    }
    const figure a = own.value;
    const auto decide = [&](const auto& x, const auto& total_of_others) {
      const auto order = x <=> total_of_others;
      const bool holds =
          more ? order == std::partial_ordering::greater : order == std::partial_ordering::less;
      const bool fails =
          more ? !possibly_greater(x, total_of_others) : !possibly_greater(total_of_others, x);
      if (holds) {
        out.verdict = verdict::supported;
        out.reason = cited::to_string(figure(x)) + " is " + (more ? "more" : "less") + " than " +
                     theirs + ", " + cited::to_string(figure(total_of_others));
      } else if (fails) {
        out.verdict = verdict::contradicted;
        out.reason = cited::to_string(figure(x)) + " is not " + (more ? "more" : "less") +
                     " than " + theirs + ", " + cited::to_string(figure(total_of_others));
      } else if (!others.complete() || !own.complete()) {
        out.reason = std::to_string(out.missing.size()) + " of the figures to combine " +
                     (out.missing.size() == 1 ? "is" : "are") + " missing";
      } else {
        out.reason = cited::to_string(figure(x)) + " and " + theirs + ", " +
                     cited::to_string(figure(total_of_others)) + ", overlap";
      }
    };
    if (const auto* x = std::get_if<estimate<count>>(&a)) {
      decide(*x, std::get<estimate<count>>(others.value));
    } else {
      decide(std::get<estimate<double>>(a), std::get<estimate<double>>(others.value));
    }
    if (out.verdict != verdict::undetermined) out.missing.clear();
    return out;
  }

  check_result check_one(const rank_claim& c) const {
    check_result out;
    const metric_info& m = metrics_[metric_number(c.metric)];
    if (c.position == 0) throw dataset_error("a rank claim's position starts at 1");
    const std::string place = rank_words(c.position);
    if (c.ahead.size() > c.position - 1) {
      out.verdict = verdict::contradicted;
      out.reason = "more subjects are named ahead than there are places above " + place;
      return out;
    }
    const std::vector<observation_ref> own = find(c.metric, c.subject, c.period);
    if (m.kind == value_kind::rank) {
      std::vector<figure_key> missing;
      if (own.empty()) missing.push_back({c.metric, c.subject, c.period});
      for (const cited::subject& b : c.ahead) {
        const std::vector<observation_ref> theirs = find(c.metric, b, c.period);
        if (theirs.empty()) continue;  // a subject ahead needs no figure of its own
        out.used.push_back(theirs.front());
        const cited::rank r = std::get<cited::rank>(theirs.front().value());
        if (r.position() >= c.position) {
          out.verdict = verdict::contradicted;
          out.reason = b.display_name() + " is observed " + cited::to_string(figure(r)) +
                       ", not ahead of " + place;
          return out;
        }
      }
      if (own.empty()) {
        out.missing = std::move(missing);
        out.reason = "no place observed for " + c.subject.display_name();
        return out;
      }
      out.used.insert(out.used.begin(), own.front());
      const cited::rank r = std::get<cited::rank>(own.front().value());
      out.verdict = r.position() == c.position ? verdict::supported : verdict::contradicted;
      out.reason = c.subject.display_name() + " is observed " + cited::to_string(figure(r));
      return out;
    }
    // A metric of values: the place follows from the observed figures.
    const ranking order = rank(c.metric, c.period);
    const auto entry_of = [&](const cited::subject& s) -> const ranking::entry* {
      for (const ranking::entry& e : order.entries) {
        if (e.observation.subject() == s) return &e;
      }
      return nullptr;
    };
    const ranking::entry* mine = entry_of(c.subject);
    if (!mine) out.missing.push_back({c.metric, c.subject, c.period});
    bool all_ahead = true;
    for (const cited::subject& b : c.ahead) {
      const ranking::entry* theirs = entry_of(b);
      if (!theirs) {
        out.missing.push_back({c.metric, b, c.period});
        all_ahead = false;
        continue;
      }
      out.used.push_back(theirs->observation);
      if (mine && theirs->best > mine->worst) {
        out.verdict = verdict::contradicted;
        out.reason = b.display_name() + " is observed behind " + c.subject.display_name();
        out.missing.clear();
        return out;
      }
      if (!mine || theirs->worst >= mine->best) all_ahead = false;
    }
    if (!mine) {
      out.reason = "no figure for " + c.subject.display_name();
      return out;
    }
    out.used.insert(out.used.begin(), mine->observation);
    if (c.position < mine->best) {
      out.verdict = verdict::contradicted;
      out.reason = std::to_string(mine->best - 1) + " observed figures are certainly ahead of " +
                   c.subject.display_name();
    } else if (mine->certain() && mine->best == c.position && all_ahead &&
               c.ahead.size() == c.position - 1 && out.missing.empty()) {
      out.verdict = verdict::supported;
      out.reason = c.subject.display_name() + " is " + place + " among the observed figures";
    } else {
      out.reason =
          out.missing.empty() ? "the observed figures leave the place open" : "figures are missing";
    }
    return out;
  }

  check_result check_one(const share_claim& c) const {
    check_result out;
    const std::vector<observation_ref> own = find(c.metric, c.subject, c.period);
    if (own.empty()) {
      out.missing.push_back({c.metric, c.subject, c.period});
      out.reason = "no figure for " + c.subject.display_name();
      return out;
    }
    out.used.push_back(own.front());
    const share s = std::get<share>(own.front().value());
    out.verdict = s == c.value ? verdict::supported : verdict::contradicted;
    out.reason = c.subject.display_name() + " is observed with " + cited::to_string(figure(s));
    return out;
  }

  // --- records ---

  template <class Map, class T>
  static std::optional<std::string> find_id(const Map& ids, const T& value) {
    for (const auto& [id, v] : ids) {
      if (v == value) return id;
    }
    return std::nullopt;
  }

  // The id of a work, given one (a citation key, made unique) if it has none.
  std::string work_id(const cited::source& s) {
    if (auto id = find_id(works_, s)) return *id;
    return add_unique(works_, citation_key(s), s);
  }
  std::string agent_id(const cited::agent& a) {
    if (auto id = find_id(agents_, a)) return *id;
    if (const auto* o = std::get_if<organization>(&a)) {
      if (std::find(organizations_.begin(), organizations_.end(), *o) == organizations_.end()) {
        organizations_.push_back(*o);
      }
    }
    return add_unique(agents_, detail::slug(cited::to_string(a)), a);
  }
  template <class T>
  static std::string add_unique(std::vector<std::pair<std::string, T>>& ids, std::string base,
                                const T& value) {
    std::string id = base;
    for (int n = 2; find_entry(ids, id); ++n) id = base + '-' + std::to_string(n);
    ids.emplace_back(id, value);
    return id;
  }
  template <class T>
  static const T* find_entry(const std::vector<std::pair<std::string, T>>& ids,
                             std::string_view id) {
    for (const auto& [k, v] : ids) {
      if (k == id) return &v;
    }
    return nullptr;
  }

  observation_record record_of(std::size_t i) const {
    const row& r = rows_[i];
    const metric_info& m = metrics_[r.metric];
    observation_record out{.metric = std::string(m.id),
                           .subject = subject_of(r.subject).to_string(),
                           .period = periods_[r.period]};
    out.unit = std::string(m.unit);
    out.status = static_cast<observation_status>(r.flags & 3);
    out.source = source_ids_[r.source];
    const figure f = decode(r, m.kind);
    const auto fill = [&](const auto& e, auto number) {
      out.bound = e.kind();
      if (e.value()) out.value = number(*e.value());
      if (e.upper()) out.upper = number(*e.upper());
      if (e.tolerance()) out.tolerance = number(*e.tolerance());
    };
    if (const auto* c = std::get_if<estimate<count>>(&f)) {
      fill(*c, [](count x) { return static_cast<double>(x.value()); });
    } else if (const auto* d = std::get_if<estimate<double>>(&f)) {
      fill(*d, [](double x) { return x; });
    } else if (const auto* k = std::get_if<cited::rank>(&f)) {
      out.value = k->position();
      if (k->of()) out.of = *k->of();
    } else {
      const share& s = std::get<share>(f);
      out.value = static_cast<double>(s.k());
      out.of = s.n();
    }
    return out;
  }

  std::variant<comparison_record, rank_record, share_record> record_of(
      const cited::claim& c) const {
    const auto texts = [](const std::vector<cited::subject>& v) {
      std::vector<std::string> out;
      for (const cited::subject& s : v) out.push_back(s.to_string());
      return out;
    };
    if (const auto* x = std::get_if<comparison_claim>(&c)) {
      return comparison_record{x->subject.to_string(), x->metric, x->period, x->relation,
                               texts(x->others),       x->source};
    }
    if (const auto* x = std::get_if<rank_claim>(&c)) {
      return rank_record{x->subject.to_string(), x->metric, x->period, x->position,
                         texts(x->ahead),        x->source};
    }
    const auto& x = std::get<share_claim>(c);
    return share_record{x.subject.to_string(), x.metric, x.period, x.value, x.source};
  }

  // A whole number that a count, position or k can hold exactly.
  static std::uint64_t whole(double v, std::string_view what, std::string_view field) {
    if (!(v >= 0) || v != std::floor(v) || v >= 9007199254740992.0) {
      throw record_error(std::string(field),
                         std::string(what) + " must be a whole number from 0 to 2^53 - 1, got " +
                             detail::quoted(cited::to_json(v)));
    }
    return static_cast<std::uint64_t>(v);
  }

  observation observation_of(const observation_record& r) const {
    const auto field = [](std::string_view f, auto&& fn) {
      try {
        return fn();
      } catch (const record_error&) {
        throw;
      } catch (const std::exception& e) {
        throw record_error(std::string(f), e.what());
      }
    };
    const metric_info& m =
        field("metric", [&]() -> const metric_info& { return metrics_[metric_number(r.metric)]; });
    cited::subject s = field("subject", [&] { return parse_subject(r.subject); });
    field("source", [&] { return source_number(r.source); });
    if (r.unit != m.unit) {
      throw record_error(
          "unit", std::string(m.id) + " is in " +
                      (m.unit.empty() ? std::string("no unit (\"\")") : detail::quoted(m.unit)) +
                      ", got " + detail::quoted(r.unit));
    }
    figure f = field("value", [&]() -> figure {
      const bool exact_only = m.kind == value_kind::rank || m.kind == value_kind::share;
      if (exact_only) {
        if (r.bound != bound::exact || r.upper || r.tolerance) {
          throw record_error("bound", std::string(m.id) + " takes an exact rank or share");
        }
        if (!r.value) throw record_error("value", "a value is needed");
        const std::uint64_t v =
            whole(*r.value, m.kind == value_kind::rank ? "a rank" : "k", "value");
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
      if (r.of) throw record_error("of", "\"of\" goes with ranks and shares only");
      detail::estimate_data<double> p{r.bound, r.value, r.upper, r.tolerance};
      if (m.kind == value_kind::amount) {
        for (const auto& x : {r.value, r.upper, r.tolerance}) {
          if (x && !std::isfinite(*x)) throw record_error("value", "an amount is a finite number");
        }
        return proxy_form<estimate<double>>::from_proxy(std::move(p));
      }
      const auto as_count = [&](const std::optional<double>& x,
                                std::string_view name) -> std::optional<count> {
        if (!x) return std::nullopt;
        if (*x < 0) {
          throw record_error(std::string(name), "a count is never negative, got " +
                                                    detail::quoted(cited::to_json(*x)));
        }
        return count(whole(*x, "a count", name));
      };
      return proxy_form<estimate<count>>::from_proxy({r.bound, as_count(r.value, "value"),
                                                      as_count(r.upper, "upper"),
                                                      as_count(r.tolerance, "tolerance")});
    });
    return observation{std::move(s), r.metric, r.period, std::move(f), r.source, r.status};
  }

  template <class Fail>
  void load(const dataset_document& d, Fail fail) {
    using detail::json_path;
    title_ = d.title;
    for (const auto& [id, w] : d.works) {
      if (id.empty()) throw fail(json_path().key("works"), "a work's id is empty");
      works_.emplace_back(id, w);
    }
    for (const auto& [id, a] : d.agents) {
      if (id.empty()) throw fail(json_path().key("agents"), "an agent's id is empty");
      agents_.emplace_back(id, a);
      if (const auto* o = std::get_if<organization>(&a)) organizations_.push_back(*o);
    }
    for (std::size_t i = 0; i < d.products.size(); ++i) {
      try {
        cited::subject check = d.products[i];
        static_cast<void>(check);
      } catch (const std::exception& e) {
        throw fail(json_path().key("products").index(i).key("name"), e.what());
      }
      products_.push_back(d.products[i]);
    }
    for (const auto& [id, hops] : d.sources) {
      std::vector<hop> chain;
      for (std::size_t i = 0; i < hops.size(); ++i) {
        hop h{hops[i].relation, std::nullopt, std::nullopt};
        if (hops[i].work) {
          const cited::source* w = find_entry(works_, *hops[i].work);
          if (!w) {
            throw fail(json_path().key("sources").key(id).index(i).key("work"),
                       "unknown work id " + detail::quoted(*hops[i].work));
          }
          h.source = *w;
        }
        if (hops[i].agent) {
          const cited::agent* a = find_entry(agents_, *hops[i].agent);
          if (!a) {
            throw fail(json_path().key("sources").key(id).index(i).key("agent"),
                       "unknown agent id " + detail::quoted(*hops[i].agent));
          }
          h.agent = *a;
        }
        chain.push_back(std::move(h));
      }
      try {
        add_source(id, cited::provenance(std::move(chain)));
      } catch (const std::exception& e) {
        throw fail(json_path().key("sources").key(id), e.what());
      }
    }
    rows_.reserve(d.observations.size());
    for (std::size_t i = 0; i < d.observations.size(); ++i) {
      try {
        add(observation_of(d.observations[i]));
      } catch (const record_error& e) {
        throw fail(json_path().key("observations").index(i).key(e.field), e.what());
      } catch (const std::exception& e) {
        throw fail(json_path().key("observations").index(i), e.what());
      }
    }
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
      json_path at = json_path().key("claims").index(i);
      std::visit(
          [&](const auto& r) {
            using R = std::decay_t<decltype(r)>;
            at.key(type_name<R>);
            const auto subject_at = [&](const std::string& text,
                                        json_path where) -> cited::subject {
              try {
                return parse_subject(text);
              } catch (const std::exception& e) {
                throw fail(where, e.what());
              }
            };
            const auto subjects_at = [&](const std::vector<std::string>& texts,
                                         std::string_view key) {
              std::vector<cited::subject> out;
              for (std::size_t k = 0; k < texts.size(); ++k) {
                out.push_back(subject_at(texts[k], json_path(at).key(key).index(k)));
              }
              return out;
            };
            cited::subject s = subject_at(r.subject, json_path(at).key("subject"));
            std::optional<cited::claim> c;
            if constexpr (std::is_same_v<R, comparison_record>) {
              c.emplace(comparison_claim{s, r.metric, r.period, r.relation,
                                         subjects_at(r.others, "others"), r.source});
            } else if constexpr (std::is_same_v<R, rank_record>) {
              c.emplace(rank_claim{s, r.metric, r.period, r.position, subjects_at(r.ahead, "ahead"),
                                   r.source});
            } else {
              c.emplace(share_claim{s, r.metric, r.period, r.value, r.source});
            }
            try {
              add(std::move(*c));
            } catch (const std::exception& e) {
              const std::string_view what = e.what();
              const char* key = what.starts_with("unknown source")   ? "source"
                                : what.starts_with("unknown metric") ? "metric"
                                                                     : nullptr;
              throw fail(key ? json_path(at).key(key) : at, e.what());
            }
          },
          d.claims[i]);
    }
  }

  cited::subject subject_of(std::uint32_t id) const {
    if (id < detail::first_other_subject) return *country::at_index(static_cast<std::uint16_t>(id));
    return subjects_[id - detail::first_other_subject];
  }

  std::vector<metric_info> metrics_;
  std::vector<country_group> groups_;
  std::vector<organization> organizations_;
  std::vector<product> products_;
  std::vector<cited::subject> subjects_;
  std::unordered_map<std::string, std::uint32_t> subject_ids_;
  std::vector<cited::period> periods_;
  std::unordered_map<std::uint64_t, std::uint32_t> period_ids_;
  std::vector<std::pair<std::string, cited::source>> works_;
  std::vector<std::pair<std::string, cited::agent>> agents_;
  std::vector<std::string> source_ids_;
  std::vector<cited::provenance> sources_;
  std::unordered_map<std::string, std::uint32_t> source_index_;
  std::vector<row> rows_;
  std::vector<cited::claim> claims_;
  std::optional<std::string> title_;
  mutable std::vector<std::uint32_t> order_;
  // Where each (metric, period) group starts in order_, sorted by group.
  mutable std::vector<std::pair<std::uint64_t, std::uint32_t>> group_starts_;
  mutable std::size_t indexed_ = 0;
};

inline subject observation_ref::subject() const {
  return dataset_->subject_of(dataset_->rows_[index_].subject);
}
inline const metric_info& observation_ref::metric() const {
  return dataset_->metrics_[dataset_->rows_[index_].metric];
}
inline const period& observation_ref::period() const {
  return dataset_->periods_[dataset_->rows_[index_].period];
}
inline figure observation_ref::value() const {
  return dataset::decode(dataset_->rows_[index_], metric().kind);
}
inline observation_status observation_ref::status() const {
  return static_cast<observation_status>(dataset_->rows_[index_].flags & 3);
}
inline const std::string& observation_ref::source_id() const {
  return dataset_->source_ids_[dataset_->rows_[index_].source];
}
inline const provenance& observation_ref::provenance() const {
  return dataset_->sources_[dataset_->rows_[index_].source];
}
inline observation observation_ref::to_observation() const {
  return {subject(), std::string(metric().id), period(), value(), source_id(), status()};
}

}  // namespace cited

#endif  // CITED_DATASET_HPP
