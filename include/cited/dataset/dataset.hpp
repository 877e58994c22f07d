// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_DATASET_HPP
#define CITED_DATASET_DATASET_HPP

/// `cited::dataset`: observations and claims with their sources, and the queries that make them
/// useful: lookup, `rank`, `total`, `check` and `conflicts`. A dataset reads and writes a JSON
/// document (sources listed once, with ids) and a flat CSV of observations.

#include <cited/dataset/checks.hpp>
#include <cited/dataset/describe.hpp>
#include <cited/dataset/document.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/io.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/policy.hpp>
#include <cited/dataset/queries.hpp>
#include <cited/dataset/registry.hpp>
#include <cited/dataset/series.hpp>
#include <cited/dataset/store.hpp>
#include <cited/dataset/typed.hpp>
#include <cited/json.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace cited {

namespace detail {

// Reaches a dataset's parts, for the data forms outside this header (JSON Lines).
struct dataset_access;

// A typed value as a figure: an exact count, amount, number or ratio, a rank, a share.
template <class V>
figure to_figure(const V& v) {
  if constexpr (std::is_same_v<V, count> || std::is_same_v<V, double>) {
    return estimate<V>::exact(v);
  } else if constexpr (std::is_same_v<V, cited::rank> || std::is_same_v<V, share>) {
    return v;
  } else {
    return estimate<double>::exact(v.value());
  }
}
// An estimate of a count or a number, or of an amount as a number in its unit (`typed_figure`
// is the inverse).
template <class V>
figure to_figure(const estimate<V>& e) {
  if constexpr (std::is_same_v<V, count> || std::is_same_v<V, double>) {
    return e;
  } else {
    return convert_estimate<double>(e, [](const V& x) { return x.value(); });
  }
}

}  // namespace detail

/// Observations and claims about subjects, with the sources they came from.
///
/// - Metrics are known by id, and groups by id: a dataset starts knowing none, or the built-ins
///   (the metrics in `cited::metrics` and the groups `eu`, `euro_area`, `g7` and `brics` of
///   `cited::groups`) when made with `cited::with_builtins`. More are added with `add_metric` and
///   `add_group`; `add<M>` adds metric `M`, and a claim or an observation adds the groups it names.
/// - Sources are provenance chains with ids, added with `add_source`; every observation and claim
///   names one.
/// - Observations take 32 bytes each, plus 4 bytes of index built on the first query after a
///   change. A const query may build that index: call `prepare()` before querying from several
///   threads at once.
///
///     cited::dataset ds{cited::with_builtins};
///     ds.add_source("nyt", chain);
///     ds.add<cited::metrics::ai_publications>("CN"_country, cited::period::parse("2024"),
///                                              cited::count{23695}, "nyt");
///     ds.total<cited::metrics::ai_publications>(others, cited::period::parse("2024"));
class dataset {
 public:
  /// An empty dataset: it knows no metric, group or source.
  dataset() = default;
  /// A dataset that knows the built-ins: the metrics in `cited::metrics` and the groups `eu`,
  /// `euro_area`, `g7` and `brics` of `cited::groups`.
  explicit dataset(with_builtins_t) : d_(with_builtins) {}

  // --- what the dataset knows -------------------------------------------------------------------

  /// Makes metric `M` known (a ratio's numerator and denominator first), or binds `M` to the
  /// known metric with its id, such as one a document defined. Adding a metric again is harmless.
  /// Throws `dataset_error` (`duplicate_id`) naming both definitions when the known metric
  /// differs: `metric "peak" is an amount in PFLOP/s in the dataset, but the type my::peak is an
  /// amount in TFLOP/s`.
  template <metric M>
  dataset& add_metric() {
    static constexpr metric_info info = metric_info::of<M>();
    const metric_info* known = find_metric(info.id);
    if (known && *known == info) return *this;  // the common case: bound already
    if constexpr (detail::names_ratio_parts<M>) {
      add_metric<typename M::numerator>();
      add_metric<typename M::denominator>();
    }
    std::string whose = "the type ";
    whose += detail::qualified_type_name<M>();
    d_.registry.add_metric(info, whose);
    return *this;
  }
  /// Makes a metric known, keeping a copy of its text. Throws `dataset_error`: `duplicate_id`
  /// (naming both) when another metric has the same id; `bad_value` for a malformed definition
  /// (an amount without a unit or a named dimension, a ratio that adds up); `unknown_metric` for
  /// a ratio whose numerator or denominator is not known.
  dataset& add_metric(const metric_info& m) {
    d_.registry.add_metric(m);
    return *this;
  }
  /// The metric with id `id`, or null.
  const metric_info* find_metric(std::string_view id) const noexcept {
    return d_.registry.find_metric(id);
  }
  /// The metrics the dataset knows.
  std::span<const metric_info> metrics() const noexcept { return d_.registry.metrics(); }

