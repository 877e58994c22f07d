// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REPORT_CHART_SVG_HPP
#define CITED_REPORT_CHART_SVG_HPP

/// `cited::to_svg(const chart&)`: a fact sheet's chart as inline SVG. Horizontal bars, one row
/// each under its label, drawn to one scale; a bar's parts stacked end to end, in a colour each. A
/// figure with no length (a rank, a share, a number that is not finite) is an outlined box with its
/// value. When a part of a bar has no figure, the bar's known parts are drawn to scale and the rest
/// is an open-ended hatched region, with dashed edges, that runs to the end of the image: the total
/// is unknown, not zero and not small, and the region names the parts that have no figure. Every
/// drawn figure carries `data-value` (its shortest round-trip text); the image has `role="img"`, a
/// `<title>` and a `<desc>` with the figures and their sources in words.

#include <cited/report/factsheet.hpp>
#include <cited/report/svg.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cited {

namespace detail {

inline constexpr std::array<std::string_view, 5> chart_colours = {"#2f6db5", "#d9822b", "#4c9a5b",
                                                                  "#8e6bbf", "#b5485d"};

// The chart's geometry.
struct chart_layout {
  static constexpr double width = 680;
  static constexpr double left = 2;         // where bars start
  static constexpr double area = 560;       // the known figures' room
  static constexpr double end = width - 2;  // where an unknown total's region ends
  static constexpr double unknown = 250;    // the least room an unknown total keeps in `area`
  static constexpr double box = 124;        // a part drawn without a length
  static constexpr double label = 16;       // a bar's label, above it
  static constexpr double bar_height = 30;
  static constexpr double row = label + bar_height + 12;  // one bar with its label and gap
  static constexpr double char_width = 7;                 // about, at 12 px
};

// A part drawn as a length: a finite figure.
inline bool has_length(const chart_part& p) {
  return !p.missing && p.value && std::isfinite(*p.value);
}

// A number as its shortest round-trip text: 0.004 is "0.004", 23695 is "23695".
inline std::string round_trip(double v) {
  char buffer[64];
  const char* end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
  return std::string(static_cast<const char*>(buffer), end);
}

// `names` joined ("A, B and C"), cut to about `room` characters after `head` ("A, B and 3 more").
inline std::string fitted_names(std::string head, const std::vector<std::string>& names,
                                double room) {
  const auto limit = static_cast<std::size_t>(std::max(room, 0.0));
  for (std::size_t shown = names.size(); shown > 0; --shown) {
    std::string out = head;
    for (std::size_t i = 0; i < shown; ++i) {
      if (i > 0) out += i + 1 == shown && shown == names.size() ? " and " : ", ";
      out += names[i];
    }
    if (shown < names.size()) out += " and " + std::to_string(names.size() - shown) + " more";
    if (out.size() <= limit || shown == 1) return out;
  }
  return head + std::to_string(names.size()) + " parts";
}

// The open-ended region of a bar whose total is unknown, from `x` to the image's end: hatched,
// dashed on its top, bottom and left edges (no right edge: it has no known end), and labelled.
inline void unknown_region(svg::image& img, double x, double y, const chart_bar& b,
                           const std::string& known) {
  using L = chart_layout;
  const double w = std::max(L::end - x, 0.0);
  std::vector<std::string> names;
  for (const chart_part& p : b.parts) {
    if (p.missing) names.push_back(p.label);
  }
  img.rect(
      x, y, w, L::bar_height,
      {{"class", "unknown"}, {"data-missing", std::to_string(names.size())}, {"fill", "#f4f4f4"}});
  const double h = L::bar_height;
  for (double a = x - h; a < L::end; a += 10) {  // hatching, clipped to the region
    const double t0 = std::max(a, x), t1 = std::min(a + h, L::end);
    if (t1 > t0) img.line(t0, y + h - (t0 - a), t1, y + h - (t1 - a), {{"stroke", "#d6d6d6"}});
  }
  const std::initializer_list<svg::attribute> dashed = {
      {"stroke", "#666666"}, {"stroke-width", "1.5"}, {"stroke-dasharray", "5 4"}};
  img.line(x, y, L::end, y, dashed);
  img.line(x, y + h, L::end, y + h, dashed);
  img.line(x, y, x, y + h, dashed);
  const double room = (w - 12) / L::char_width;
  std::string first = b.parts.size() == 1
                          ? std::string("no figure")
                          : "total unknown: " + std::to_string(names.size()) + " of " +
                                std::to_string(b.parts.size()) + " parts have no figure";
  if (!known.empty() && static_cast<double>(known.size() + 2 + first.size()) <= room) {
    first = known + "; " + first;
  }
  const std::initializer_list<svg::attribute> halo = {
      {"fill", "#333333"}, {"stroke", "#f4f4f4"}, {"stroke-width", "3"}, {"paint-order", "stroke"}};
  if (b.parts.size() == 1) {
    img.text(x + 8, y + h / 2 + 4, first, halo);
    return;
  }
  img.text(x + 8, y + 13, first, halo);
  img.text(x + 8, y + 26, fitted_names("no figure: ", names, room), halo);
}

}  // namespace detail

