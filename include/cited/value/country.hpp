// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_VALUE_COUNTRY_HPP
#define CITED_VALUE_COUNTRY_HPP

#include <cited/catalog/data/iso3166.hpp>
#include <cited/reflect/form.hpp>
#include <cited/value/locale_names.hpp>
#include <cited/value/period.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace cited {

namespace detail {

inline constexpr std::size_t current_country_count = 249;
inline constexpr std::size_t user_assigned_country_count = 1;
inline constexpr std::size_t country_table_size = std::size(country_table);
inline constexpr std::size_t historic_country_begin =
    current_country_count + user_assigned_country_count;
inline constexpr std::uint16_t no_country = 0xFFFF;
static_assert(country_table[current_country_count - 1].flags == record_flags::current &&
                  country_table[current_country_count].flags == record_flags::user_assigned &&
                  country_table[historic_country_begin].flags == record_flags::historic,
              "the generated table is not laid out as country expects");
inline constexpr std::size_t longest_country_name = [] {
  std::size_t n = 0;
  for (const auto& e : country_name_index) n = e.key.size() > n ? e.key.size() : n;
  return n;
}();

struct country_access;

constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr char to_lower_ascii(char c) noexcept {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Packs an upper-case code into an integer, base 26 ('A' is 0), so that codes of one length sort
// as their packed values do; -1 when `code` is not `N` capitals.
template <std::size_t N>
constexpr std::int32_t pack_code(std::string_view code) noexcept {
  if (code.size() != N) return -1;
  std::uint32_t packed = 0;
  for (std::size_t i = 0; i < N; ++i) {
    const auto letter = static_cast<std::uint32_t>(static_cast<unsigned char>(code[i])) - 'A';
    if (letter >= 26) return -1;
    packed = packed * 26 + letter;
  }
  return static_cast<std::int32_t>(packed);
}

inline constexpr auto alpha2_lookup = [] {
  std::array<std::uint16_t, 26 * 26> t{};
  t.fill(no_country);
  for (std::size_t i = 0; i < historic_country_begin; ++i) {
    t[static_cast<std::size_t>(pack_code<2>(country_table[i].alpha2))] =
        static_cast<std::uint16_t>(i);
  }
  return t;
}();

inline constexpr auto numeric_lookup = [] {
  std::array<std::uint16_t, 1000> t{};
  t.fill(no_country);
  for (std::size_t i = 0; i < current_country_count; ++i) {
    t[country_table[i].numeric] = static_cast<std::uint16_t>(i);
  }
  return t;
}();

// Every three-letter code to its entry: 26^3 slots of two bytes, so that a lookup is one load.
inline constexpr auto alpha3_lookup = [] {
  std::array<std::uint16_t, 26 * 26 * 26> t{};
  t.fill(no_country);
  for (const name_index_entry& e : country_alpha3_index) {
    t[static_cast<std::size_t>(pack_code<3>(e.key))] = e.index;
  }
  return t;
}();

// The first position in [0, size) whose key is not below `key`, for keys sorted in byte order;
// `key_at(i)` gives the key at i. (A loop, to spare every includer of countries <algorithm>.)
template <class KeyAt>
constexpr std::size_t lower_bound_by(std::size_t size, std::string_view key,
                                     KeyAt key_at) noexcept {
  std::size_t low = 0;
  while (size > 0) {
    const std::size_t half = size / 2;
    if (key_at(low + half) < key) {
      low += half + 1;
      size -= half + 1;
    } else {
      size = half;
    }
  }
  return low;
}

// Binary search in a generated index sorted by key (byte order).
constexpr std::uint16_t find_key(std::span<const name_index_entry> index,
                                 std::string_view key) noexcept {
  const std::size_t i =
      lower_bound_by(index.size(), key, [&](std::size_t j) { return index[j].key; });
  return i != index.size() && index[i].key == key ? index[i].index : no_country;
}

}  // namespace detail

/// A country or territory: an entry of ISO 3166-1, the user-assigned code XK (Kosovo), or a
/// withdrawn ISO 3166-3 entry such as SUHH (USSR).
///
/// Two bytes, trivially copyable and usable in constant expressions. There is no default
/// constructor, because there is no default country; get one from a lookup or a literal:
///
///     using namespace cited::literals;
///     constexpr auto cn = "CN"_country;                     // checked at compile time
///     auto gb = cited::country::from_name("United Kingdom");  // std::optional<country>
///
/// The order is: current entries by alpha-2, then XK, then historic entries by alpha-4.
class country {
 public:
  /// The current entry with this ISO 3166-1 alpha-2 code (`"CN"`), or XK. Codes are upper-case.
  static constexpr std::optional<country> from_alpha2(std::string_view code) noexcept {
    const int slot = detail::pack_code<2>(code);
    if (slot < 0) return std::nullopt;
    return from_index(detail::alpha2_lookup[static_cast<std::size_t>(slot)]);
  }

