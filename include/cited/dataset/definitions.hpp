// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_DEFINITIONS_HPP
#define CITED_DATASET_DEFINITIONS_HPP

/// The definitions a dataset document carries, so that it loads from its text alone: the metrics
/// and groups that are not built in, as records (`cited::metric_record`, `cited::group_record`),
/// and the mapping between them and a dataset's registry.

#include <cited/catalog/groups.hpp>
#include <cited/catalog/seed_metrics.hpp>
#include <cited/dataset/definition_store.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/registry.hpp>
#include <cited/fact/subject.hpp>
#include <cited/value/country.hpp>
#include <cited/value/country_group.hpp>
#include <cited/value/metric.hpp>

#include <boost/describe/class.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cited {

/// An amount's unit in a dataset document: its symbol, the name of its dimension, and its size in
/// the dimension's base unit, `num / den * 10^power10` (each left out when 1, 1 or 0):
/// `{"symbol": "PFLOP/s", "dimension": "computing_rate", "power10": 15}`.
struct unit_record {
  std::string symbol;
  std::string dimension;
  std::optional<std::int64_t> num = {};
  std::optional<std::int64_t> den = {};
  std::optional<std::int32_t> power10 = {};
  friend bool operator==(const unit_record&, const unit_record&) = default;
};
BOOST_DESCRIBE_STRUCT(unit_record, (), (symbol, dimension, num, den, power10))

/// A ratio metric's parts in a dataset document: the ids of its numerator and denominator
/// metrics, and `per` (1,000,000 for "per million").
struct ratio_record {
  std::string numerator;
  std::string denominator;
  double per = 1;
  friend bool operator==(const ratio_record&, const ratio_record&) = default;
};
BOOST_DESCRIBE_STRUCT(ratio_record, (), (numerator, denominator, per))

/// A metric's definition in a dataset document: `unit` for an amount, `ratio` for a ratio.
struct metric_record {
  std::string id;
  std::string name;
  value_kind kind = value_kind::count;
  std::optional<unit_record> unit = {};
  bool additive = false;
  bool higher_is_better = true;
  std::optional<ratio_record> ratio = {};
  friend bool operator==(const metric_record&, const metric_record&) = default;
};
BOOST_DESCRIBE_STRUCT(metric_record, (), (id, name, kind, unit, additive, higher_is_better, ratio))

/// One dated membership of a group in a dataset document: `[from, until)`, as
/// `cited::membership`.
struct group_member_record {
  country member;
  std::chrono::year_month_day from;
  std::optional<std::chrono::year_month_day> until = {};
  friend bool operator==(const group_member_record&, const group_member_record&) = default;
};
BOOST_DESCRIBE_STRUCT(group_member_record, (), (member, from, until))

/// A group's definition in a dataset document: its id, its name and its dated memberships.
struct group_record {
  std::string id;
  std::string name;
  std::vector<group_member_record> members;
  friend bool operator==(const group_record&, const group_record&) = default;
};
BOOST_DESCRIBE_STRUCT(group_record, (), (id, name, members))

namespace detail {

// --- from a dataset's registry to records ---

inline bool is_builtin(const metric_info& m) {
  for (const metric_info& b : metrics::builtin) {
    if (b == m) return true;
  }
  return false;
}

inline bool is_builtin(const country_group& g) {
  for (const country_group& b : groups::builtin) {
    if (same_group(b, g)) return true;
  }
  return false;
}

inline metric_record record_of(const metric_info& m) {
  metric_record out{std::string(m.id), std::string(m.name), m.kind,      std::nullopt,
                    m.additive,        m.higher_is_better,  std::nullopt};
  if (m.kind == value_kind::amount) {
    unit_record u{std::string(m.unit), std::string(m.dimension)};
    if (m.scale.num != 1) u.num = m.scale.num;
    if (m.scale.den != 1) u.den = m.scale.den;
    if (m.scale.power10 != 0) u.power10 = m.scale.power10;
    out.unit = std::move(u);
  }
  if (m.kind == value_kind::ratio) {
    out.ratio = ratio_record{std::string(m.numerator), std::string(m.denominator), m.per};
  }
  return out;
}

inline group_record record_of(const country_group& g) {
  group_record out{std::string(g.id()), std::string(g.name()), {}};
  for (const membership& m : g.memberships()) out.members.push_back({m.member, m.from, m.until});
  return out;
}

// The metrics and groups of a registry that are not built in, in the order they were added.
inline std::vector<metric_record> metric_records(const dataset_registry& names) {
  std::vector<metric_record> out;
  for (const metric_info& m : names.metrics()) {
    if (!is_builtin(m)) out.push_back(record_of(m));
  }
  return out;
}
inline std::vector<group_record> group_records(const dataset_registry& names) {
  std::vector<group_record> out;
  for (const country_group& g : names.groups()) {
    if (!is_builtin(g)) out.push_back(record_of(g));
  }
  return out;
}

// --- from records to a registry ---

// The metric a record defines: views of the record's text, valid while the record lives.
inline metric_info info_of(const metric_record& r) {
  metric_info m{r.id, r.name, r.kind, {}, r.additive, r.higher_is_better};
  if (r.unit) {
    m.unit = r.unit->symbol;
    m.dimension = r.unit->dimension;
    m.scale =
        unit_scale{r.unit->num.value_or(1), r.unit->den.value_or(1), r.unit->power10.value_or(0)}
            .normalized();
  }
  if (r.ratio) {
    m.numerator = r.ratio->numerator;
    m.denominator = r.ratio->denominator;
    m.per = r.ratio->per;
  }
  return m;
}

// The field of a metric record that a definition error is about; empty for the whole record.
inline std::string_view field_of(const dataset_error& e) {
  if (e.kind() == dataset_errc::unknown_metric || e.kind() == dataset_errc::wrong_figure_kind) {
    return "ratio";
  }
  if (e.kind() == dataset_errc::bad_value &&
      std::string_view(e.what()).find("unit") != std::string_view::npos) {
    return "unit";
  }
  return {};
}

// Makes the records' metrics known, in order: a ratio's parts come before it, as `to_json`
// writes them. `fail(i, field, error)` throws for record `i`.
template <class Fail>
void define_metrics(dataset_registry& names, const std::vector<metric_record>& records, Fail fail) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    try {
      names.add_metric(info_of(records[i]), "the document");
    } catch (const dataset_error& e) {
      fail(i, field_of(e), e);
    }
  }
}

// Makes the records' groups known. `fail(i, field, error)` throws for record `i`.
template <class Fail>
void define_groups(dataset_registry& names, const std::vector<group_record>& records, Fail fail) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    const group_record& r = records[i];
    std::vector<membership> members;
    members.reserve(r.members.size());
    for (const group_member_record& m : r.members) members.push_back({m.member, m.from, m.until});
    try {
      const country_group g(r.id, r.name, members);
      static_cast<void>(cited::subject(g));  // checks the id
      names.define_group(g, "the document");
    } catch (const dataset_error& e) {
      fail(i, "", e);
    } catch (const std::exception& e) {  // country_group_error: malformed memberships
      fail(i, "members", dataset_error(dataset_errc::bad_value, r.id, e.what()));
    }
  }
}

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_DEFINITIONS_HPP