  /// Makes a group known by its id; the dataset keeps a copy of its memberships. Throws
  /// `dataset_error` if another group has the same id.
  dataset& add_group(const country_group& g) {
    d_.registry.add_group(g);
    return *this;
  }
  /// The group with id `id`, or null.
  const country_group* find_group(std::string_view id) const noexcept {
    return d_.registry.find_group(id);
  }

  /// Adds a source: a provenance chain with an id. Adding the same chain again under the same id
  /// is harmless; another chain under a used id throws `dataset_error`.
  dataset& add_source(std::string id, cited::provenance chain) {
    d_.registry.add_source(std::move(id), std::move(chain));
    return *this;
  }
  /// The source with id `id`; throws `dataset_error` if there is none.
  const cited::provenance& source(std::string_view id) const {
    return d_.registry.source_at(d_.registry.source_number(id));
  }
  /// The ids of the sources, in the order added.
  const std::vector<std::string>& source_ids() const noexcept { return d_.registry.source_ids(); }

  /// Parses a subject's text form (`CN`, `group:EU`, `region:150`, `org:Alibaba`, `product:Qwen`,
  /// `system:El Capitan`, `US+GB+group:EU`) against what the dataset knows; throws `dataset_error`
  /// naming what is unknown.
  cited::subject parse_subject(std::string_view text) const {
    return d_.registry.parse_subject(text);
  }

  /// The products and systems the dataset knows (named as subjects, or listed in its document).
  const std::vector<product>& products() const noexcept { return d_.registry.products(); }
  /// The products and systems the dataset knows in which `o` holds `role`, as subjects, in the
  /// order known: the systems an organization operates, `subjects_with(lab, operated_by)`.
  std::vector<cited::subject> subjects_with(const organization& o, organization_role role) const {
    std::vector<cited::subject> out;
    for (const product& p : d_.registry.products()) {
      if (p.has(role, o)) out.emplace_back(p);
    }
    return out;
  }

  // --- observations and claims ------------------------------------------------------------------

  /// Adds an observation; returns its index. Throws `dataset_error`, adding nothing, for an
  /// unknown metric or source, or a figure of the wrong kind for the metric (a count for a rank).
  std::size_t add(const observation& o) { return d_.add(o); }

  /// Adds an observation of metric `M` (made known if it was not): an exact value, or an
  /// estimate of a count or an amount.
  template <metric M>
  std::size_t add(cited::subject s, cited::period p, const typename M::value_type& v,
                  std::string source, observation_status status = observation_status::normal) {
    add_metric<M>();
    return add(observation{std::move(s), std::string(M::id), p, detail::to_figure(v),
                           std::move(source), status});
  }
  template <metric M>
  std::size_t add(cited::subject s, cited::period p, const estimate<typename M::value_type>& v,
                  std::string source, observation_status status = observation_status::normal) {
    add_metric<M>();
    return add(observation{std::move(s), std::string(M::id), p, detail::to_figure(v),
                           std::move(source), status});
  }

  /// The number of observations.
  std::size_t size() const noexcept { return d_.store.size(); }
  /// The observation at `i` (in the order added). Precondition: `i < size()`.
  observation_ref operator[](std::size_t i) const noexcept { return d_.ref(i); }

  /// Adds a claim; throws `dataset_error` for an unknown metric or source, or a claim that does
  /// not fit its metric (a share claim about a count).
  dataset& add(cited::claim c) {
    detail::add_claim(d_, std::move(c));
    return *this;
  }
  /// The claims, in the order added.
  const std::vector<cited::claim>& claims() const noexcept { return d_.claims; }

  // --- queries ----------------------------------------------------------------------------------

  /// Builds the lookup index now, so that later const queries only read.
  void prepare() const { d_.store.prepare(); }

  /// The observations of `metric` for `s` in `p`, in the order added (more than one when sources
  /// differ).
  std::vector<observation_ref> find(std::string_view metric, const cited::subject& s,
                                    const cited::period& p) const {
    return detail::refs(d_, detail::observations_of(d_, metric, &s, p));
  }
  /// The observations of `metric` in `p`, for every subject.
  std::vector<observation_ref> find(std::string_view metric, const cited::period& p) const {
    return detail::refs(d_, detail::observations_of(d_, metric, nullptr, p));
  }
  /// The observations of `metric` for `s` in `p` that `options.policy` chooses (all by default,
  /// or one), and with `options.within` those of the periods inside `p` too, one key per period,
  /// ordered as `series` orders them. Throws `dataset_error` for an unknown metric, or a policy's
  /// unknown source id. Cost: without `within`, two binary searches; with it, a scan of the
  /// metric's periods (a binary search in each), O(P log n) for a metric observed in P periods,
  /// plus sorting what is found.
  found<observation_ref> find(std::string_view metric, const cited::subject& s,
                              const cited::period& p, const find_options& options) const {
    return detail::find(d_, metric, s, p, options);
  }
  /// `find` for metric `M`, typed: figures with `M`'s unit (see `measured`). Throws
  /// `dataset_error` when the dataset's metric with `M`'s id holds another kind or unit.
  ///
  ///     for (const auto& x : ds.find<supercomputer_speed>(system_a, period::parse("2025")))
  ///       std::cout << x << '\n';  // 1,742 PFLOP/s
  template <metric M>
  found<measured<M>> find(const cited::subject& s, const cited::period& p,
                          const find_options& options = {}) const {
    detail::check_typed<M>(d_);
    return detail::typed<M>(find(M::id, s, p, options));
  }

