// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_FACT_OBSERVATION_HPP
#define CITED_FACT_OBSERVATION_HPP

/// `cited::observation`: one observed figure of a metric for a subject in a period, with its
/// source and status.

#include <cited/fact/figure.hpp>
#include <cited/fact/subject.hpp>
#include <cited/value/period.hpp>

#include <boost/describe/enum.hpp>

#include <cstdint>
#include <string>

namespace cited {

/// How final an observed figure is.
enum class observation_status : std::uint8_t { normal, estimated, provisional, forecast };
BOOST_DESCRIBE_ENUM(observation_status, normal, estimated, provisional, forecast)

/// One observed figure: a metric's value for a subject in a period, with the id of its source in
/// a dataset (a provenance chain) and a status.
struct observation {
  cited::subject subject;
  std::string metric;
  cited::period period;
  cited::figure value;
  std::string source;
  observation_status status = observation_status::normal;

  friend bool operator==(const observation&, const observation&) = default;
};

}  // namespace cited

#endif  // CITED_FACT_OBSERVATION_HPP
