// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/dataset.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

// Rank claims are weighed in n log n; here each verdict is compared with the straightforward
// weighing, which evaluates the claim over every key for every observation. The datasets are
// random and synthetic: the figures say nothing about the countries they name, and "Example
// Institute", "Example Newspaper" and "Example Agency" are placeholders.
namespace verdicts_scale_test {

using namespace cited;
using namespace cited::literals;

// --- the straightforward weighing ---

namespace reference {

using namespace cited::detail;

template <class Eval>
weighing slow_weigh(const std::vector<weighed_key>& keys, const cited::origin& own, Eval&& eval) {
  weighing out;
  key_spans all(keys.size()), independent(keys.size());
  std::vector<figure_span> own_spans;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (const observation_ref& o : keys[i].observations) {
      const figure_span s = span_of(o.value());
      cited::origin from = cited::origin::of(o.provenance());
      const bool self = from == own;
      all[i] = all[i] ? hull(*all[i], s) : s;
      if (!self) independent[i] = independent[i] ? hull(*independent[i], s) : s;
      out.all.push_back({o, stance::neither, std::move(from), self});
      own_spans.push_back(s);
    }
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    for (std::size_t n = 0; n < keys[i].observations.size(); ++n, ++k) {
      const auto with_own = [&](key_spans& pool) {
        const std::optional<figure_span> kept = pool[i];
        pool[i] = own_spans[k];
        const cited::stance st = stance_of(eval(std::as_const(pool)));
        pool[i] = kept;
        return st;
      };
      out.all[k].stance = with_own(all);
      out.independent.push_back(out.all[k].self_reported ? stance::neither : with_own(independent));
    }
  }
  return out;
}

order_place slow_order_outcome(const key_spans& s, const rank_claim& c, const order_field& f) {
  order_place out;
  if (!f.member) {
    out.result = outcome::fails;
    return out;
  }
  if (!s[0]) return out;
  const auto good = [&](const figure_span& x) { return f.flip ? flipped(x) : x; };
  const figure_span own = good(*s[0]);
  out.complete = f.whole;
  for (std::size_t j = 1; j < s.size(); ++j) {
    if (!f.counted[j]) continue;
    if (!s[j]) {
      out.complete = false;
      continue;
    }
    const figure_span x = good(*s[j]);
    out.best += below(own.second, x.first);
    out.worst += x.second.value > own.first.value;
  }
  bool fails = c.position < out.best || (out.complete && c.position > out.worst);
  bool holds = out.best == out.worst && out.best == c.position &&
               (out.complete || c.ahead.size() + 1 == c.position);
  for (std::size_t j = 1; j <= c.ahead.size() + c.behind.size() && j < s.size(); ++j) {
    if (!s[j]) {
      holds = false;
      continue;
    }
    const figure_span x = good(*s[j]);
    const bool ahead = j <= c.ahead.size();
    if (ahead ? below(x.second, own.first) : below(own.second, x.first)) fails = true;
    if (!(ahead ? below(own.second, x.first) : below(x.second, own.first))) holds = false;
  }
  out.result = fails ? outcome::fails : holds ? outcome::holds : outcome::open;
  return out;
}

std::vector<weighed_key> slow_order_keys(const dataset_parts& d, const rank_claim& c,
                                         order_field& f) {
  std::vector<weighed_key> keys = named_keys(d, c);
  const metric_info& m = d.registry.metric(c.metric);
  f.flip = m.kind == value_kind::rank || !m.higher_is_better;
  std::vector<cited::subject> field;
  if (c.among) {
    f.whole = true;
    for (const country x : members_of(*c.among->as_group(), c.period)) field.emplace_back(x);
    f.member = std::find(field.begin(), field.end(), c.subject) != field.end();
  } else {
    for (const observation_ref& o : refs(d, observations_of(d, c.metric, nullptr, c.period))) {
      if (field.empty() || !(field.back() == o.subject())) field.push_back(o.subject());
    }
  }
  const auto named = [&](const cited::subject& s) {
    return std::find_if(keys.begin(), keys.end(),
                        [&](const weighed_key& k) { return k.key.subject == s; }) != keys.end();
  };
  f.counted.assign(keys.size(), !c.among);
  for (std::size_t j = 1; j < keys.size(); ++j) {
    if (c.among) {
      f.counted[j] = std::find(field.begin(), field.end(), keys[j].key.subject) != field.end();
    }
  }
  for (const cited::subject& s : field) {
    if (named(s)) continue;
    keys.push_back(key_of(d, c.metric, s, c.period));
    f.counted.push_back(true);
  }
  return keys;
}

void slow_decide(check_result& r, weighing w, const std::vector<weighed_key>& keys,
                 const cited::origin& own) {
  const verdict base = r.verdict;
  bool independent_for = false, against = false, any_for = false;
  std::size_t n_for = 0, n_against = 0;
  for (std::size_t i = 0; i < w.all.size(); ++i) {
    independent_for = independent_for || w.independent[i] == stance::supports;
    against = against || w.all[i].stance == stance::contradicts;
    any_for = any_for || w.all[i].stance == stance::supports;
    n_for += w.all[i].stance == stance::supports;
    n_against += w.all[i].stance == stance::contradicts;
  }
  r.verdict = independent_for && against ? verdict::disputed
              : independent_for          ? verdict::supported
              : against                  ? verdict::contradicted
              : any_for                  ? verdict::self_reported
                                         : verdict::undetermined;
  r.evidence = std::move(w.all);
  r.used.clear();
  for (const evidence& e : r.evidence) {
    if (e.stance != stance::neither || r.verdict == verdict::undetermined) {
      r.used.push_back(e.observation);
    }
  }
  if (r.verdict == verdict::self_reported || r.verdict == verdict::undetermined) {
    std::vector<std::string> own_only;
    for (const weighed_key& k : keys) {
      const bool independent = std::any_of(
          k.observations.begin(), k.observations.end(),
          [&](const observation_ref& o) { return !(cited::origin::of(o.provenance()) == own); });
      if (!k.observations.empty() && !independent &&
          std::find(r.missing.begin(), r.missing.end(), k.key) == r.missing.end()) {
        r.missing.push_back(k.key);
        own_only.push_back(k.key.subject.display_name());
      }
    }
    if (r.verdict == verdict::undetermined && base == verdict::undetermined && !own_only.empty()) {
      std::string who = own_only.front();
      for (std::size_t i = 1; i < own_only.size(); ++i) {
        who += (i + 1 == own_only.size() ? " and " : ", ") + own_only[i];
      }
      r.reason += std::string(own_only.size() == 1 ? "; the figure for " : "; the figures for ") +
                  who + (own_only.size() == 1 ? " comes" : " come") +
                  " only from the claim's own origin, " + own.to_string();
    }
  } else {
    r.missing.clear();
  }
  if (r.verdict == base && r.verdict != verdict::self_reported) return;
  switch (r.verdict) {
    case verdict::self_reported:
      r.reason = (base == verdict::supported ? r.reason + "; only" : std::string("only")) +
                 " the claim's own origin, " + own.to_string() + ", gives figures that bear it out";
      break;
    case verdict::disputed:
      r.reason = bear_out(n_for, r.evidence) + " and " + contradict(n_against, r.evidence);
      break;
    case verdict::contradicted:
      r.reason = contradict(n_against, r.evidence);
      break;
    case verdict::supported:
      r.reason = bear_out(n_for, r.evidence);
      break;
    default:
      r.reason = "the figures at hand leave it open";
      break;
  }
}

check_result slow_check(const dataset_parts& d, const rank_claim& c) {
  check_result r = check_one(d, c);
  if (r.verdict == verdict::contradicted && r.used.empty() && r.missing.empty()) return r;
  const cited::origin own =
      cited::origin::of(d.registry.source_at(d.registry.source_number(c.source)));
  std::vector<weighed_key> keys;
  weighing w;
  if (d.registry.metric(c.metric).kind == value_kind::rank && !c.among) {
    keys = named_keys(d, c);
    w = slow_weigh(keys, own, [&](const key_spans& s) { return place_outcome(s, c); });
  } else {
    order_field f;
    keys = slow_order_keys(d, c, f);
    w = slow_weigh(keys, own,
                   [&](const key_spans& s) { return slow_order_outcome(s, c, f).result; });
  }
  slow_decide(r, std::move(w), keys, own);
  return r;
}

}  // namespace reference

