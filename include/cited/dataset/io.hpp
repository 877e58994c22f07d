// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_IO_HPP
#define CITED_DATASET_IO_HPP

/// A dataset as text: its JSON document, and a flat CSV of its observations. Bad input is refused
/// with its position (line, column and path in JSON; row, column and field in CSV), and nothing
/// is half loaded.

#include <cited/csv.hpp>
#include <cited/dataset/detail/locate.hpp>
#include <cited/dataset/document.hpp>
#include <cited/dataset/error.hpp>
#include <cited/dataset/observation_ref.hpp>
#include <cited/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cited::detail {

// Errors found after a text was read, placed in that text. The one user of detail/locate.hpp,
// which scans the text again: a reader that keeps positions replaces it here.
struct text_positions {
  std::string_view text;

  json_error json_error_at(const document_path& where, const std::string& reason) const {
    std::vector<path_step> steps;
    steps.reserve(where.steps.size());
    for (const document_path::step& s : where.steps) steps.push_back({s.key, s.index, s.is_index});
    return detail::json_error_at(text, steps, reason);
  }
  csv_error csv_error_at(std::size_t row, const std::string& field,
                         const std::string& reason) const {
    return csv_error(reason, row, csv_column_of(text, field), field);
  }
};

// Reads a document into `d`; an error is a dataset_error of its kind.
template <int = 0>
void load_document(dataset_parts& d, const dataset_document& doc) {
  document_loader loader(d, [](const document_path&, const std::exception& e) -> dataset_error {
    if (const auto* known = dynamic_cast<const dataset_error*>(&e)) return *known;
    return dataset_error(dataset_errc::bad_value, {}, e.what());
  });
  loader.load(doc);
}

