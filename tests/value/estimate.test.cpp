// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/estimate.hpp>

#include <doctest/doctest.h>

#include <cited/catalog/seed_metrics.hpp>
#include <cited/csv.hpp>
#include <cited/json.hpp>
#include <cited/value/amount.hpp>
#include <cited/value/metric.hpp>

#include <boost/describe/class.hpp>

#include <compare>
#include <concepts>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

using cited::count;
using E = cited::estimate<count>;

namespace {

E exact(std::uint64_t v) { return E::exact(count{v}); }
E at_least(std::uint64_t v) { return E::at_least(count{v}); }
E more_than(std::uint64_t v) { return E::more_than(count{v}); }
E at_most(std::uint64_t v) { return E::at_most(count{v}); }
E less_than(std::uint64_t v) { return E::less_than(count{v}); }
E about(std::uint64_t v) { return E::approximately(count{v}); }
E about(std::uint64_t v, std::uint64_t t) { return E::approximately(count{v}, count{t}); }
E between(std::uint64_t a, std::uint64_t b) { return E::between(count{a}, count{b}); }

constexpr auto less = std::partial_ordering::less;
constexpr auto greater = std::partial_ordering::greater;
constexpr auto equivalent = std::partial_ordering::equivalent;
constexpr auto unordered = std::partial_ordering::unordered;

}  // namespace

TEST_CASE("estimate ordering follows the intervals") {
  struct row {
    E a;
    E b;
    std::partial_ordering expected;
  };
  const row table[] = {
      {more_than(100000), exact(90000), greater},     // the article's derivatives
      {more_than(100000), exact(150000), unordered},  // may or may not exceed
      {more_than(100000), exact(100000), greater},    // strictly above
      {at_least(100000), exact(100000), unordered},   // may equal
      {at_least(100000), exact(99999), greater},
      {exact(7), exact(7), equivalent},
      {exact(7), exact(8), less},
      {exact(9), exact(8), greater},
      {less_than(10), exact(10), less},
      {at_most(10), exact(10), unordered},
      {at_most(10), exact(11), less},
      {at_most(10), at_least(10), unordered},
      {less_than(10), at_least(10), less},
      {at_most(10), more_than(10), less},
      {more_than(5), more_than(5), unordered},  // both unknown above 5
      {more_than(5), less_than(5), greater},
      {between(10, 20), exact(25), less},
      {between(10, 20), exact(20), unordered},
      {between(10, 20), between(21, 30), less},
      {between(10, 20), between(15, 30), unordered},
      {between(30, 40), at_most(29), greater},
      {about(100, 5), exact(106), less},
      {about(100, 5), exact(105), unordered},
      {about(100, 5), between(90, 94), greater},
      {about(100), exact(1000000), unordered},  // no tolerance: ordered against nothing
      {E::unbounded(), exact(0), unordered},
  };
  for (const row& r : table) {
    INFO(cited::to_string(r.a), " vs ", cited::to_string(r.b));
    CHECK((r.a <=> r.b) == r.expected);
    // The reverse comparison mirrors it.
    const auto reverse = r.expected == less ? greater : r.expected == greater ? less : r.expected;
    CHECK((r.b <=> r.a) == reverse);
  }
  CHECK(std::size(table) >= 20);
}

TEST_CASE("estimate equality is structural") {
  CHECK(more_than(5) == more_than(5));
  CHECK_FALSE(more_than(5) == at_least(5));
  CHECK(about(5, 1) != about(5));
  CHECK(between(1, 2) == between(1, 2));
  CHECK(E::unbounded() == E::unbounded());
}

TEST_CASE("estimate sums are interval sums") {
  CHECK(exact(3) + at_least(2) == at_least(5));
  CHECK(at_least(1) + at_most(4) == E::unbounded());
  CHECK(exact(3) + exact(4) == exact(7));
  CHECK(more_than(10) + exact(5) == more_than(15));
  CHECK(more_than(10) + at_least(5) == more_than(15));
  CHECK(less_than(10) + at_most(5) == less_than(15));
  CHECK(at_most(10) + at_most(5) == at_most(15));
  CHECK(between(1, 2) + between(10, 20) == between(11, 22));
  CHECK(between(1, 2) + more_than(3) == more_than(4));
  CHECK(about(100, 5) + exact(10) == about(110, 5));
  CHECK(about(100, 5) + about(10, 1) == about(110, 6));
  CHECK(about(100) + exact(10) == about(110));
  CHECK(about(100) + at_least(10) == E::unbounded());
  CHECK(E::unbounded() + exact(1) == E::unbounded());
}