  /// The time series of `metric` for `s`: its observations in every period, ordered by the
  /// period's first day, then the longer period first (2025 before 2025-01), then the order
  /// added; all of them, or one per period that `policy` picks. Cost: a scan of the
  /// metric's periods, a binary search in each: O(P log n) for a metric observed in P periods,
  /// plus sorting what is found.
  found<observation_ref> series(std::string_view metric, const cited::subject& s,
                                const query_policy& policy = query_policy::all()) const {
    return detail::series(d_, metric, s, policy);
  }
  /// `series` for metric `M`, typed (see `find<M>`).
  template <metric M>
  found<measured<M>> series(const cited::subject& s,
                            const query_policy& policy = query_policy::all()) const {
    detail::check_typed<M>(d_);
    return detail::typed<M>(series(M::id, s, policy));
  }

  /// The subjects of `metric` in `p`, ordered best first (see `ranking`). Ranks order by
  /// position, shares by their ratio, the rest by value, with `higher_is_better` deciding the
  /// direction. A subject with several observations takes part with the one `policy` picks (the
  /// first added by default); `conflicts()` reports those that disagree. Throws `dataset_error`
  /// for an unknown metric, the policy `all`, or a policy's unknown source id.
  ranking rank(std::string_view metric, const cited::period& p,
               const query_policy& policy = {}) const {
    return detail::rank(d_, metric, p, policy);
  }
  /// `rank` for metric `M`, typed: each entry's figure with `M`'s unit (see `find<M>`).
  template <metric M>
  typed_ranking<M> rank(const cited::period& p, const query_policy& policy = {}) const {
    detail::check_typed<M>(d_);
    return detail::typed<M>(rank(M::id, p, policy));
  }

  /// The combined figure of `metric` for the parts of `s` in `p`: an interval sum. A group counts
  /// as its own figure when the dataset has one, else as the sum of the countries that are
  /// members throughout `p`. Throws `dataset_error` for a metric that does not add up (a rank),
  /// for a group whose membership changed during `p`, and for a country counted twice (the UK and
  /// the EU in 2019) unless `options.deduplicate` is set. A part with several observations counts
  /// the one `options.policy` picks (the first added by default). With
  /// `options.include_products_and_systems`, the products and systems located in the countries
  /// counted are added too.
  total_result total(std::string_view metric, const cited::subject& s, const cited::period& p,
                     total_options options = {}) const {
    return detail::total(d_, metric, s, p, options);
  }

  /// `total` for metric `M`, which must add up (a metric of ranks does not compile here), typed:
  /// the sum with `M`'s unit ("at least 2,500 PFLOP/s"; see `find<M>`).
  template <metric M>
  requires(M::additive) typed_total<M> total(const cited::subject& s, const cited::period& p,
                                             total_options options = {})
  const {
    detail::check_typed<M>(d_);
    return detail::typed<M>(total(M::id, s, p, options));
  }

  /// Checks a claim against every observation of the figures it needs, each weighed for or
  /// against it with its source's primary origin (`check_result::evidence`). Figures from the
  /// claim's own primary origin are self-reported, never support: the verdict is `supported` only
  /// with independent figures for it, `self_reported` when only its own origin bears it out,
  /// `disputed` when independent figures bear it out and others contradict it, `contradicted`,
  /// `undetermined` (with the figures that would settle it), or `not_checkable` for a statement.
  /// Throws `dataset_error` as `total` does.
  check_result check(const cited::claim& c) const { return detail::check(d_, c); }

  /// Observations of one key whose figures cannot both be true and subjects given the same exact
  /// place by a rank metric, in the order the observations were added; then rank claims that the
  /// observations contradict; then comparison claims from different sources that disagree.
  std::vector<conflict> conflicts() const { return detail::conflicts(d_); }

  /// A claim in English: "China: AI-related publications in 2024 more than those of United
  /// States, United Kingdom and European Union combined".
  std::string describe(const cited::claim& c) const { return detail::describe(d_.registry, c); }