// Reads an observation record written as `to_json` writes one, the quick way: its members in
// order, each once, its strings printable ASCII without escapes. `read` returns the end of the
// record, or nullptr for any other text, which the generic reader then reads or refuses with its
// error; it reads the fields the generic reader reads into an observation_record.
class quick_observation_json {
 public:
  const char* read(const char* p, const char* end, record_fields& r) {
    constexpr auto names = keys_of<observation_record>();
    static_assert(names.size() == 11);
    if (p == end || *p != '{') return nullptr;
    p = ws(p + 1, end);
    std::string_view texts[11];
    std::optional<number_text> numbers[11];
    std::optional<std::uint64_t> of;
    unsigned seen = 0;
    std::size_t next = 0;
    for (;;) {
      // The key: the next member's, or a later one's past absent ones. A key holds no quote, so
      // `"name"` at p is that key and no other.
      std::size_t k = next;
      if (std::endian::native == std::endian::little && end - p >= 16) {
        // `"name"` as two words, masked to its length
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + 8, 8);
        while (k < names.size() &&
               ((a & keys_[k][2]) != keys_[k][0] || (b & keys_[k][3]) != keys_[k][1])) {
          ++k;
        }
      } else {
        while (k < names.size() &&
               !(static_cast<std::size_t>(end - p) > names[k].size() + 1 && *p == '"' &&
                 std::memcmp(p + 1, names[k].data(), names[k].size()) == 0 &&
                 p[names[k].size() + 1] == '"')) {
          ++k;
        }
      }
      if (k == names.size()) return nullptr;  // unknown, repeated, out of order or escaped
      p += names[k].size() + 2;
      next = k + 1;
      seen |= 1u << k;
      p = ws(p, end);
      if (p == end || *p != ':') return nullptr;
      p = ws(p + 1, end);
      const bool null = end - p >= 4 && std::memcmp(p, "null", 4) == 0;
      if (k == 3 || k == 5 || k == 6) {  // value, upper, tolerance
        if (null) {
          p += 4;
        } else {
          const number_scan scan = scan_json_number(p, end);
          if (scan.end == nullptr) return nullptr;
          numbers[k] = number_text_access::of_scanned(
              std::string_view(p, static_cast<std::size_t>(scan.end - p)));
          p = scan.end;
        }
      } else if (k == 7) {  // of: up to 18 digits
        if (null) {
          p += 4;
        } else {
          const char* q = p;
          std::uint64_t v = 0;
          while (q != end && is_digit(*q) && q - p < 18) {
            v = v * 10 + static_cast<std::uint64_t>(*q - '0');
            ++q;
          }
          if (q == p || (*p == '0' && q - p > 1)) return nullptr;
          if (q != end && (is_digit(*q) || *q == '.' || *q == 'e' || *q == 'E')) return nullptr;
          of = v;
          p = q;
        }
      } else if (!plain_string(p, end, texts[k])) {
        return nullptr;
      }
      p = ws(p, end);
      if (p == end) return nullptr;
      if (*p == '}') {
        ++p;
        break;
      }
      if (*p != ',') return nullptr;
      p = ws(p + 1, end);
    }
    constexpr unsigned optional_members = (1u << 3) | (1u << 5) | (1u << 6) | (1u << 7);
    if ((seen | optional_members) != (1u << names.size()) - 1) return nullptr;
    if (!period_ || texts[2] != period_text_) {
      std::optional<cited::period> v;
      try {
        v = string_form<cited::period>::read(texts[2]);
      } catch (const std::exception&) {
        return nullptr;
      }
      if (!v) return nullptr;
      period_ = v;
      period_text_ = texts[2];
    }
    if (!bound_ || texts[4] != bound_text_) {
      bound_ = enum_from_name<cited::bound>(texts[4]);
      if (!bound_) return nullptr;
      bound_text_ = texts[4];
    }
    if (!status_ || texts[9] != status_text_) {
      status_ = enum_from_name<observation_status>(texts[9]);
      if (!status_) return nullptr;
      status_text_ = texts[9];
    }
    r.metric = texts[0];
    r.subject = texts[1];
    r.period = &*period_;
    r.value = numbers[3];
    r.bound = *bound_;
    r.upper = numbers[5];
    r.tolerance = numbers[6];
    r.of = of;
    r.unit = texts[8];
    r.status = *status_;
    r.source = texts[10];
    return p;
  }

 private:
  static const char* ws(const char* p, const char* end) noexcept {
    if (p != end && static_cast<unsigned char>(*p) > ' ') return p;  // compact JSON
    while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
    return p;
  }
  // A string of printable ASCII without escapes; p ends past its closing quote.
  static bool plain_string(const char*& p, const char* end, std::string_view& out) noexcept {
    if (p == end || *p != '"') return false;
    const char* q = p + 1;
    // Eight bytes at a time while none is a quote, a backslash, below 0x20 or above 0x7E.
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    while (end - q >= 8) {
      std::uint64_t x = 0;
      std::memcpy(&x, q, 8);
      const std::uint64_t quote = x ^ (ones * '"');
      const std::uint64_t backslash = x ^ (ones * '\\');
      const std::uint64_t special = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
                                    (x - ones * 0x20) | (x + ones * 0x01) | x;
      if ((special & highs) != 0) break;
      q += 8;
    }
    while (q != end && static_cast<unsigned char>(*q) >= 0x20 &&
           static_cast<unsigned char>(*q) < 0x7F && *q != '"' && *q != '\\') {
      ++q;
    }
    if (q == end || *q != '"') return false;
    out = std::string_view(p + 1, static_cast<std::size_t>(q - p - 1));
    p = q + 1;
    return true;
  }

  // Each member's `"name"` (at most 16 bytes) as two words, and their masks.
  static constexpr auto keys_ = [] {
    constexpr auto names = keys_of<observation_record>();
    std::array<std::array<std::uint64_t, 4>, names.size()> out{};
    for (std::size_t k = 0; k < names.size(); ++k) {
      if (names[k].size() > 14) throw "a member's name is longer than 14 bytes";
      char text[16] = {};
      text[0] = '"';
      for (std::size_t i = 0; i < names[k].size(); ++i) text[i + 1] = names[k][i];
      text[names[k].size() + 1] = '"';
      for (std::size_t i = 0; i < 16; ++i) {  // little-endian words
        const auto byte = static_cast<std::uint64_t>(static_cast<unsigned char>(text[i]));
        out[k][i / 8] |= byte << (8 * (i % 8));
        if (i < names[k].size() + 2) out[k][2 + i / 8] |= std::uint64_t{0xFF} << (8 * (i % 8));
      }
    }
    return out;
  }();

  std::optional<cited::period> period_;
  std::string_view period_text_;
  std::optional<cited::bound> bound_;
  std::string_view bound_text_;
  std::optional<observation_status> status_;
  std::string_view status_text_;
};

