// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_LOCALE_NAMES_HPP
#define CITED_VALUE_LOCALE_NAMES_HPP

#include <cited/catalog/data/country_record.hpp>
#include <cited/catalog/data/iso3166.hpp>

#include <cstddef>
#include <iterator>
#include <span>
#include <string_view>
#include <type_traits>

namespace cited {

namespace detail {

// The longest name a locale's index may hold, in bytes (the generator checks it).
inline constexpr std::size_t longest_localized_name = 128;

// Folds the case of UTF-8 text for name matching: ASCII A-Z, Latin-1 U+00C0-U+00DE (but U+00D7,
// the multiplication sign) and Cyrillic U+0400-U+042F become their small letters; every other
// byte is copied. The result has the length of the input. cmake/generate_territory_names.cmake
// folds the index keys the same way.
constexpr void fold_name_case(std::string_view in, char* out) noexcept {
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto b = static_cast<unsigned char>(in[i]);
    out[i] = in[i];
    if (b >= 'A' && b <= 'Z') {
      out[i] = static_cast<char>(b + ('a' - 'A'));
    } else if ((b == 0xC3 || b == 0xD0) && i + 1 < in.size()) {
      const auto c = static_cast<unsigned char>(in[i + 1]);
      if (b == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) {  // À-Þ to à-þ
        out[++i] = static_cast<char>(c + 0x20);
      } else if (b == 0xD0 && c >= 0x90 && c <= 0x9F) {  // А-П to а-п
        out[++i] = static_cast<char>(c + 0x20);
      } else if (b == 0xD0 && c >= 0xA0 && c <= 0xAF) {  // Р-Я to р-я (U+0440, D1 80)
        out[i] = static_cast<char>(0xD1);
        out[++i] = static_cast<char>(c - 0x20);
      } else if (b == 0xD0 && c >= 0x80 && c <= 0x8F) {  // Ѐ-Џ to ѐ-џ (U+0450, D1 90)
        out[i] = static_cast<char>(0xD1);
        out[++i] = static_cast<char>(c + 0x10);
      }
    }
  }
}

}  // namespace detail

/// The country names of one locale: for each entry of cited's country table its name in that
/// language, and an index of names, short forms and variants for `country::from_name`.
///
/// Get one from a locale header, which holds nothing else; a program pays only for the locales
/// it includes:
///
///     #include <cited/catalog/names/fr.hpp>
///     "DE"_country.name(cited::locales::fr);  // "Allemagne"
///
/// cmake/generate_territory_names.cmake makes such a header from any CLDR locale.
class locale_names {
 public:
  /// The number of names: one per entry of the country table, in `country::index()` order.
  static constexpr std::size_t size = std::size(detail::country_table);

  /// A locale from `names` (one per entry of the country table, in its order; empty where the
  /// locale has none) and `index` (the names to accept, case-folded as the generator folds them,
  /// sorted by bytes, no key twice). `tag` is the locale's CLDR name, such as "fr" or "zh_Hant".
  constexpr locale_names(std::string_view tag, std::span<const std::string_view, size> names,
                         std::span<const detail::name_index_entry> index) noexcept
      : tag_(tag), names_(names), index_(index) {}

  /// The locale's CLDR name ("fr").
  constexpr std::string_view tag() const noexcept { return tag_; }
  /// The names by `country::index()`; empty where the locale has none (historic entries).
  constexpr std::span<const std::string_view, size> names() const noexcept { return names_; }
  /// The sorted, case-folded names that `country::from_name` accepts, with their table indexes.
  constexpr std::span<const detail::name_index_entry> index() const noexcept { return index_; }

 private:
  std::string_view tag_;
  std::span<const std::string_view, size> names_;
  std::span<const detail::name_index_entry> index_;
};

namespace detail {

// The locale arguments of country::from_name.
template <class T>
concept same_as_locale_names = std::is_same_v<T, locale_names>;

}  // namespace detail

}  // namespace cited

#endif  // CITED_VALUE_LOCALE_NAMES_HPP