  // --- data forms -------------------------------------------------------------------------------
  // Templates, so that the JSON and CSV code is compiled only where it is used.

  /// The dataset's document: the metrics and groups that are not built in, its works and agents
  /// with ids, sources as chains of ids, observations and claims as records.
  template <int = 0>
  dataset_document to_document() const {
    return detail::to_document(d_);
  }

  /// Builds a dataset from its document, against `definitions`, to which the document's own
  /// metrics and groups are added (one that `definitions` has already must be the same). Throws
  /// `dataset_error` naming the record at fault; `from_json` reports the same with a line and
  /// column.
  template <int = 0>
  static dataset from_document(const dataset_document& d, const dataset& definitions) {
    dataset out = definitions;
    detail::load_document(out.d_, d);
    return out;
  }
  /// `from_document` against the built-ins: `from_document(d, dataset{with_builtins})`.
  template <int = 0>
  static dataset from_document(const dataset_document& d) {
    return from_document(d, dataset(with_builtins));
  }

  /// The dataset as its JSON document (pretty by default).
  template <int = 0>
  std::string to_json(json::write_options options = {.pretty = true}) const {
    return detail::dataset_json(d_, options);
  }

  /// Reads a dataset from its JSON document into a copy of `definitions`, adding the metrics and
  /// groups the document defines. Throws `json_error` with the line, column and path of what is
  /// wrong: malformed JSON, a bad period, or an unknown country, metric, source id, work or agent
  /// id, a negative count, a rank of 0, k > n, a definition that differs from one `definitions`
  /// has (naming both). Nothing is half loaded.
  template <int = 0>
  static dataset from_json(std::string_view text, const dataset& definitions) {
    dataset out = definitions;
    if (!detail::load_json(out.d_, text)) {  // the observations come before what they refer to
      out = definitions;
      detail::load_json(out.d_, text, false);
    }
    return out;
  }
  /// `from_json` against the built-ins: `from_json(text, dataset{with_builtins})`, which reads
  /// any document that `to_json` wrote, since it defines the metrics and groups that are not
  /// built in.
  template <int = 0>
  static dataset from_json(std::string_view text) {
    return from_json(text, dataset(with_builtins));
  }

  /// The observations as CSV, one row per observation, columns as in `observation_record`.
  template <int = 0>
  std::string to_csv() const {
    std::string out;
    if (detail::write_csv_quickly(d_, out)) return out;
    return cited::to_csv(detail::observation_records(d_));  // throws the error
  }

  /// A copy with the metrics, groups, products, organizations and sources of this dataset, and no
  /// observations or claims: what a CSV of observations refers to.
  dataset definitions() const {
    dataset out = *this;
    out.d_.store.clear_rows();
    out.d_.claims.clear();
    return out;
  }

  /// Reads observations from CSV into a copy of `definitions` (whose sources, metrics and
  /// subjects the rows name). Throws `csv_error` with the row, column and field of what is wrong;
  /// nothing is half loaded.
  template <int = 0>
  static dataset from_csv(std::string_view text, const dataset& definitions) {
    dataset out = definitions;
    if (!detail::load_csv_quickly(out.d_, text)) {  // a text to_csv did not write, or an error
      out = definitions;
      detail::load_csv(out.d_, text);
    }
    return out;
  }

  /// The sidecar of `to_csv()`: the dataset's JSON document without its observations (the
  /// metrics and groups that are not built in, the products, works, agents and sources, the
  /// claims and the title). `from_csv(csv, sidecar)` reads the two back into the whole dataset.
  ///
  ///     auto back = cited::dataset::from_csv(ds.to_csv(), ds.to_csv_sidecar());
  template <int = 0>
  std::string to_csv_sidecar(json::write_options options = {.pretty = true}) const {
    dataset out = *this;
    out.d_.store.clear_rows();
    return out.to_json(options);
  }
  /// Reads observations from CSV against the definitions in `sidecar`, the JSON document that
  /// `to_csv_sidecar()` wrote (read as `from_json(sidecar)`, so against the built-ins). Throws
  /// `json_error` for the sidecar and `csv_error` for the CSV, with positions.
  template <int = 0>
  static dataset from_csv(std::string_view text, std::string_view sidecar) {
    return from_csv(text, from_json(sidecar));
  }

  /// An optional title, written in the JSON document.
  const std::optional<std::string>& title() const noexcept { return d_.title; }
  /// Sets the title.
  dataset& set_title(std::string t) {
    d_.title = std::move(t);
    return *this;
  }

 private:
  friend struct detail::dataset_access;
  detail::dataset_parts d_;
};

}  // namespace cited

#endif  // CITED_DATASET_DATASET_HPP