// Reads JSON text into `d`; an error is a json_error with its position. No record of the
// observations is built: each is read into one record, reused, and stored at once, so loading
// takes the text and the dataset and little else. That needs the definitions and sources first:
// with `in_order`, the observations are read where they stand, which is right when no member they
// depend on comes after them (as `to_json` writes); when one does, or an observation is refused
// (it might depend on a later member), loading stops and returns false, and the caller starts
// again with a fresh `d` and `in_order` false, which reads them last.
template <int = 0>
bool load_json(dataset_parts& d, std::string_view text, bool in_order = true) {
  using doc_t = dataset_document;
  constexpr auto names = keys_of<doc_t>();
  const auto index_of = [&](std::string_view name) {
    std::size_t i = 0;
    while (names[i] != name) ++i;
    return i;
  };
  const std::size_t observations = index_of("observations");
  const std::size_t title = index_of("title");
  const std::size_t claims = index_of("claims");

  const text_positions at{text};
  document_loader loader(d, [&](const document_path& where, const std::exception& e) {
    return at.json_error_at(where, e.what());
  });
  doc_t doc;
  json_reader<false> r(text, {});
  bool head_loaded = false;  // the members before the observations are in `d`
  bool start_again = false;
  const char* deferred = nullptr;  // where the observations are, to read last
  const auto load_head = [&] {
    if (doc.format != "cited-dataset/1") {
      throw at.json_error_at(document_path().key("format"),
                             "expected \"cited-dataset/1\", got " + detail::quoted(doc.format));
    }
    loader.load_head(doc);
    head_loaded = true;
  };
  // Reads the observations at r's position: with `load`, each straight into `d`; without, only
  // as JSON, so that a type error among them is found before what they refer to is loaded.
  const auto read_observations = [&](bool load) {
    if (!r.at('[')) return r.template fail_expected<std::vector<observation_record>>(r.p_);
    std::optional<observation_record> record;  // a period has no default
    quick_observation_json quick;
    record_fields fields;
    return r.elements([&](std::size_t i) {
      if (const char* past = quick.read(r.p_, r.end_, fields)) {
        r.p_ = past;
        if (!load || loader.add_quickly(fields)) return true;
        record = fields.record();  // loaded the usual way
      } else if (!r.template read<observation_record>(record)) {
        return false;
      }
      if (!load) return true;
      if (!in_order) {
        loader.load_observation(*record, i);
        return true;
      }
      try {
        loader.load_observation(*record, i);
        return true;
      } catch (const json_error&) {
        start_again = true;  // it may refer to what comes later
        return false;
      }
    });
  };
  const auto own = [&](std::size_t i) -> std::optional<bool> {
    if (i == observations) {
      if (!in_order) {
        deferred = r.p_;
        return read_observations(false);
      }
      try {
        load_head();
      } catch (const json_error&) {
        start_again = true;  // it may refer to what comes later
        return false;
      }
      return read_observations(true);
    }
    if (head_loaded && i != title && i != claims) {
      start_again = true;  // a member the observations may depend on comes after them
      return false;
    }
    return std::nullopt;
  };
  r.ws();
  const bool ok =
      r.at('{') ? r.template object_members<doc_t>(
                      [&](auto I) -> auto& {
                        return doc.*boost::mp11::mp_at_c<field_descriptors<doc_t>, I>::pointer;
                      },
                      own)
                : r.template fail_expected<doc_t>(r.p_);
  if (start_again) return false;
  if (!ok || !r.finish()) throw r.error();
  if (!head_loaded) load_head();
  if (deferred != nullptr) {
    r.p_ = deferred;
    if (!read_observations(true)) {
      r.failure_.add_key(names[observations]);
      throw r.error();
    }
  }
  d.title = doc.title;
  loader.load_claims(doc);
  return true;
}