// --- random datasets ---

const period y2024 = period::parse("2024");

// A number where lower is better, so that orders are also flipped.
constexpr metric_info latency{"test_latency", "latency (test)", value_kind::number, {}, false,
                              false};

const organization institute{"Example Institute", organization_kind::research_firm};
const organization newspaper{"Example Newspaper", organization_kind::newspaper};
const organization agency{"Example Agency", organization_kind::government_body};

const std::vector<std::string> source_ids{"institute", "newspaper", "agency",
                                          "newspaper-citing-institute"};

// The G7, some of the BRICS, and two countries in neither.
const std::vector<subject> pool{"US"_country, "CA"_country, "FR"_country, "DE"_country,
                                "IT"_country, "JP"_country, "GB"_country, "CN"_country,
                                "IN"_country, "BR"_country, "ZA"_country, "AU"_country,
                                "CH"_country};

struct random_case {
  std::mt19937 rng;
  bool sharp = false;  // mostly exact figures, so that places are often certain

  std::size_t below(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  }

  // A random estimate of V with small values, so that ends often meet.
  template <class V>
  estimate<V> any_estimate(auto make) {
    const std::uint64_t v = 1 + below(8);
    if (sharp && below(8) != 0) return estimate<V>::exact(make(v));
    switch (below(8)) {
      case 0:
      case 1:
        return estimate<V>::exact(make(v));
      case 2:
        return estimate<V>::at_least(make(v));
      case 3:
        return estimate<V>::more_than(make(v));
      case 4:
        return estimate<V>::at_most(make(v));
      case 5:
        return estimate<V>::less_than(make(v));
      case 6:
        return estimate<V>::between(make(v), make(v + below(4)));
      default:
        return below(2) ? estimate<V>::approximately(make(v))
                        : estimate<V>::approximately(make(v), make(below(3)));
    }
  }