  /// The current entry with this ISO 3166-1 alpha-3 code (`"CHN"`), or XKX. Upper-case only.
  static constexpr std::optional<country> from_alpha3(std::string_view code) noexcept {
    const std::int32_t slot = detail::pack_code<3>(code);
    if (slot < 0) return std::nullopt;
    return from_index(detail::alpha3_lookup[static_cast<std::size_t>(slot)]);
  }

  /// The current entry with this ISO 3166-1 numeric code (156 for China).
  static constexpr std::optional<country> from_numeric(int code) noexcept {
    if (code <= 0 || code >= 1000) return std::nullopt;
    return from_index(detail::numeric_lookup[static_cast<std::size_t>(code)]);
  }

  /// The withdrawn ISO 3166-3 entry with this alpha-4 code (`"SUHH"`). Upper-case only.
  static constexpr std::optional<country> from_alpha4(std::string_view code) noexcept {
    const auto h = historic();
    const std::size_t i =
        detail::lower_bound_by(h.size(), code, [&](std::size_t j) { return h[j].alpha4(); });
    if (i == h.size() || h[i].alpha4() != code) return std::nullopt;
    return h[i];
  }

  /// The current entry (or XK) with this name, ignoring ASCII case. Accepts the ISO name
  /// ("Korea, Republic of"), the official name ("Republic of Korea"), the common name
  /// ("South Korea") and common aliases ("UK", "USA", "Britain", "Russia", "Vietnam"). Names in
  /// other languages: `from_name(text, locales...)` below.
  static constexpr std::optional<country> from_name(std::string_view name) noexcept {
    if (name.empty() || name.size() > detail::longest_country_name) return std::nullopt;
    std::array<char, detail::longest_country_name> buf{};
    for (std::size_t i = 0; i < name.size(); ++i) buf[i] = detail::to_lower_ascii(name[i]);
    return from_index(
        detail::find_key(detail::country_name_index, std::string_view(buf.data(), name.size())));
  }

  /// The entry with this name in one of `locales` (at least one, from the locale headers such
  /// as <cited/catalog/names/fr.hpp>), tried in the order given; the first that knows the name
  /// wins. Accepts CLDR's name of each current entry and of XK, and its short form and variant
  /// ("USA", "R.-U.", "Elfenbeinküste"). Case is folded for ASCII, Latin-1 and Cyrillic letters
  /// ("ÉTATS-UNIS", "китай"); accents, punctuation and spaces must be as CLDR writes them.
  ///
  ///     country::from_name("Allemagne", cited::locales::fr, cited::locales::de);  // DE
  template <detail::same_as_locale_names... Locales>
  static constexpr std::optional<country> from_name(std::string_view name,
                                                    const Locales&... locales) noexcept {
    const std::array<locale_names, sizeof...(Locales)> in_order{locales...};
    return from_name(name, std::span<const locale_names>(in_order));
  }