// A CSV cell of text as `to_csv` writes it: quoted when empty or when it holds a comma, a quote
// or a line break, with quotes doubled. False for text that is not valid UTF-8.
inline bool csv_text_cell(std::string_view text, std::string& out) {
  if (!is_valid_utf8(text)) return false;
  if (!text.empty() && text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(text);
    return true;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return true;
}

// The CSV of the observations of `d` into `out`, as `to_csv(observation_records(d))` writes it,
// the quick way: no records, and the cells of each metric, unit, source and period made once.
// Returns false where `to_csv` would refuse a row (text that is not valid UTF-8, an unnamed
// enumerator); the caller then writes it the generic way, which throws the error.
template <int = 0>
bool write_csv_quickly(const dataset_parts& d, std::string& out) {
  out = "metric,subject,period,value,bound,upper,tolerance,of,unit,status,source\r\n";
  const std::span<const metric_info> metrics = d.registry.metrics();
  std::vector<std::string> metric_cells(metrics.size());
  std::vector<std::string> unit_cells(metrics.size());
  std::vector<bool> metric_done(metrics.size(), false);
  std::vector<std::string> source_cells(d.registry.source_ids().size());
  for (std::size_t i = 0; i < source_cells.size(); ++i) {
    if (!csv_text_cell(d.registry.source_ids()[i], source_cells[i])) return false;
  }
  std::string subject_cell;
  std::string period_cell;
  std::uint32_t period = 0;
  bool have_period = false;
  struct numbers {
    cited::bound bound = cited::bound::exact;
    std::optional<number_text> value, upper, tolerance;
  };
  std::size_t used = out.size();
  for (std::size_t i = 0; i < d.store.size(); ++i) {
    const dataset_store::row& r = d.store.at(i);
    const metric_info& m = d.registry.metric_at(r.metric);
    if (!metric_done[r.metric]) {
      if (!csv_text_cell(m.id, metric_cells[r.metric])) return false;
      if (!csv_text_cell(m.unit, unit_cells[r.metric])) return false;
      metric_done[r.metric] = true;
    }
    std::string_view subject;
    if (r.subject < first_other_subject) {
      subject = country::at_index(static_cast<std::uint16_t>(r.subject))->code();
    } else {
      subject_cell.clear();
      if (!csv_text_cell(d.store.subject_at(r.subject).to_string(), subject_cell)) return false;
      subject = subject_cell;
    }
    if (!have_period || r.period != period) {
      period_cell.clear();
      if (!csv_text_cell(d.store.period_at(r.period).to_string(), period_cell)) return false;
      period = r.period;
      have_period = true;
    }
    numbers n;
    std::optional<std::uint64_t> of;
    const figure f = dataset_store::decode(r, m.kind);
    if (fill_estimate(f, n)) {
    } else if (const auto* k = std::get_if<cited::rank>(&f)) {
      n.value = number_text(std::uint64_t{k->position()});
      if (k->of()) of = *k->of();
    } else {
      const share& s = std::get<share>(f);
      n.value = number_text(std::uint64_t{s.k()});
      of = s.n();
    }
    const std::string_view bound = enum_name(n.bound);
    const std::string_view status = enum_name(static_cast<observation_status>(r.flags & 3));
    if (bound.empty() || status.empty()) return false;
    for (const auto* x : {&n.value, &n.upper, &n.tolerance}) {
      if (*x && (*x)->cut()) return false;
    }
    const std::string_view cells[] = {metric_cells[r.metric], subject, period_cell,
                                      unit_cells[r.metric], source_cells[r.source]};
    std::size_t most = 3 * number_text::max_kept + 20 + bound.size() + status.size() + 12;
    for (const std::string_view c : cells) most += c.size();
    if (out.size() < used + most) out.resize(std::max(out.size() * 2, used + most));
    char* w = out.data() + used;
    const auto put = [&](std::string_view t) {
      std::memcpy(w, t.data(), t.size());
      w += t.size();
    };
    const auto put_number = [&](const std::optional<number_text>& x) {
      if (x) put(x->text());
      *w++ = ',';
    };
    put(cells[0]);
    *w++ = ',';
    put(cells[1]);
    *w++ = ',';
    put(cells[2]);
    *w++ = ',';
    put_number(n.value);
    put(bound);
    *w++ = ',';
    put_number(n.upper);
    put_number(n.tolerance);
    if (of) w = std::to_chars(w, w + 20, *of).ptr;
    *w++ = ',';
    put(cells[3]);
    *w++ = ',';
    put(status);
    *w++ = ',';
    put(cells[4]);
    *w++ = '\r';
    *w++ = '\n';
    used = static_cast<std::size_t>(w - out.data());
  }
  out.resize(used);
  return true;
}

// Text as a JSON string, as `to_json` writes it; false for text that is not valid UTF-8.
inline bool json_string(std::string_view text, std::string& out) {
  bool plain = true;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    plain = plain && u >= 0x20 && u < 0x7F && c != '"' && c != '\\';
  }
  if (plain) {
    out += '"';
    out.append(text);
    out += '"';
    return true;
  }
  try {
    cited::to_json(std::string(text), out);
  } catch (const json_error&) {
    return false;
  }
  return true;
}

