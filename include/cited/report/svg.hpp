// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_REPORT_SVG_HPP
#define CITED_REPORT_SVG_HPP

/// `cited::svg`: a small writer of inline SVG (and of the XML text it holds) for the charts of a
/// fact sheet: rectangles, lines and text, each with attributes, every text and attribute value
/// escaped; the image is accessible (`role="img"`, a `<title>` and a `<desc>`).
///
///     cited::svg::image img(400, 100, "Publications", "China: 23,695.");
///     img.rect(0, 10, 237, 20, {{"class", "bar"}});
///     img.text(240, 25, "23,695");
///     std::string markup = img.finish();

#include <cited/text/markup.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace cited::svg {

/// `text` escaped for XML and HTML, for element content and for attribute values in double
/// quotes: `&`, `<`, `>`, `"` and `'` become character references.
inline std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  detail::append_html_escaped(out, text, detail::apostrophes::escape);
  return out;
}

/// A length or coordinate as SVG text: at most two digits after the point, no trailing zeros
/// ("12", "12.5", "0.33"); not-a-number and infinities as 0.
inline std::string number(double v) {
  if (!std::isfinite(v)) v = 0;
  v = std::round(v * 100) / 100;
  if (v == 0) v = 0;  // no "-0"
  char buffer[64];
  const char* end = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed).ptr;
  return std::string(static_cast<const char*>(buffer), end);
}

/// An attribute: a name (written as given: use plain names such as "class" or "data-value") and
/// its value (escaped when written).
using attribute = std::pair<std::string_view, std::string>;

/// An SVG image being written: elements are appended in order, then `finish()` closes it.
class image {
 public:
  /// An image of `width` by `height` user units (and CSS pixels), with a title and a description
  /// that say what it shows in words (the description should hold the figures). `id` prefixes the
  /// ids of the title and description, which must be unique in the page.
  image(double width, double height, std::string_view title, std::string_view description,
        std::string_view id = "chart") {
    width = width > 0 ? width : 0;
    height = height > 0 ? height : 0;
    const std::string prefix = escape(id);
    out_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + number(width) +
            "\" height=\"" + number(height) + "\" viewBox=\"0 0 " + number(width) + ' ' +
            number(height) + "\" aria-labelledby=\"" + prefix + "-title " + prefix + "-desc\">";
    out_ += "<title id=\"" + prefix + "-title\">" + escape(title) + "</title>";
    out_ += "<desc id=\"" + prefix + "-desc\">" + escape(description) + "</desc>";
  }

  /// A rectangle. A width or height that is negative or not a number is written as 0 (SVG has
  /// no negative lengths).
  image& rect(double x, double y, double width, double height,
              std::initializer_list<attribute> attributes = {}) {
    width = width > 0 ? width : 0;
    height = height > 0 ? height : 0;
    out_ += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) +
            "\" height=\"" + number(height) + '"';
    append(attributes);
    out_ += "/>";
    return *this;
  }

  /// A line from (x1, y1) to (x2, y2).
  image& line(double x1, double y1, double x2, double y2,
              std::initializer_list<attribute> attributes = {}) {
    out_ += "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) +
            "\" y2=\"" + number(y2) + '"';
    append(attributes);
    out_ += "/>";
    return *this;
  }

  /// Text whose baseline starts at (x, y) (or is anchored there, with `text-anchor`).
  image& text(double x, double y, std::string_view content,
              std::initializer_list<attribute> attributes = {}) {
    out_ += "<text x=\"" + number(x) + "\" y=\"" + number(y) + '"';
    append(attributes);
    out_ += '>' + escape(content) + "</text>";
    return *this;
  }

  /// Opens a group (`<g>`), which `close_group()` closes.
  image& group(std::initializer_list<attribute> attributes = {}) {
    out_ += "<g";
    append(attributes);
    out_ += '>';
    ++open_;
    return *this;
  }
  /// Closes the last open group.
  image& close_group() {
    if (open_ > 0) {
      out_ += "</g>";
      --open_;
    }
    return *this;
  }

  /// The image's markup, with any open group closed. The image is left empty.
  std::string finish() {
    while (open_ > 0) close_group();
    out_ += "</svg>";
    return std::exchange(out_, {});
  }

 private:
  void append(std::initializer_list<attribute> attributes) {
    for (const attribute& a : attributes) {
      out_ += ' ';
      out_ += a.first;
      out_ += "=\"" + escape(a.second) + '"';
    }
  }

  std::string out_;
  std::size_t open_ = 0;
};

}  // namespace cited::svg

#endif  // CITED_REPORT_SVG_HPP