  figure any_figure(const std::string& metric) {
    if (metric == "ai_publications") {
      return any_estimate<count>([](std::uint64_t v) { return count{v}; });
    }
    if (metric == "computing_power_rank") return rank{static_cast<std::uint32_t>(1 + below(8))};
    return any_estimate<double>([](std::uint64_t v) { return static_cast<double>(v) / 2; });
  }

  std::vector<subject> some(std::size_t most) {
    std::vector<subject> out;
    for (std::size_t n = below(most + 1); n > 0; --n) out.push_back(pool[below(pool.size())]);
    return out;
  }
};

detail::dataset_parts sources() {
  detail::dataset_parts d{with_builtins};
  d.registry.add_metric(latency);
  d.registry.add_source("institute", provenance{relation::published_by, institute});
  d.registry.add_source("newspaper", provenance{relation::published_by, newspaper});
  d.registry.add_source("agency", provenance{relation::published_by, agency});
  d.registry.add_source(
      "newspaper-citing-institute",
      provenance{relation::published_by, newspaper}.then(relation::according_to, institute));
  return d;
}

void same(const check_result& fast, const check_result& slow) {
  CHECK(fast.verdict == slow.verdict);
  CHECK(fast.reason == slow.reason);
  CHECK(fast.used == slow.used);
  CHECK(fast.missing == slow.missing);
  REQUIRE(fast.evidence.size() == slow.evidence.size());
  for (std::size_t i = 0; i < fast.evidence.size(); ++i) {
    CHECK(fast.evidence[i].observation == slow.evidence[i].observation);
    CHECK(fast.evidence[i].stance == slow.evidence[i].stance);
    CHECK(fast.evidence[i].origin == slow.evidence[i].origin);
    CHECK(fast.evidence[i].self_reported == slow.evidence[i].self_reported);
  }
}