// The observations of `d` as the JSON array of their records, as `to_json` writes the member
// `observations` of the document with `options` (the array at depth 1), appended to `out`; the
// quick way: no records, and the strings of each metric, unit, source and period made once.
// False where `to_json` would refuse one (text that is not valid UTF-8, an unnamed enumerator).
template <int = 0>
bool write_observations_json(const dataset_parts& d, const json::write_options& options,
                             std::string& out) {
  const std::size_t indent = options.pretty && options.indent > 0
                                 ? static_cast<std::size_t>(options.indent)
                                 : std::size_t{0};
  const std::string_view colon = options.pretty || options.spaced ? ": " : ":";
  const std::string_view comma = options.spaced && !options.pretty ? ", " : ",";
  // A newline and the indentation of depth 2 (an observation) and 3 (its members).
  const std::string at2 = options.pretty ? '\n' + std::string(2 * indent, ' ') : std::string();
  const std::string at3 = options.pretty ? '\n' + std::string(3 * indent, ' ') : std::string();
  const std::string at1 = options.pretty ? '\n' + std::string(indent, ' ') : std::string();
  // `,` and the newline before each member but the first, then its key.
  std::string keys[11];
  {
    constexpr auto names = keys_of<observation_record>();
    for (std::size_t k = 0; k < names.size(); ++k) {
      if (k != 0) keys[k] = comma;
      keys[k] += at3;
      keys[k] += '"';
      keys[k] += names[k];
      keys[k] += '"';
      keys[k] += colon;
    }
  }
  const std::span<const metric_info> metrics = d.registry.metrics();
  std::vector<std::string> metric_texts(metrics.size());
  std::vector<std::string> unit_texts(metrics.size());
  std::vector<bool> metric_done(metrics.size(), false);
  std::vector<std::string> source_texts(d.registry.source_ids().size());
  for (std::size_t i = 0; i < source_texts.size(); ++i) {
    if (!json_string(d.registry.source_ids()[i], source_texts[i])) return false;
  }
  std::string subject_text;
  std::string period_text;
  std::uint32_t period = 0;
  bool have_period = false;
  struct numbers {
    cited::bound bound = cited::bound::exact;
    std::optional<number_text> value, upper, tolerance;
  };
  out += '[';
  for (std::size_t i = 0; i < d.store.size(); ++i) {
    const dataset_store::row& r = d.store.at(i);
    const metric_info& m = d.registry.metric_at(r.metric);
    if (!metric_done[r.metric]) {
      if (!json_string(m.id, metric_texts[r.metric])) return false;
      if (!json_string(m.unit, unit_texts[r.metric])) return false;
      metric_done[r.metric] = true;
    }
    subject_text.clear();
    if (r.subject < first_other_subject) {
      subject_text += '"';
      subject_text += country::at_index(static_cast<std::uint16_t>(r.subject))->code();
      subject_text += '"';
    } else if (!json_string(d.store.subject_at(r.subject).to_string(), subject_text)) {
      return false;
    }
    if (!have_period || r.period != period) {
      period_text.clear();
      if (!json_string(d.store.period_at(r.period).to_string(), period_text)) return false;
      period = r.period;
      have_period = true;
    }
    numbers n;
    std::optional<std::uint64_t> of;
    const figure f = dataset_store::decode(r, m.kind);
    if (fill_estimate(f, n)) {
    } else if (const auto* k = std::get_if<cited::rank>(&f)) {
      n.value = number_text(std::uint64_t{k->position()});
      if (k->of()) of = *k->of();
    } else {
      const share& s = std::get<share>(f);
      n.value = number_text(std::uint64_t{s.k()});
      of = s.n();
    }
    const std::string_view bound = enum_name(n.bound);
    const std::string_view status = enum_name(static_cast<observation_status>(r.flags & 3));
    if (bound.empty() || status.empty()) return false;
    for (const auto* x : {&n.value, &n.upper, &n.tolerance}) {
      if (*x && (*x)->cut()) return false;
    }
    if (i != 0) out += comma;
    out += at2;
    out += '{';
    // The members in order (the first, metric, always there); an absent optional is left out,
    // or null.
    const auto member = [&](std::size_t k) -> std::string& { return out += keys[k]; };
    const auto optional_number = [&](std::size_t k, const std::optional<number_text>& x) {
      if (!x && options.omit_null_members) return;
      member(k);
      out += x ? x->text() : std::string_view("null");
    };
    member(0) += metric_texts[r.metric];
    member(1) += subject_text;
    member(2) += period_text;
    optional_number(3, n.value);
    member(4) += '"';
    out += bound;
    out += '"';
    optional_number(5, n.upper);
    optional_number(6, n.tolerance);
    if (of || !options.omit_null_members) {
      member(7);
      if (of) {
        char digits[20];
        out.append(digits, std::to_chars(digits, digits + 20, *of).ptr);
      } else {
        out += "null";
      }
    }
    member(8) += unit_texts[r.metric];
    member(9) += '"';
    out += status;
    out += '"';
    member(10) += source_texts[r.source];
    out += at2;
    out += '}';
  }
  if (d.store.size() != 0) out += at1;
  out += ']';
  return true;
}