TEST_CASE("estimate += and the order of counts agree with the intervals") {
  // Every kind of bound at the edges of the counts: the order follows `interval()`,
  // `certainly_greater` is `greater`, and `a += b` is `a = a + b`, throwing alike.
  constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  std::vector<E> all{E::unbounded()};
  for (const std::uint64_t v : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{5},
                                std::uint64_t{6}, max / 2, max - 1, max}) {
    all.push_back(exact(v));
    all.push_back(at_least(v));
    all.push_back(at_most(v));
    all.push_back(about(v));
    if (v < max) all.push_back(more_than(v));
    if (v > 0) all.push_back(less_than(v));
    for (const std::uint64_t w : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{6}, max / 2}) {
      if (v <= max - w) all.push_back(about(v, w));
      if (v <= w) all.push_back(between(v, w));
    }
  }
  const auto before = [](const cited::interval_end<count>& high,
                         const cited::interval_end<count>& low) {
    return high.value && low.value && *high.value < *low.value;  // closed ends for counts
  };
  for (const E& a : all) {
    for (const E& b : all) {
      std::partial_ordering expected = unordered;
      if (a.is_exact() && b.is_exact() && a.value() == b.value()) {
        expected = equivalent;
      } else if (before(a.interval().high, b.interval().low)) {
        expected = less;
      } else if (before(b.interval().high, a.interval().low)) {
        expected = greater;
      }
      CHECK((a <=> b) == expected);
      CHECK(cited::certainly_greater(a, b) == (expected == greater));
      // What each way gives: the sum, or which error it throws (overflow, or an empty interval
      // such as "more than" the largest count).
      const auto outcome = [](auto add) -> std::pair<int, std::optional<E>> {
        try {
          return {0, add()};
        } catch (const std::overflow_error&) {
          return {1, std::nullopt};
        } catch (const std::invalid_argument&) {
          return {2, std::nullopt};
        }
      };
      const auto sum = outcome([&] { return a + b; });
      const auto in_place = outcome([&] {
        E x = a;
        x += b;
        return x;
      });
      CHECK(in_place == sum);
    }
  }
}

TEST_CASE("certainly_greater and possibly_greater") {
  CHECK(cited::certainly_greater(more_than(100000), exact(90000)));
  CHECK_FALSE(cited::certainly_greater(more_than(100000), exact(150000)));
  CHECK(cited::possibly_greater(more_than(100000), exact(150000)));
  CHECK_FALSE(cited::possibly_greater(at_most(10), exact(10)));
  CHECK(cited::possibly_greater(about(10), exact(1000)));
  CHECK_FALSE(cited::possibly_greater(exact(3), between(5, 9)));
}

TEST_CASE("estimate text") {
  CHECK(cited::to_string(more_than(100000)) == "more than 100,000");
  CHECK(cited::to_string(exact(23695)) == "23,695");
  CHECK(cited::to_string(at_least(3)) == "at least 3");
  CHECK(cited::to_string(at_most(3)) == "at most 3");
  CHECK(cited::to_string(less_than(3)) == "less than 3");
  CHECK(cited::to_string(about(100)) == "about 100");
  CHECK(cited::to_string(about(100, 5)) == "about 100 \u00B1 5");
  CHECK(cited::to_string(between(10, 20)) == "between 10 and 20");
  CHECK(cited::to_string(E::unbounded()) == "unknown");
  using A = cited::estimate<cited::amount<cited::units::exaflops>>;
  CHECK(cited::to_string(A::approximately(cited::amount<cited::units::exaflops>{1.2})) ==
        "about 1.2 EFLOP/s");
  CHECK_THROWS_AS(static_cast<void>(between(3, 2)), std::invalid_argument);
}

namespace estimate_user {
struct figure {
  std::string label;
  E value;
  friend bool operator==(const figure&, const figure&) = default;
};
BOOST_DESCRIBE_STRUCT(figure, (), (label, value))
}  // namespace estimate_user

TEST_CASE("estimate JSON and CSV forms") {
  const std::vector<E> all{exact(1), at_least(2), more_than(3),  at_most(4),    less_than(5),
                           about(6), about(7, 1), between(8, 9), E::unbounded()};
  SUBCASE("JSON round trips every bound") {
    CHECK(cited::to_json(more_than(100000)) == R"({"bound":"more_than","value":100000})");
    CHECK(cited::to_json(between(8, 9)) == R"({"bound":"between","value":8,"upper":9})");
    CHECK(cited::to_json(about(7, 1)) == R"({"bound":"approximately","value":7,"tolerance":1})");
    CHECK(cited::to_json(E::unbounded()) == R"({"bound":"unbounded"})");
    CHECK(cited::from_json<std::vector<E>>(cited::to_json(all)) == all);
  }
  SUBCASE("CSV round trips, flattened into four columns") {
    std::vector<estimate_user::figure> rows;
    for (const E& e : all) rows.push_back({"x", e});
    const std::string csv = cited::to_csv(rows, {.crlf = false});
    CHECK(
        csv.starts_with("label,value.bound,value.value,value.upper,value.tolerance\n"
                        "x,exact,1,,\nx,at_least,2,,\n"));
    CHECK(csv.ends_with("x,between,8,9,\nx,unbounded,,,\n"));
    CHECK(cited::from_csv<estimate_user::figure>(csv) == rows);
  }
  SUBCASE("combinations that mean nothing are refused") {
    CHECK(cited::try_from_json<E>(R"({"bound":"between","value":1})").error().reason() ==
          R"(an upper end goes with "between", and only with it)");
    CHECK(cited::try_from_json<E>(R"({"bound":"exact"})").error().reason() ==
          "this bound needs a value");
    CHECK(cited::try_from_json<E>(R"({"bound":"unbounded","value":1})").error().reason() ==
          "an unbounded estimate has no value");
    CHECK(
        cited::try_from_json<E>(R"({"bound":"exact","value":1,"tolerance":1})").error().reason() ==
        R"(a tolerance goes only with "approximately")");
    CHECK(cited::try_from_json<E>(R"({"bound":"between","value":5,"upper":1})").error().reason() ==
          "cited: between(low, high) needs low <= high");
    CHECK(cited::try_from_json<E>(R"({"bound":"roughly","value":5})").error().path() == "$.bound");
  }
}

