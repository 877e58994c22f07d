// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_COUNTRY_GROUP_HPP
#define CITED_VALUE_COUNTRY_GROUP_HPP

#include <cited/value/country.hpp>
#include <cited/value/period.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cited {

/// Thrown when a group's memberships are inconsistent: an interval that ends before it starts,
/// or two intervals of one country that overlap.
class country_group_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// One interval of membership, `[from, until)`: `from` is the first day as a member and `until`
/// the first day no longer a member (`std::nullopt` while the membership lasts).
struct membership {
  country member;
  std::chrono::year_month_day from;
  std::optional<std::chrono::year_month_day> until;

  /// True when `member` belongs on day `d`.
  constexpr bool active_on(std::chrono::year_month_day d) const noexcept {
    return from <= d && (!until || d < *until);
  }

  /// Member-wise equality.
  friend constexpr bool operator==(const membership&, const membership&) noexcept = default;
};

/// A calendar date, for writing membership intervals: `cited::ymd(2013, 7, 1)`.
constexpr std::chrono::year_month_day ymd(int year, unsigned month, unsigned day) noexcept {
  return std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day};
}

namespace detail {

// Asks `country_group` not to check memberships that are well-formed by construction (the M49
// regions, one open-ended interval per member).
struct unchecked_t {
  explicit unchecked_t() = default;
};

// Throws unless `m` is well-formed and overlaps no interval of the same country in `existing`.
constexpr void check_membership(std::span<const membership> existing, const membership& m) {
  if (!m.from.ok() || (m.until && !m.until->ok())) {
    throw country_group_error("cited: a membership date is not a valid calendar date");
  }
  if (m.until && !(m.from < *m.until)) {
    throw country_group_error("cited: a membership must end after it starts");
  }
  for (const auto& e : existing) {
    if (e.member != m.member) continue;
    const bool disjoint = (e.until && *e.until <= m.from) || (m.until && *m.until <= e.from);
    if (!disjoint) throw country_group_error("cited: two memberships of one country overlap");
  }
}

// The membership queries, shared by the constexpr and the run-time group.
// `Derived` provides `memberships()`, a span of `membership`.
template <class Derived>
class group_queries {
 public:
  /// True when `c` is a member on day `d`.
  constexpr bool contains(country c, std::chrono::year_month_day d) const noexcept {
    for (const auto& m : static_cast<const Derived&>(*this).memberships_of(c)) {
      if (m.member == c && m.active_on(d)) return true;
    }
    return false;
  }

  /// The members on day `d`, in country order.
  std::vector<country> members_at(std::chrono::year_month_day d) const {
    return select([&](country c) { return contains(c, d); });
  }

  /// The countries that are members on every day of `p`.
  std::vector<country> members_throughout(const period& p) const {
    return select([&](country c) { return covers(c, p); });
  }

  /// The countries that are members on at least one day of `p`.
  std::vector<country> members_during(const period& p) const {
    return select([&](country c) {
      for (const auto& m : all()) {
        if (m.member == c && m.from <= p.last_day() && (!m.until || p.first_day() < *m.until)) {
          return true;
        }
      }
      return false;
    });
  }

  /// Every country that is, or ever was, a member, in country order.
  std::vector<country> members_ever() const {
    return select([](country) { return true; });
  }

 private:
  constexpr std::span<const membership> all() const noexcept {
    return static_cast<const Derived&>(*this).memberships();
  }

  // Each member once, in country order (the order of their table indices), that `pred` keeps.
  template <class Pred>
  std::vector<country> select(Pred pred) const {
    std::array<bool, detail::country_table_size> seen{};
    for (const auto& m : all()) seen[m.member.index()] = true;
    std::vector<country> out;
    for (std::uint16_t i = 0; i < seen.size(); ++i) {
      if (!seen[i]) continue;
      const country c = *country::at_index(i);
      if (pred(c)) out.push_back(c);
    }
    return out;
  }

  // Whether the intervals of `c` cover every day of `p`, joining intervals that abut.
  constexpr bool covers(country c, const period& p) const noexcept {
    auto day = p.first_day();
    for (;;) {
      const membership* hit = nullptr;
      for (const auto& m : all()) {
        if (m.member == c && m.active_on(day)) hit = &m;
      }
      if (hit == nullptr) return false;
      if (!hit->until || p.last_day() < *hit->until) return true;
      day = *hit->until;
    }
  }
};

}  // namespace detail

/// A group of countries whose membership changes over time, such as the EU. Every membership
/// query takes a date or a period: there is no "is a member" without one.
///
/// This is a non-owning, constexpr view over an array of `membership`; the array must outlive
/// it. The built-in groups are in `cited::groups`. For a group built at run time, use
/// `dynamic_country_group`.
///
///     static constexpr cited::membership m[] = {{"NO"_country, cited::ymd(1960, 5, 3), {}}};
///     constexpr cited::country_group nordic{"N", "Example", m};
///     cited::groups::eu.contains("GB"_country, cited::ymd(2020, 1, 31));  // true
class country_group : public detail::group_queries<country_group> {
 public:
  /// Checks the memberships; throws `country_group_error` (a compile error in a constant
  /// expression) for an interval that ends before it starts or overlapping intervals.
  constexpr country_group(std::string_view id, std::string_view name,
                          std::span<const membership> memberships)
      : id_(id), name_(name), memberships_(memberships) {
    for (std::size_t i = 0; i < memberships.size(); ++i) {
      detail::check_membership(memberships.first(i), memberships[i]);
    }
  }