  /// As above, with locales chosen at run time, tried in their order:
  ///
  ///     const std::array<cited::locale_names, 2> mine{cited::locales::fr, cited::locales::de};
  ///     country::from_name("USA", mine);  // US, from the German short form
  static constexpr std::optional<country> from_name(
      std::string_view name, std::span<const locale_names> locales) noexcept {
    if (name.empty() || name.size() > detail::longest_localized_name) return std::nullopt;
    std::array<char, detail::longest_localized_name> buf{};
    detail::fold_name_case(name, buf.data());
    const std::string_view key(buf.data(), name.size());
    for (const locale_names& locale : locales) {
      const std::uint16_t found = detail::find_key(locale.index(), key);
      if (found != detail::no_country) return from_index(found);
    }
    return std::nullopt;
  }

  /// The 249 current ISO 3166-1 entries, in alpha-2 order. XK and historic entries are not in it.
  static constexpr std::span<const country, detail::current_country_count> all() noexcept;
  /// The withdrawn ISO 3166-3 entries, in alpha-4 order.
  static constexpr std::span<const country> historic() noexcept;

  /// The alpha-2 code. Historic entries keep the code they had, which may since have been reused.
  constexpr std::string_view alpha2() const noexcept { return record().alpha2; }
  /// The alpha-3 code.
  constexpr std::string_view alpha3() const noexcept { return record().alpha3; }
  /// The ISO 3166-3 alpha-4 code of a historic entry; empty for others.
  constexpr std::string_view alpha4() const noexcept { return record().alpha4; }
  /// The code that names this entry uniquely: alpha-4 for historic entries, alpha-2 otherwise.
  constexpr std::string_view code() const noexcept { return is_historic() ? alpha4() : alpha2(); }
  /// The ISO 3166 numeric code, or `std::nullopt` where there is none (XK, some historic ones).
  constexpr std::optional<int> numeric() const noexcept {
    const int n = record().numeric;
    return n == 0 ? std::nullopt : std::optional<int>(n);
  }
  /// The ISO short name ("Korea, Republic of").
  constexpr std::string_view name() const noexcept { return record().name; }
  /// The name in `locale` (`"DE"_country.name(cited::locales::fr)` is "Allemagne"): one load
  /// from the locale's table. Where the locale has no name (the historic entries, in CLDR), the
  /// ISO short name, `name()`.
  constexpr std::string_view name(const locale_names& locale) const noexcept {
    const std::string_view localized = locale.names()[index_];
    return localized.empty() ? name() : localized;
  }
  /// The official name ("Republic of Korea"); empty where ISO lists none.
  constexpr std::string_view official_name() const noexcept { return record().official_name; }
  /// The common name ("South Korea"); empty where ISO lists none.
  constexpr std::string_view common_name() const noexcept { return record().common_name; }
  /// The common name where there is one, else the ISO short name: what to print for readers.
  constexpr std::string_view display_name() const noexcept {
    return common_name().empty() ? name() : common_name();
  }

  /// True for a withdrawn ISO 3166-3 entry.
  constexpr bool is_historic() const noexcept {
    return record().flags == detail::record_flags::historic;
  }
  /// True for a user-assigned code outside ISO 3166-1 (XK, Kosovo).
  constexpr bool is_user_assigned() const noexcept {
    return record().flags == detail::record_flags::user_assigned;
  }
  /// When a historic entry was withdrawn, to the day or only the year, as ISO 3166-3 gives it;
  /// `std::nullopt` for entries that are not historic.
  constexpr std::optional<period> withdrawal_date() const {
    const auto& r = record();
    if (r.withdrawal_year == 0) return std::nullopt;
    const std::chrono::year y{r.withdrawal_year};
    if (r.withdrawal_month == 0) return period::year(y);
    return period::day(y / std::chrono::month{r.withdrawal_month} /
                       std::chrono::day{r.withdrawal_day});
  }

  /// The position in the table (see the class comment for the order); stable within a version.
  constexpr std::uint16_t index() const noexcept { return index_; }