// The JSON document of `d`, as `to_json(to_document(d), options)` writes it, with the
// observations written the quick way (`write_observations_json`) into the document written
// without them.
template <int = 0>
std::string dataset_json(const dataset_parts& d, const json::write_options& options) {
  const dataset_document head = to_document(d, false);
  std::string text = cited::to_json(head, options);
  if (d.store.size() == 0) return text;
  // The member of the document: the last one so named, since the claims, which alone follow,
  // hold no object with keys of the user's.
  const std::string_view key =
      options.pretty || options.spaced ? "\"observations\": []" : "\"observations\":[]";
  const std::size_t at = text.rfind(key);
  std::string out;
  if (at != std::string::npos) {
    const std::size_t array = at + key.size() - 2;
    out.reserve(text.size() + d.store.size() * (options.pretty ? 220 : 150));
    out.append(text, 0, array);
    if (write_observations_json(d, options, out)) {
      out.append(text, array + 2, std::string::npos);
      return out;
    }
  }
  return cited::to_json(to_document(d), options);  // throws the error
}

template <int = 0>
std::vector<observation_record> observation_records(const dataset_parts& d) {
  std::vector<observation_record> records;
  records.reserve(d.store.size());
  for (std::size_t i = 0; i < d.store.size(); ++i) records.push_back(record_of(d, i));
  return records;
}

