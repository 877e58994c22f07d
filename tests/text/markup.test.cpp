// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#include <cited/text/markup.hpp>

#include <doctest/doctest.h>

#include <string>

TEST_CASE("append_html_escaped: what would open markup becomes a character reference") {
  using cited::detail::apostrophes;
  std::string out = "x";
  cited::detail::append_html_escaped(out, "<b class=\"a\">O'Brien & Co</b>");
  CHECK(out == "x&lt;b class=&quot;a&quot;&gt;O'Brien &amp; Co&lt;/b&gt;");
  out.clear();
  cited::detail::append_html_escaped(out, "O'Brien", apostrophes::escape);
  CHECK(out == "O&#39;Brien");
  out.clear();
  cited::detail::append_html_escaped(out, "\xE4\xB8\xAD plain");  // UTF-8 passes through
  CHECK(out == "\xE4\xB8\xAD plain");
}