  /// The country whose `index()` is `i`, or `std::nullopt` past the end of the table.
  static constexpr std::optional<country> at_index(std::uint16_t i) noexcept {
    if (i >= std::size(detail::country_table)) return std::nullopt;
    return country(i);
  }

  friend constexpr bool operator==(country, country) noexcept = default;
  friend constexpr auto operator<=>(country, country) noexcept = default;

  /// Writes `code()`.
  template <class CharT, class Traits>
  friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os,
                                                       country c) {
    return os << c.code();
  }

 private:
  friend struct detail::country_access;

  constexpr explicit country(std::uint16_t index) noexcept : index_(index) {}

  static constexpr std::optional<country> from_index(std::uint16_t i) noexcept {
    if (i == detail::no_country) return std::nullopt;
    return country(i);
  }

  constexpr const detail::country_record& record() const noexcept {
    return detail::country_table[index_];
  }

  std::uint16_t index_;
};

namespace detail {

// Lets the library's own tables use the private constructor.
struct country_access {
  static constexpr country make(std::uint16_t i) noexcept { return country(i); }
};

template <std::size_t Begin, std::size_t... I>
constexpr std::array<country, sizeof...(I)> country_range(std::index_sequence<I...>) noexcept {
  return {country_access::make(static_cast<std::uint16_t>(Begin + I))...};
}

inline constexpr auto current_countries =
    country_range<0>(std::make_index_sequence<current_country_count>{});
inline constexpr auto historic_countries = country_range<historic_country_begin>(
    std::make_index_sequence<country_table_size - historic_country_begin>{});

// Not constexpr: a "..."_country literal that calls one of these does not compile, and the
// diagnostic names the function, which says what is wrong.
inline void country_literal_error_codes_are_upper_case() {}
inline void country_literal_error_takes_an_alpha2_or_alpha4_code() {}
inline void country_literal_error_unknown_country_code() {}

}  // namespace detail

constexpr std::span<const country, detail::current_country_count> country::all() noexcept {
  return detail::current_countries;
}

constexpr std::span<const country> country::historic() noexcept {
  return detail::historic_countries;
}

/// The JSON and CSV form of a country: its `code()`, as in `"CN"`, or `"SUHH"` for a historic
/// entry (whose alpha-2 code may have been reused).
template <>
struct string_form<country> {
  static constexpr std::string_view expected =
      "an ISO 3166-1 alpha-2 code such as \"CN\", or an ISO 3166-3 alpha-4 code such as \"SUHH\"";
  static void write(country c, std::string& out) { out += c.code(); }
  static std::optional<country> read(std::string_view text) noexcept {
    return text.size() == 4 ? country::from_alpha4(text) : country::from_alpha2(text);
  }
};

inline namespace literals {

/// `"CN"_country`: a country from its alpha-2 code (or `"SUHH"_country` from a historic
/// alpha-4 code). An unknown or lower-case code does not compile: the diagnostic names
/// `detail::country_literal_error_unknown_country_code` or
/// `detail::country_literal_error_codes_are_upper_case`.
consteval country operator""_country(const char* text, std::size_t size) {
  const std::string_view code(text, size);
  for (const char c : code) {
    if (!detail::is_upper(c)) detail::country_literal_error_codes_are_upper_case();
  }
  if (size != 2 && size != 4) detail::country_literal_error_takes_an_alpha2_or_alpha4_code();
  const std::optional<country> c =
      size == 4 ? country::from_alpha4(code) : country::from_alpha2(code);
  if (!c) detail::country_literal_error_unknown_country_code();
  return *c;
}

}  // namespace literals

}  // namespace cited

/// Hashes a country by its table index. (`std::hash` is declared by `<optional>` and `<string>`.)
template <>
struct std::hash<cited::country> {
  constexpr std::size_t operator()(cited::country c) const noexcept { return c.index(); }
};

#endif  // CITED_VALUE_COUNTRY_HPP
