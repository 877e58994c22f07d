// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_IN_TEXT_HPP
#define CITED_CITE_IN_TEXT_HPP

/// APA 7 in-text citations (`cite_in_text`): parenthetical "(Liang, 2025)", narrative
/// "Liang (2025)", and for a fact known only through another work, "as cited in" that work:
/// "(Hook, n.d., as cited in Liang, 2025)". `reference_of` gives the work a
/// reference list holds for a provenance chain: only the work the reader read.

#include <cited/cite/apa.hpp>
#include <cited/reflect/names.hpp>
#include <cited/source/agents.hpp>
#include <cited/source/provenance.hpp>
#include <cited/source/source.hpp>

#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cited {

/// An in-text citation's form: `parenthetical` "(Liang, 2025)" or `narrative` "Liang (2025)".
enum class citation_form : std::uint8_t { parenthetical, narrative };
BOOST_DESCRIBE_ENUM(citation_form, parenthetical, narrative)

namespace detail {

// The name an in-text citation uses for an agent: a person's family name, an organization's
// name; for an unnamed person, their role as the source words it ("head of China's National Data
// Administration"), with the organization they speak for when the role does not name it.
inline std::string in_text_name(const agent& a) {
  if (const auto* o = std::get_if<organization>(&a)) return o->name();
  const person& p = std::get<person>(a);
  if (p.name()) return p.name()->family;
  if (p.affiliation() && !p.role_names_affiliation()) {
    return p.role() + " of " + p.affiliation()->name();
  }
  return p.role();
}

// APA 7 (8.17): one author by name, two joined by "&" in parentheses and "and" in prose, three or
// more as the first and "et al.". A work with no author is named by its title (italic where the
// reference puts it in italics, else in quotation marks), or by its description in brackets.
inline std::vector<apa_run> in_text_author(const source& s, citation_form form) {
  const std::vector<agent>& authors = s.authors();
  if (authors.size() == 1) return {{detail::typographic(in_text_name(authors[0]))}};
  if (authors.size() == 2) {
    return {{detail::typographic(in_text_name(authors[0]) +
                                 (form == citation_form::parenthetical ? " & " : " and ") +
                                 in_text_name(authors[1]))}};
  }
  if (authors.size() > 2) return {{detail::typographic(in_text_name(authors[0])) + " et al."}};
  if (s.title()) {
    if (detail::title_in_italics(s)) return {{detail::typographic(*s.title()), true}};
    return {{detail::typographic('"' + *s.title() + '"')}};
  }
  return {{'[' + std::string(detail::apa_descriptor(s.kind())) + ']'}};
}

// The year of an in-text citation, or "n.d.".
inline std::string in_text_year(const source& s) {
  if (!s.published()) return "n.d.";
  return std::to_string(static_cast<int>(s.published()->first_day().year()));
}

// Appends ", <text>" to runs; after a quoted title the comma goes inside the closing quotation
// mark: (“Title,” 2025).
inline void append_after_comma(std::vector<apa_run>& runs, std::string text) {
  apa_run& last = runs.back();
  if (!last.italic && last.text.ends_with(right_double)) {
    last.text.insert(last.text.size() - right_double.size(), ",");
    runs.push_back({' ' + std::move(text)});
  } else {
    runs.push_back({", " + std::move(text)});
  }
}

// "Liang, 2025": a work's author and year, as inside a parenthetical citation.
inline std::vector<apa_run> author_and_year(const source& s) {
  std::vector<apa_run> runs = in_text_author(s, citation_form::parenthetical);
  append_after_comma(runs, in_text_year(s));
  return runs;
}

// A citation from its name, its year (if any) and the work it is cited in (if any):
// "(Name, year, as cited in Liang, 2025)" or "Name (year, as cited in Liang, 2025)".
inline std::string in_text(std::vector<apa_run> name, const std::optional<std::string>& year,
                           const source* cited_in, citation_form form, reference_format format) {
  std::vector<apa_run> runs = std::move(name);
  if (form == citation_form::parenthetical) {
    runs.insert(runs.begin(), {"("});
    if (year) append_after_comma(runs, *year);
    if (cited_in) {
      append_after_comma(runs, "as cited in ");
      const std::vector<apa_run> in = author_and_year(*cited_in);
      runs.insert(runs.end(), in.begin(), in.end());
    }
    runs.push_back({")"});
  } else if (year || cited_in) {
    runs.push_back({" ("});
    if (year) runs.back().text += *year;
    if (year && cited_in) runs.back().text += ", ";
    if (cited_in) {
      runs.back().text += "as cited in ";
      const std::vector<apa_run> in = author_and_year(*cited_in);
      runs.insert(runs.end(), in.begin(), in.end());
    }
    runs.push_back({")"});
  }
  return render(runs, format);
}

}  // namespace detail

/// The APA 7 in-text citation of a work: "(Liang, 2025)", or narrative "Liang (2025)". Two authors
/// are "Hook & Xu" in parentheses and "Hook and Xu" in prose; three or more "Hook et al.". A work
/// with no author is named by its title, and an untitled one by its description
/// ("([Press conference], n.d.)").
inline std::string cite_in_text(const source& s, citation_form form = citation_form::parenthetical,
                                reference_format format = reference_format::text) {
  return detail::in_text(detail::in_text_author(s, form), detail::in_text_year(s), nullptr, form,
                         format);
}

/// The work a reference list holds for a fact with this provenance: the work the reader read, the
/// chain's first hop, when that hop names a work. APA 7 (8.6) lists only the work read: a fact
/// the article reports from a press conference is referenced by the article, and the press
/// conference is cited "as cited in" it (see `cite_in_text(const provenance&)`).
inline const source* reference_of(const provenance& p) noexcept {
  const hop& first = p.seen_in();
  return first.source ? &*first.source : nullptr;
}

/// The APA 7 in-text citation of a fact with this provenance. When the fact's origin is the work
/// read (or the work it republishes), it is that work's citation. Otherwise the origin is cited "as
/// cited in" the work read (APA 7, 8.6): "(Hook, n.d., as cited in Liang, 2025)", narrative
/// "Hook (n.d., as cited in Liang, 2025)". The origin is named as `cite_in_text` names a work, or
/// for a person or organization by name (an unnamed person by their role, in the source's words);
/// a person or organization without a work has no year. Hops between the two (a
/// republication, an outlet that reported it) are in the provenance, not in the citation. A chain
/// whose first hop names no work gives the origin's citation alone.
inline std::string cite_in_text(const provenance& p,
                                citation_form form = citation_form::parenthetical,
                                reference_format format = reference_format::text) {
  const source* read = reference_of(p);
  const hop& origin = p.primary();
  // A fact whose origin is the work read, or the work it republishes, is the work read's.
  if (read && (&origin == &p.seen_in() || origin.relation == relation::republished_from)) {
    return cite_in_text(*read, form, format);
  }
  std::vector<detail::apa_run> name;
  std::optional<std::string> year;
  if (origin.agent) {
    name.push_back({detail::typographic(detail::in_text_name(*origin.agent))});
  } else {
    name = detail::in_text_author(*origin.source, form);
  }
  if (origin.source) year = detail::in_text_year(*origin.source);
  return detail::in_text(std::move(name), year, read, form, format);
}

}  // namespace cited

#endif  // CITED_CITE_IN_TEXT_HPP