  /// The same without the checks, for memberships that are well-formed by construction.
  constexpr country_group(std::string_view id, std::string_view name,
                          std::span<const membership> memberships, detail::unchecked_t) noexcept
      : id_(id), name_(name), memberships_(memberships) {}

  /// Checked as the first constructor, and with an index by country, so that `contains` looks at
  /// the intervals of one country only: `memberships` sorted by country (`country::index()`), and
  /// `by_country` of `country_table_size + 1` offsets, the intervals of country `i` being
  /// `memberships[by_country[i], by_country[i + 1])`. Throws `country_group_error` when the
  /// index does not describe `memberships`. `cited::indexed_memberships` makes both.
  constexpr country_group(std::string_view id, std::string_view name,
                          std::span<const membership> memberships,
                          std::span<const std::uint16_t> by_country)
      : country_group(id, name, memberships) {
    if (by_country.size() != detail::country_table_size + 1 || by_country.front() != 0 ||
        by_country.back() != memberships.size()) {
      throw country_group_error("cited: a group's index does not match its memberships");
    }
    for (std::size_t i = 0; i + 1 < by_country.size(); ++i) {
      if (by_country[i] > by_country[i + 1]) {
        throw country_group_error("cited: a group's index does not match its memberships");
      }
      for (std::size_t k = by_country[i]; k < by_country[i + 1]; ++k) {
        if (memberships[k].member.index() != i) {
          throw country_group_error("cited: a group's index does not match its memberships");
        }
      }
    }
    by_country_ = by_country;
  }

  /// A short identifier, such as "EU".
  constexpr std::string_view id() const noexcept { return id_; }
  /// The group's name, such as "European Union".
  constexpr std::string_view name() const noexcept { return name_; }
  /// Every membership interval, in the order given.
  constexpr std::span<const membership> memberships() const noexcept { return memberships_; }

  /// The intervals that may concern `c`: those of `c` alone when the group has an index,
  /// otherwise all of them.
  constexpr std::span<const membership> memberships_of(country c) const noexcept {
    if (by_country_.empty()) return memberships_;
    return memberships_.subspan(by_country_[c.index()],
                                std::size_t{by_country_[c.index() + 1u]} - by_country_[c.index()]);
  }

 private:
  std::string_view id_;
  std::string_view name_;
  std::span<const membership> memberships_;
  std::span<const std::uint16_t> by_country_;
};

/// Memberships sorted by country with their index, for the indexed `country_group`
/// constructor; `make_indexed_memberships` builds one, in a constant expression or not.
template <std::size_t N>
struct indexed_memberships {
  std::array<membership, N> memberships;
  std::array<std::uint16_t, detail::country_table_size + 1> by_country;
};

/// Sorts `m` by country (keeping the given order within a country) and indexes it.
///
///     static constexpr auto nordic = cited::make_indexed_memberships(m);
///     constexpr cited::country_group g{"N", "Example", nordic.memberships, nordic.by_country};
template <std::size_t N>
constexpr indexed_memberships<N> make_indexed_memberships(const std::array<membership, N>& m) {
  indexed_memberships<N> out{m, {}};
  // A stable insertion sort: N is small, and std::stable_sort is not constexpr in C++20.
  for (std::size_t i = 1; i < N; ++i) {
    for (std::size_t j = i;
         j > 0 && out.memberships[j].member.index() < out.memberships[j - 1].member.index(); --j) {
      std::swap(out.memberships[j], out.memberships[j - 1]);
    }
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < detail::country_table_size; ++i) {
    out.by_country[i] = static_cast<std::uint16_t>(k);
    while (k < N && out.memberships[k].member.index() == i) ++k;
  }
  out.by_country[detail::country_table_size] = static_cast<std::uint16_t>(k);
  return out;
}

/// A country group that owns its name and memberships, built at run time.
///
///     cited::dynamic_country_group g{"AUKUS", "AUKUS"};
///     g.add("AU"_country, cited::ymd(2021, 9, 15)).add("GB"_country, cited::ymd(2021, 9, 15));
class dynamic_country_group : public detail::group_queries<dynamic_country_group> {
 public:
  dynamic_country_group(std::string id, std::string name)
      : id_(std::move(id)), name_(std::move(name)) {}

  /// Adds the interval `[from, until)` for `c`. Throws `country_group_error`, leaving the group
  /// unchanged, when it is malformed or overlaps another interval of `c`.
  dynamic_country_group& add(country c, std::chrono::year_month_day from,
                             std::optional<std::chrono::year_month_day> until = std::nullopt) {
    const membership m{c, from, until};
    detail::check_membership(memberships_, m);
    memberships_.push_back(m);
    return *this;
  }

  /// A short identifier.
  const std::string& id() const noexcept { return id_; }
  /// The group's name.
  const std::string& name() const noexcept { return name_; }
  /// Every membership interval, in the order added.
  std::span<const membership> memberships() const noexcept { return memberships_; }
  /// Every membership interval (this group has no index by country).
  std::span<const membership> memberships_of(country) const noexcept { return memberships_; }

  /// A view of this group; valid while this object lives and is not modified.
  country_group view() const { return country_group(id_, name_, memberships_); }

 private:
  std::string id_;
  std::string name_;
  std::vector<membership> memberships_;
};

}  // namespace cited

#endif  // CITED_VALUE_COUNTRY_GROUP_HPP