TEST_CASE("estimate refuses what cannot be") {
  using W = cited::amount<cited::units::watts>;
  using EW = cited::estimate<W>;
  CHECK_THROWS_WITH_AS(static_cast<void>(EW::approximately(W{100}, W{-5})),
                       "cited: a tolerance is not negative", std::invalid_argument);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(static_cast<void>(EW::approximately(W{100}, W{nan})), std::invalid_argument);
  CHECK_THROWS_AS(static_cast<void>(EW::between(W{nan}, W{1})), std::invalid_argument);
  CHECK_THROWS_AS(static_cast<void>(less_than(0)), std::invalid_argument);
  CHECK_THROWS_AS(static_cast<void>(more_than(std::numeric_limits<std::uint64_t>::max())),
                  std::invalid_argument);
  CHECK_THROWS_AS(static_cast<void>(about(std::numeric_limits<std::uint64_t>::max(), 1)),
                  std::overflow_error);
  CHECK(cited::try_from_json<EW>(R"({"bound":"approximately","value":100,"tolerance":-5})")
            .error()
            .reason() == "cited: a tolerance is not negative");
  CHECK(E() == E::unbounded());
}

TEST_CASE("estimates of counts know counts are whole and not negative") {
  CHECK_FALSE(cited::possibly_greater(exact(0), at_most(5)));
  CHECK_FALSE(cited::possibly_greater(at_most(10), more_than(9)));
  CHECK(cited::possibly_greater(at_most(11), more_than(9)));
  CHECK((more_than(5) <=> exact(6)) == unordered);
  CHECK((at_least(6) <=> less_than(6)) == greater);
  CHECK(less_than(6).high_end().value == count{5});
  CHECK(at_most(6).low_end().value == count{0});
}

TEST_CASE("estimate::interval") {
  using end = cited::interval_end<count>;
  SUBCASE("a count's ends are closed whole numbers") {
    CHECK(more_than(5).interval() == cited::interval<count>{end{count{6}, false}, end{}});
    CHECK(less_than(6).interval() == cited::interval<count>{end{count{0}, false}, end{count{5}}});
    CHECK(exact(3).interval().low == exact(3).interval().high);
    CHECK(about(10, 20).interval().low.value == count{0});
    CHECK(about(10, 2).interval().high.value == count{12});
    CHECK_FALSE(about(10).interval().high.value);
    CHECK_FALSE(E::unbounded().interval().high.value);
  }
  SUBCASE("a double's ends may be open or unlimited") {
    using D = cited::estimate<double>;
    const auto above = D::more_than(1.5).interval();
    CHECK(above.low.value == 1.5);
    CHECK(above.low.open);
    CHECK_FALSE(above.high.value);
    const auto below = D::less_than(2.0).interval();
    CHECK_FALSE(below.low.value);
    CHECK(below.high.open);
    CHECK(D::between(1.0, 2.0).interval() == cited::interval<double>{{1.0, false}, {2.0, false}});
    CHECK(D::approximately(1.0, 0.25).interval() ==
          cited::interval<double>{{0.75, false}, {1.25, false}});
  }
}

TEST_CASE("estimates of measures") {
  using D = cited::measure<cited::metrics::derivative_models>;
  using ED = cited::estimate<D>;
  const auto qwen = ED::more_than(D{count{100000}});
  CHECK(cited::certainly_greater(qwen, ED::exact(D{count{90000}})));
  CHECK_FALSE(cited::certainly_greater(qwen, ED::exact(D{count{150000}})));
  CHECK(qwen + ED::exact(D{count{5}}) == ED::more_than(D{count{100005}}));
  CHECK((ED::approximately(D{count{10}}, D{count{20}}) <=> ED::exact(D{count{31}})) == less);
  CHECK(cited::to_string(qwen) == "more than 100,000");
}
