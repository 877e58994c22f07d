// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REPORT_HPP
#define CITED_REPORT_HPP

/// The fact sheet of a dataset: `cited::make_factsheet` gives the model (`cited::factsheet`, which
/// `cited::to_json` and `cited::to_csv` write), and `to_text`, `to_markdown` and `to_html` print
/// it; the HTML page draws comparisons and rankings as inline SVG (`cited::to_svg`, on the small
/// writer `cited::svg::image`).

#include <cited/report/chart_svg.hpp>
#include <cited/report/factsheet.hpp>
#include <cited/report/per_capita.hpp>
#include <cited/report/render.hpp>
#include <cited/report/svg.hpp>

#endif  // CITED_REPORT_HPP
