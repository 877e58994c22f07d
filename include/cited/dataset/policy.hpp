// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_POLICY_HPP
#define CITED_DATASET_POLICY_HPP

/// `cited::query_policy`: which observations a query takes when one key (metric, subject, period)
/// holds several, from different sources, and the selection that applies it.

#include <cited/dataset/error.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/dataset/store.hpp>
#include <cited/source/provenance.hpp>
#include <cited/text/messages.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cited {

/// Which observations a query takes for one key when the dataset holds several (from different
/// sources). Every result names the policy it used.
///
/// - `all()`: every observation, in the order added (`find` and `series` only);
/// - `first_added()`: the first observation added (the default of `rank` and `total`);
/// - `by_source(id)`: the first one from source `id`; a key it has none for is missing;
/// - `most_primary()`: the one whose provenance chain is shortest, i.e. the fewest hops from where
///   it was seen to its origin (`provenance::size()`);
/// - `latest_publication()`: the one whose source was published last: the publication date of the
///   first work in its chain (where the reader saw it), compared by the first day it allows
///   (`2025` is before `2025-03`); a chain without a dated work comes before every dated one.
///
/// Ties go to the observation added first.
///
///     ds.rank("computing_power", period::parse("2025"), cited::query_policy::most_primary());
class query_policy {
 public:
  /// The kinds of policy.
  enum class rule : std::uint8_t { all, first_added, by_source, most_primary, latest_publication };

  /// `first_added()`.
  query_policy() = default;

  /// Every observation.
  static query_policy all() { return query_policy(rule::all); }
  /// The first observation added.
  static query_policy first_added() { return query_policy(rule::first_added); }
  /// The first observation from the source with id `source_id`.
  static query_policy by_source(std::string source_id) {
    query_policy p(rule::by_source);
    p.source_ = std::move(source_id);
    return p;
  }
  /// The observation with the fewest hops to its origin.
  static query_policy most_primary() { return query_policy(rule::most_primary); }
  /// The observation whose source was published last.
  static query_policy latest_publication() { return query_policy(rule::latest_publication); }

  /// The kind of policy.
  rule kind() const noexcept { return rule_; }
  /// The source id of `by_source`; empty otherwise.
  const std::string& source() const noexcept { return source_; }
  /// True when the policy takes at most one observation per key (all but `all()`).
  bool picks_one() const noexcept { return rule_ != rule::all; }

  /// "all", "first added", "by source \"top500\"", "most primary", "latest publication".
  std::string to_string() const {
    switch (rule_) {
      case rule::all:
        return "all";
      case rule::first_added:
        return "first added";
      case rule::by_source: {
        std::string out = "by source ";
        out += detail::quoted(source_);
        return out;
      }
      case rule::most_primary:
        return "most primary";
      default:
        return "latest publication";
    }
  }

  friend bool operator==(const query_policy&, const query_policy&) = default;

 private:
  explicit query_policy(rule r) noexcept : rule_(r) {}

  rule rule_ = rule::first_added;
  std::string source_;
};

namespace detail {

// A policy applied to a dataset: picks among the observations of one key. The source's id (for
// `by_source`) is resolved, and each source's preference computed, once per query.
class selection {
 public:
  using order_range = dataset_store::order_range;

  // Throws `dataset_error` for `by_source` with an unknown source id, and, unless `one_or_all`,
  // for `all`, naming `query` (a query that takes one observation per subject).
  selection(const dataset_parts& d, const query_policy& p, std::string_view query,
            bool one_or_all = false)
      : d_(d), rule_(p.kind()) {
    // The common policy costs one comparison; the others are set up out of line.
    if (rule_ != query_policy::rule::first_added) set_up(p, query, one_or_all);
  }

  // The observation chosen among one key's (a range of the index, in the order added), or none.
  std::optional<std::uint32_t> one(order_range r) const {
    using rule = query_policy::rule;
    if (rule_ == rule::first_added || rule_ == rule::all) {
      if (r.first == r.second) return std::nullopt;
      return *r.first;
    }
    std::optional<std::uint32_t> best;
    std::int64_t best_key = 0;
    for (auto [it, end] = r; it != end; ++it) {
      const dataset_store::row& row = d_.store.at(*it);
      if (rule_ == rule::by_source) {
        if (row.source == source_) return *it;
        continue;
      }
      const std::int64_t key = preference_[row.source];
      if (!best || key > best_key) {  // strictly better: ties keep the first added
        best = *it;
        best_key = key;
      }
    }
    return best;
  }

  // Appends the observations chosen among one key's: all of them, or the one picked.
  void choose(order_range r, std::vector<std::uint32_t>& out) const {
    if (rule_ == query_policy::rule::all) {
      out.insert(out.end(), r.first, r.second);
    } else if (const auto i = one(r)) {
      out.push_back(*i);
    }
  }

  // The observations chosen for each subject of a (metric, period) group of the index.
  std::vector<std::uint32_t> per_subject(order_range group) const {
    std::vector<std::uint32_t> out;
    out.reserve(static_cast<std::size_t>(group.second - group.first));
    for (auto it = group.first; it != group.second;) {
      const std::uint32_t subject = d_.store.at(*it).subject;
      auto end = std::next(it);
      while (end != group.second && d_.store.at(*end).subject == subject) ++end;
      if (rule_ == query_policy::rule::first_added) {  // the common case, without a call
        out.push_back(*it);
      } else {
        choose({it, end}, out);
      }
      it = end;
    }
    return out;
  }

 private:
  void set_up(const query_policy& p, std::string_view query, bool one_or_all) {
    using rule = query_policy::rule;
    if (rule_ == rule::all && !one_or_all) {
      throw dataset_error(
          dataset_errc::bad_value, {},
          std::string(query) +
              " takes one observation per subject; choose the policy "
              "first_added, by_source, most_primary or latest_publication, not all");
    }
    const std::vector<std::string>& ids = d_.registry.source_ids();
    if (rule_ == rule::by_source) {
      const auto it = std::find(ids.begin(), ids.end(), p.source());
      if (it == ids.end()) {
        throw dataset_error(dataset_errc::unknown_source, p.source(),
                            "unknown source id " + detail::quoted(p.source()) +
                                " in the policy of " + std::string(query));
      }
      source_ = static_cast<std::uint32_t>(it - ids.begin());
    }
    if (rule_ == rule::most_primary || rule_ == rule::latest_publication) {
      preference_.reserve(ids.size());
      for (std::uint32_t i = 0; i < ids.size(); ++i) {
        preference_.push_back(preference(d_.registry.source_at(i)));
      }
    }
  }

  // How much the policy prefers a source: higher is preferred.
  std::int64_t preference(const cited::provenance& chain) const {
    if (rule_ == query_policy::rule::most_primary) {
      return -static_cast<std::int64_t>(chain.size());
    }
    for (const hop& h : chain.hops()) {
      if (!h.source) continue;
      const std::optional<cited::period>& published = h.source->published();
      if (!published) break;
      return std::chrono::sys_days(published->first_day()).time_since_epoch().count();
    }
    return std::numeric_limits<std::int64_t>::min();
  }

  const dataset_parts& d_;
  query_policy::rule rule_;
  std::uint32_t source_ = 0;
  std::vector<std::int64_t> preference_;  // by source number
};

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_POLICY_HPP
