// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/value/amount.hpp>

#include <doctest/doctest.h>

#include "support.hpp"
#include "value/units_user.hpp"

#include <cited/json.hpp>

#include <sstream>
#include <string>

using cited::amount;
using cited::amount_cast;
namespace u = cited::units;

using support::text;

TEST_CASE("amount") {
  SUBCASE("conversions between prefixes, exact where the ratio is a whole number") {
    const amount<u::exaflops> world{1.2};
    const amount<u::petaflops> p = world;
    CHECK(p.value() == 1200);
    CHECK(amount_cast<u::exaflops>(p).value() == doctest::Approx(1.2));
    const amount<u::flops> f = amount<u::zettaflops>{1};
    CHECK(f.value() == 1e21);
    CHECK(amount<u::kilowatts>(amount<u::gigawatts>{2}).value() == 2e6);
    CHECK(amount<u::terabytes>(amount<u::petabytes>{3}).value() == 3000);
    const amount<u::petabytes> from_user_unit = amount<units_user::exabytes>{1};
    CHECK(from_user_unit.value() == 1000);
    // The coarser unit divides, so the result is the nearest double to the decimal.
    CHECK(amount_cast<u::exaflops>(amount<u::petaflops>{9}).value() == 0.009);
    CHECK(amount_cast<u::kilobytes>(amount<units_user::kibibytes>{1}).value() == 1.024);
  }
  SUBCASE("sums and comparisons across prefixes of one dimension") {
    const auto sum = amount<u::exaflops>{1} + amount<u::petaflops>{500};
    CHECK(sum.value() == 1500);
    CHECK(amount<u::exaflops>{1} > amount<u::petaflops>{999});
    CHECK(amount<u::exaflops>{1} == amount<u::petaflops>{1000});
    CHECK(amount<u::watts>{3} * 2.0 == amount<u::watts>{6});
    CHECK(amount<u::watts>{3} / amount<u::watts>{2} == 1.5);
  }
  SUBCASE("prints the value and the unit's symbol") {
    CHECK(text(amount<u::exaflops>{1.2}) == "1.2 EFLOP/s");
    CHECK(text(amount<u::zettaflops>{2}) == "2 ZFLOP/s");
    CHECK(text(amount<u::megawatts>{0.5}) == "0.5 MW");
    CHECK(text(amount<u::gigabytes>{16}) == "16 GB");
    CHECK(text(amount<u::watts>{1e6}) == "1,000,000 W");
    CHECK(text(amount<u::petaflops>{1200}) == "1,200 PFLOP/s");
    CHECK(text(amount<u::watts>{-1234.5}) == "-1,234.5 W");
    CHECK(text(amount<u::flops>{1e21}) == "1e+21 FLOP/s");
    CHECK(text(amount<u::flops>{1e-7}) == "1e-07 FLOP/s");
  }
  SUBCASE("a user's unit") {
    const amount<units_user::tokens_per_second> t = amount<units_user::kilotokens_per_second>{2};
    CHECK(t.value() == 2000);
    CHECK(text(t) == "2,000 token/s");
  }
  SUBCASE("JSON holds the number in the type's unit") {
    CHECK(cited::to_json(amount<u::exaflops>{1.2}) == "1.2");
    CHECK(cited::from_json<amount<u::exaflops>>("1.2") == amount<u::exaflops>{1.2});
  }
}
