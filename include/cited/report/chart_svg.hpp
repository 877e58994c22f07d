// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REPORT_CHART_SVG_HPP
#define CITED_REPORT_CHART_SVG_HPP

/// `cited::to_svg(const chart&)`: a fact sheet's chart as inline SVG. Horizontal bars, one row
/// each under its label, drawn to one scale; a bar's parts stacked end to end, in a colour each. A
/// part with no figure is a dashed outline labelled "no figure", never a bar of zero; a figure with
/// no length (a rank, a share) is an outlined box with its value. Every drawn figure carries
/// `data-value`; the image has `role="img"`, a `<title>` and a `<desc>` with the figures in
/// words.

#include <cited/report/factsheet.hpp>
#include <cited/report/svg.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace cited {

namespace detail {

inline constexpr std::array<std::string_view, 5> chart_colours = {"#2f6db5", "#d9822b", "#4c9a5b",
                                                                  "#8e6bbf", "#b5485d"};

// The chart's geometry.
struct chart_layout {
  static constexpr double width = 680;
  static constexpr double left = 2;    // where bars start
  static constexpr double area = 560;  // the bars' room
  static constexpr double box = 124;   // a part drawn without a length
  static constexpr double label = 16;  // a bar's label, above it
  static constexpr double bar_height = 30;
  static constexpr double row = label + bar_height + 12;  // one bar with its label and gap
};

}  // namespace detail

/// The chart as an SVG image (`svg::image`), whose title and description ids start with `id`.
inline std::string to_svg(const chart& c, std::string_view id = "chart") {
  using L = detail::chart_layout;
  // The scale: every bar's known parts plus its boxes fit in the bars' room.
  double box = L::box;
  std::size_t most_boxes = 0;
  for (const chart_bar& b : c.bars) {
    std::size_t boxes = 0;
    for (const chart_part& p : b.parts) boxes += !p.value;
    most_boxes = std::max(most_boxes, boxes);
  }
  if (most_boxes > 0) box = std::min(box, L::area / static_cast<double>(most_boxes));
  double scale = 0;
  bool first = true;
  for (const chart_bar& b : c.bars) {
    double known = 0;
    std::size_t boxes = 0;
    for (const chart_part& p : b.parts) {
      if (p.value) {
        known += std::max(*p.value, 0.0);
      } else {
        ++boxes;
      }
    }
    if (known <= 0) continue;
    const double room = std::max(L::area - static_cast<double>(boxes) * box, L::area / 4);
    const double k = room / known;
    scale = first ? k : std::min(scale, k);
    first = false;
  }

  const double height = static_cast<double>(c.bars.size()) * L::row - 8;
  svg::image img(L::width, height, c.title, c.description, id);
  img.group({{"font-family", "DejaVu Sans, Arial, sans-serif"}, {"font-size", "12"}});
  for (std::size_t i = 0; i < c.bars.size(); ++i) {
    const chart_bar& b = c.bars[i];
    img.text(L::left, static_cast<double>(i) * L::row + 12, b.label,
             {{"font-weight", "bold"}, {"class", "bar-label"}});
    const double y = static_cast<double>(i) * L::row + L::label;
    double x = L::left;
    std::size_t colour = i == 0 && c.kind == chart_kind::comparison ? 0 : 1;
    for (const chart_part& p : b.parts) {
      const std::string fill(detail::chart_colours[colour % detail::chart_colours.size()]);
      if (c.kind == chart_kind::comparison && b.parts.size() > 1) ++colour;
      if (p.missing) {
        img.rect(x + 1, y + 1, box - 4, L::bar_height - 2,
                 {{"class", "missing"},
                  {"data-subject", p.subject},
                  {"fill", "#f4f4f4"},
                  {"stroke", "#666666"},
                  {"stroke-width", "1.5"},
                  {"stroke-dasharray", "5 4"}});
        if (b.parts.size() > 1) {
          img.text(x + box / 2 - 1, y + 13, p.label, {{"text-anchor", "middle"}, {"fill", "#333"}});
        }
        img.text(x + box / 2 - 1, y + (b.parts.size() > 1 ? 26 : L::bar_height / 2 + 4),
                 "no figure",
                 {{"text-anchor", "middle"}, {"fill", "#555"}, {"font-style", "italic"}});
        x += box;
      } else if (!p.value) {
        img.rect(x + 1, y + 1, box - 4, L::bar_height - 2,
                 {{"class", "point"},
                  {"data-subject", p.subject},
                  {"fill", "#ffffff"},
                  {"stroke", fill},
                  {"stroke-width", "2"}});
        img.text(x + box / 2 - 1, y + L::bar_height / 2 + 4, p.value_text,
                 {{"text-anchor", "middle"}, {"font-weight", "bold"}});
        x += box;
      } else {
        const double w = std::max(*p.value, 0.0) * scale;
        img.rect(x, y, w, L::bar_height,
                 {{"class", "bar"},
                  {"data-subject", p.subject},
                  {"data-value", svg::number(*p.value)},
                  {"fill", fill}});
        if (b.parts.size() > 1 && w > 70) {
          img.text(x + 4, y + L::bar_height / 2 + 4, p.label, {{"fill", "#ffffff"}});
        }
        x += w;
      }
    }
    // The bar's figure in words, after it.
    std::string figures;
    for (const chart_part& p : b.parts) {
      if (!p.value) continue;
      if (!figures.empty()) figures += " + ";
      figures += p.value_text;
    }
    if (!figures.empty()) {
      img.text(x + 6, y + L::bar_height / 2 + 4, figures, {{"class", "figure"}});
    }
  }
  return img.finish();
}

}  // namespace cited

#endif  // CITED_REPORT_CHART_SVG_HPP