TEST_CASE("check.rank_claim_matches_the_straightforward_weighing") {
  random_case r{std::mt19937{20260113}};
  const std::vector<std::string> metrics{"ai_publications", "test_latency", "computing_power_rank"};
  std::vector<std::size_t> verdicts(8), stances(3);
  for (int n = 0; n < 2000; ++n) {
    CAPTURE(n);
    detail::dataset_parts d = sources();
    const std::string metric = metrics[r.below(metrics.size())];
    r.sharp = r.below(2) == 0;
    // Sometimes every figure comes from the institute's origin, as the claim does.
    const std::vector<std::string> from =
        r.sharp && r.below(3) == 0
            ? std::vector<std::string>{"institute", "newspaper-citing-institute"}
            : source_ids;
    // One to three sources (of the four) per subject, and some subjects with none.
    for (const subject& s : pool) {
      if (r.below(5) == 0) continue;
      for (std::size_t k = 1 + r.below(r.sharp ? 2 : 3); k > 0; --k) {
        d.add(observation{s, metric, y2024, r.any_figure(metric), from[r.below(from.size())]});
      }
    }
    rank_claim c{pool[r.below(pool.size())],
                 metric,
                 y2024,
                 static_cast<std::uint32_t>(1 + r.below(pool.size())),
                 r.some(2),
                 from[r.below(from.size())],
                 r.some(2)};
    // Mostly a place the figures allow, with subjects that are certainly ahead named ahead.
    const ranking order = detail::rank(d, metric, y2024);
    const auto mine =
        std::find_if(order.entries.begin(), order.entries.end(),
                     [&](const ranking::entry& e) { return e.observation.subject() == c.subject; });
    if (mine != order.entries.end() && r.below(4) != 0) {
      c.position = static_cast<std::uint32_t>(mine->best + r.below(mine->worst - mine->best + 1));
      c.ahead.clear();
      for (const ranking::entry& e : order.entries) {
        if (e.worst < mine->best && c.ahead.size() + 1 < c.position && (r.sharp || r.below(2))) {
          c.ahead.push_back(e.observation.subject());
        }
      }
    }
    if (r.below(3) == 0) c.among = r.below(2) ? subject(groups::g7) : subject(groups::brics);
    const check_result fast = detail::check(d, claim(c));
    const check_result slow = reference::slow_check(d, c);
    same(fast, slow);
    ++verdicts[static_cast<std::size_t>(fast.verdict)];
    for (const evidence& e : fast.evidence) ++stances[static_cast<std::size_t>(e.stance)];
  }
  // The cases are not all of one kind: every verdict a rank claim can get, and many of each
  // stance.
  for (const verdict v : {verdict::supported, verdict::contradicted, verdict::disputed,
                          verdict::self_reported, verdict::undetermined}) {
    CAPTURE(v);
    CHECK(verdicts[static_cast<std::size_t>(v)] >= 10);
  }
  for (const std::size_t n : stances) CHECK(n >= 100);
}

// A field of 200 systems, with ties everywhere.
TEST_CASE("check.rank_claim_in_a_large_field_matches") {
  random_case r{std::mt19937{7}};
  detail::dataset_parts d = sources();
  const organization maker{"Example Maker", organization_kind::company};
  std::vector<subject> systems;
  for (int i = 0; i < 200; ++i) {
    systems.emplace_back(product{product_kind::system,
                                 "System " + std::to_string(i),
                                 {{organization_role::made_by, maker}}});
    for (std::size_t k = 1 + r.below(2); k > 0; --k) {
      d.add(observation{systems.back(), "test_latency", y2024, r.any_figure("test_latency"),
                        source_ids[r.below(source_ids.size())]});
    }
  }
  for (int n = 0; n < 10; ++n) {
    CAPTURE(n);
    const rank_claim c{systems[r.below(systems.size())],
                       "test_latency",
                       y2024,
                       static_cast<std::uint32_t>(1 + r.below(systems.size())),
                       {},
                       source_ids[r.below(source_ids.size())],
                       {systems[r.below(systems.size())]}};
    same(detail::check(d, claim(c)), reference::slow_check(d, c));
  }
}

}  // namespace verdicts_scale_test