// The CSV of observations the quick way, for what `to_csv` writes: the header of
// `observation_record` in its order, and rows whose fields are plain or quoted without `""`.
// Each row is read as `from_csv<observation_record>` reads it and added as `load_csv` adds it.
// Returns false at anything else (another header, a field the generic reader must judge, an
// error), having added some rows perhaps: the caller then loads a fresh copy with `load_csv`,
// which reads the same rows or throws the error with its position.
template <int = 0>
bool load_csv_quickly(dataset_parts& d, std::string_view text) {
  constexpr std::string_view header =
      "metric,subject,period,value,bound,upper,tolerance,of,unit,status,source";
  constexpr std::size_t width = 11;
  const char* p = text.data();
  const char* end = p + text.size();
  if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;  // a byte-order mark
  if (static_cast<std::size_t>(end - p) <= header.size() ||
      std::memcmp(p, header.data(), header.size()) != 0) {
    return false;
  }
  p += header.size();
  if (*p == '\r') ++p;
  if (p == end || *p != '\n') return false;
  ++p;
  // Line breaks after the last row are not rows.
  const char* content_end = end;
  while (content_end != p && (content_end[-1] == '\r' || content_end[-1] == '\n')) --content_end;
  std::uint64_t high = 0;  // the bits of every byte: without 0x80, the text is valid UTF-8
  std::size_t lines = 1;
  for (const char* q = p; q != end;) {
    if (end - q >= 8) {
      std::uint64_t x = 0;
      std::memcpy(&x, q, 8);
      high |= x;
      q += 8;
    } else {
      high |= static_cast<unsigned char>(*q++);
    }
  }
  for (const char* q = p;
       (q = static_cast<const char*>(std::memchr(q, '\n', static_cast<std::size_t>(end - q)))) !=
       nullptr;
       ++q)
    ++lines;
  const bool ascii = (high & 0x8080808080808080u) == 0;
  d.store.reserve(d.store.size() + lines);

  record_adder adder(d);
  record_fields r;
  std::optional<cited::period> period;
  std::string_view cells[width];
  bool quoted[width];
  std::string_view period_text;  // of period
  std::string_view bound_text;   // of r.bound, when have_bound
  std::string_view status_text;
  bool have_bound = false;
  bool have_status = false;
  const auto number = [&](std::size_t i, std::optional<number_text>& out) {
    if (cells[i].empty() && !quoted[i]) {
      out.reset();
      return true;
    }
    if (quoted[i]) return false;
    out = number_text::parse(cells[i]);
    return out.has_value();
  };
  while (p < content_end) {
    // The fields of one row; p ends past its line break.
    for (std::size_t c = 0; c < width; ++c) {
      const char* q = p;
      if (q != end && *q == '"') {
        ++q;
        while (q != end && *q != '"') ++q;
        if (q == end || (q + 1 != end && q[1] == '"')) return false;  // not closed, or a `""`
        cells[c] = std::string_view(p + 1, static_cast<std::size_t>(q - p - 1));
        quoted[c] = true;
        ++q;
      } else {
        while (q != end && *q != ',' && *q != '\r' && *q != '\n' && *q != '"') ++q;
        if (q != end && *q == '"') return false;
        cells[c] = std::string_view(p, static_cast<std::size_t>(q - p));
        quoted[c] = false;
      }
      if (c + 1 < width) {
        if (q == end || *q != ',') return false;
        p = q + 1;
      } else {
        if (q != end) {
          if (*q == '\r') ++q;
          if (q == end || *q != '\n') return false;
          ++q;
        }
        p = q;
      }
      if (!ascii && !is_valid_utf8(cells[c])) return false;
    }
    // metric, subject, period, value, bound, upper, tolerance, of, unit, status, source
    if (!period || cells[2] != period_text) {
      try {
        period = string_form<cited::period>::read(cells[2]);
      } catch (const std::exception&) {
        return false;
      }
      if (!period) return false;
      period_text = cells[2];
      r.period = &*period;
    }
    r.metric = cells[0];
    r.subject = cells[1];
    if (!have_bound || cells[4] != bound_text) {
      const std::optional<cited::bound> b = enum_from_name<cited::bound>(cells[4]);
      if (!b) return false;
      r.bound = *b;
      bound_text = cells[4];
      have_bound = true;
    }
    if (!have_status || cells[9] != status_text) {
      const std::optional<observation_status> status = enum_from_name<observation_status>(cells[9]);
      if (!status) return false;
      r.status = *status;
      status_text = cells[9];
      have_status = true;
    }
    if (!number(3, r.value) || !number(5, r.upper) || !number(6, r.tolerance)) return false;
    if (cells[7].empty() && !quoted[7]) {
      r.of.reset();
    } else {  // a JSON integer of at most 19 digits
      const std::string_view n = cells[7];
      if (quoted[7] || n.empty() || n.size() > 19 || (n[0] == '0' && n.size() > 1)) return false;
      std::uint64_t v = 0;
      for (const char ch : n) {
        if (ch < '0' || ch > '9') return false;
        v = v * 10 + static_cast<std::uint64_t>(ch - '0');
      }
      r.of = v;
    }
    r.unit = cells[8];
    r.source = cells[10];
    if (adder.add(r)) continue;
    try {
      d.add(observation_of(d.registry, r.record()));
    } catch (const std::exception&) {
      return false;
    }
  }
  return true;
}

// Reads CSV rows of observations into `d`; an error is a csv_error with its position.
template <int = 0>
void load_csv(dataset_parts& d, std::string_view text) {
  const text_positions at{text};
  const std::vector<observation_record> records = cited::from_csv<observation_record>(text);
  for (std::size_t i = 0; i < records.size(); ++i) {
    try {
      d.add(observation_of(d.registry, records[i]));
    } catch (const record_error& e) {
      throw at.csv_error_at(i + 2, e.field, e.what());
    } catch (const std::exception& e) {
      throw csv_error(e.what(), i + 2, 0, "");  // the whole row
    }
  }
}

}  // namespace cited::detail

#endif  // CITED_DATASET_IO_HPP