/// The chart as an SVG image (`svg::image`), whose title and description ids start with `id`. A
/// chart with no bars is a one-line image that says so.
inline std::string to_svg(const chart& c, std::string_view id = "chart") {
  using L = detail::chart_layout;
  using detail::has_length;
  // The boxes' width: a bar's boxes fit in the room.
  std::size_t most_boxes = 0;
  for (const chart_bar& b : c.bars) {
    std::size_t boxes = 0;
    for (const chart_part& p : b.parts) boxes += !p.missing && !has_length(p);
    most_boxes = std::max(most_boxes, boxes);
  }
  const double box =
      most_boxes > 0 ? std::min(L::box, L::area / static_cast<double>(most_boxes)) : L::box;
  // The scale: every bar's known lengths, its boxes and the room of an unknown total fit.
  double scale = 0;
  bool first = true;
  for (const chart_bar& b : c.bars) {
    double known = 0;
    std::size_t boxes = 0;
    bool unknown = false;
    for (const chart_part& p : b.parts) {
      if (has_length(p)) {
        known += std::max(*p.value, 0.0);
      } else if (p.missing) {
        unknown = true;
      } else {
        ++boxes;
      }
    }
    if (!(known > 0) || !std::isfinite(known)) continue;
    const double room = std::max(
        L::area - static_cast<double>(boxes) * box - (unknown ? L::unknown : 0.0), L::area / 4);
    const double k = room / known;
    scale = first ? k : std::min(scale, k);
    first = false;
  }

  const double height = std::max(static_cast<double>(c.bars.size()) * L::row - 8, L::bar_height);
  svg::image img(L::width, height, c.title, c.description, id);
  img.group({{"font-family", "DejaVu Sans, Arial, sans-serif"}, {"font-size", "12"}});
  if (c.bars.empty()) img.text(L::left, 20, "no figures to draw", {{"font-style", "italic"}});
  for (std::size_t i = 0; i < c.bars.size(); ++i) {
    const chart_bar& b = c.bars[i];
    img.text(L::left, static_cast<double>(i) * L::row + 12, b.label,
             {{"font-weight", "bold"}, {"class", "bar-label"}});
    const double y = static_cast<double>(i) * L::row + L::label;
    double x = L::left;
    std::size_t colour = i == 0 && c.kind == chart_kind::comparison ? 0 : 1;
    bool unknown = false;
    for (const chart_part& p : b.parts) {
      const std::string fill(detail::chart_colours[colour % detail::chart_colours.size()]);
      if (c.kind == chart_kind::comparison && b.parts.size() > 1) ++colour;
      if (p.missing) {
        unknown = true;  // drawn after the known parts, as the unknown rest
      } else if (!has_length(p)) {
        img.rect(x + 1, y + 1, std::max(box - 4, 0.0), L::bar_height - 2,
                 {{"class", "point"},
                  {"data-subject", p.subject},
                  {"fill", "#ffffff"},
                  {"stroke", fill},
                  {"stroke-width", "2"}});
        if (box >= 40) {
          img.text(x + box / 2 - 1, y + L::bar_height / 2 + 4, p.value_text,
                   {{"text-anchor", "middle"}, {"font-weight", "bold"}});
        }
        x += box;
      } else {
        const double w = std::clamp(std::max(*p.value, 0.0) * scale, 0.0, L::area);
        img.rect(x, y, w, L::bar_height,
                 {{"class", "bar"},
                  {"data-subject", p.subject},
                  {"data-value", detail::round_trip(*p.value)},
                  {"fill", fill}});
        if (b.parts.size() > 1 && w > 70) {
          img.text(x + 4, y + L::bar_height / 2 + 4, p.label, {{"fill", "#ffffff"}});
        }
        x += w;
      }
    }
    // The bar's figures in words, after it, or in its unknown rest.
    std::string figures;
    for (const chart_part& p : b.parts) {
      if (p.missing || !has_length(p)) continue;
      if (!figures.empty()) figures += " + ";
      figures += p.value_text;
    }
    if (unknown) {
      detail::unknown_region(img, x, y, b, figures);
    } else if (!figures.empty()) {
      img.text(x + 6, y + L::bar_height / 2 + 4, figures, {{"class", "figure"}});
    }
  }
  return img.finish();
}

}  // namespace cited

#endif  // CITED_REPORT_CHART_SVG_HPP
