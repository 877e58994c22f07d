// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_DATASET_REGISTRY_HPP
#define CITED_DATASET_REGISTRY_HPP

/// What a dataset knows by id: metrics, groups, sources (with their works and agents), and the
/// organizations and products named as subjects. `cited::with_builtins` asks for the built-ins.

#include <cited/catalog/groups.hpp>
#include <cited/catalog/seed_metrics.hpp>
#include <cited/cite.hpp>
#include <cited/dataset/definition_store.hpp>
#include <cited/dataset/error.hpp>
#include <cited/fact/subject.hpp>
#include <cited/text/messages.hpp>
#include <cited/text/words.hpp>
#include <cited/value/metric.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace cited {

/// The tag that asks a dataset for the built-ins: the seed article's metrics
/// (`cited::metrics`) and the groups `cited::groups::eu`, `euro_area`, `g7` and `brics`.
///
///     cited::dataset ds{cited::with_builtins};
struct with_builtins_t {
  explicit with_builtins_t() = default;
};
/// See `with_builtins_t`.
inline constexpr with_builtins_t with_builtins{};

namespace detail {

// A lower-case ASCII slug of a name: "The New York Times" -> "the-new-york-times".
inline std::string slug(std::string_view name) {
  std::string out = detail::ascii_words(name, detail::word_break::other, "-");
  return out.empty() ? std::string("agent") : out;
}

// Ids and what they name, in the order added.
template <class T>
using id_list = std::vector<std::pair<std::string, T>>;

template <class Map, class T>
std::optional<std::string> find_id(const Map& ids, const T& value) {
  for (const auto& [id, v] : ids) {
    if (v == value) return id;
  }
  return std::nullopt;
}

template <class T>
const T* find_entry(const id_list<T>& ids, std::string_view id) {
  for (const auto& [k, v] : ids) {
    if (k == id) return &v;
  }
  return nullptr;
}

// Adds `value` under `base`, or `base-2`, `base-3`, ... when that is taken; returns the id.
template <class T>
std::string add_unique(id_list<T>& ids, std::string base, const T& value) {
  std::string id = base;
  for (int n = 2; find_entry(ids, id); ++n) id = base + '-' + std::to_string(n);
  ids.emplace_back(id, value);
  return id;
}

template <class T>
void add_new(std::vector<T>& list, const T& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// The metrics, groups, sources, works, agents, organizations and products a dataset knows.
class dataset_registry {
 public:
  dataset_registry() = default;
  explicit dataset_registry(with_builtins_t) {
    for (const metric_info& m : metrics::builtin) metrics_.push_back(m);
    for (const country_group& g : groups::builtin) {
      groups_.push_back(g);
    }
  }

  // --- metrics ---

  // Makes `m` known, keeping a copy of its text. A metric equal to a known one is harmless; one
  // that differs is refused with both definitions named, `whose` naming the new one ("the type
  // my::peak"). A ratio's parts must be known counts, amounts or numbers; a unit symbol means one
  // unit throughout.
  void add_metric(const metric_info& m, std::string_view whose = "the new definition") {
    if (const metric_info* known = find_metric(m.id)) {
      if (*known == m) return;
      throw definition_mismatch(*known, m, whose);
    }
    check_definition(m);
    if (m.kind == value_kind::ratio) {
      for (const std::string_view part : {m.numerator, m.denominator}) {
        const metric_info* p = find_metric(part);
        if (!p) {
          throw dataset_error(dataset_errc::unknown_metric, std::string(part),
                              "the ratio " + detail::quoted(m.id) + " names unknown metric " +
                                  detail::quoted(part) + "; define it first");
        }
        if (p->kind != value_kind::count && p->kind != value_kind::amount &&
            p->kind != value_kind::number) {
          throw dataset_error(dataset_errc::wrong_figure_kind, std::string(m.id),
                              "the ratio " + detail::quoted(m.id) + " names " +
                                  detail::quoted(part) + ", which is " +
                                  metric_words(*p, definition_detail::kind) +
                                  "; a ratio's parts are counts, amounts or numbers");
        }
      }
    }
    if (m.kind == value_kind::amount) {
      for (const metric_info& other : metrics_) {
        if (other.kind == value_kind::amount && other.unit == m.unit &&
            (other.dimension != m.dimension || other.scale != m.scale)) {
          throw dataset_error(dataset_errc::duplicate_id, std::string(m.id),
                              "the unit " + detail::quoted(m.unit) + " of metric " +
                                  detail::quoted(m.id) + " has " + unit_words(m) +
                                  ", but the dataset's metric " + detail::quoted(other.id) +
                                  " has it with " + unit_words(other));
        }
      }
    }
    if (metrics_.size() >= 0xFFFF) {
      throw dataset_error(dataset_errc::too_large, std::string(m.id), "too many metrics");
    }
    auto owned = std::make_shared<const owned_metric>(m);
    metrics_.push_back(owned->info);
    owned_.push_back(std::move(owned));
  }
  const metric_info* find_metric(std::string_view id) const noexcept {
    for (const metric_info& m : metrics_) {
      if (m.id == id) return &m;
    }
    return nullptr;
  }
  std::span<const metric_info> metrics() const noexcept { return metrics_; }
  // The number of the metric `id`; throws for an unknown one.
  std::uint16_t metric_number(std::string_view id) const {
    if (const metric_info* m = find_metric(id))
      return static_cast<std::uint16_t>(m - metrics_.data());
    throw dataset_error(dataset_errc::unknown_metric, std::string(id),
                        "unknown metric " + detail::quoted(id));
  }
  const metric_info& metric(std::string_view id) const { return metrics_[metric_number(id)]; }
  const metric_info& metric_at(std::uint16_t number) const noexcept { return metrics_[number]; }

  // --- groups ---

  // Makes `g` known, keeping a copy of its memberships; throws if another group has its id.
  void add_group(const country_group& g) {
    if (find_group(g.id())) {
      throw dataset_error(dataset_errc::duplicate_id, std::string(g.id()),
                          "another group has the id " + detail::quoted(g.id()));
    }
    keep_group(g);
  }
  // Makes `g` known unless an equal group is; one that differs is refused with both named.
  void define_group(const country_group& g, std::string_view whose) {
    if (const country_group* known = find_group(g.id())) {
      if (same_group(*known, g)) return;
      throw group_mismatch(*known, g, whose);
    }
    keep_group(g);
  }
  const country_group* find_group(std::string_view id) const noexcept {
    for (const country_group& g : groups_) {
      if (g.id() == id) return &g;
    }
    return nullptr;
  }
  std::span<const country_group> groups() const noexcept { return groups_; }

  // --- sources, works and agents ---

  void add_source(std::string id, cited::provenance chain) {
    detail::check_text(id, "a source id");
    if (const auto it = source_index_.find(id); it != source_index_.end()) {
      if (sources_[it->second] == chain) return;
      throw dataset_error(dataset_errc::duplicate_id, id,
                          "another source has the id " + detail::quoted(id));
    }
    for (const hop& h : chain.hops()) {
      if (h.source) work_id(*h.source);
      if (h.agent) agent_id(*h.agent);
    }
    source_index_.emplace(id, static_cast<std::uint32_t>(sources_.size()));
    source_ids_.push_back(std::move(id));
    sources_.push_back(std::move(chain));
  }
  // The number of the source `id`; throws for an unknown one.
  std::uint32_t source_number(std::string_view id) const {
    const auto it = source_index_.find(std::string(id));
    if (it == source_index_.end()) {
      throw dataset_error(dataset_errc::unknown_source, std::string(id),
                          "unknown source id " + detail::quoted(id));
    }
    return it->second;
  }
  const cited::provenance& source_at(std::uint32_t number) const noexcept {
    return sources_[number];
  }
  const std::vector<std::string>& source_ids() const noexcept { return source_ids_; }

  const id_list<cited::source>& works() const noexcept { return works_; }
  const id_list<cited::agent>& agents() const noexcept { return agents_; }
  // A work or an agent as a document lists it, under its own id.
  void add_work(const std::string& id, const cited::source& w) { works_.emplace_back(id, w); }
  void add_agent(const std::string& id, const cited::agent& a) {
    agents_.emplace_back(id, a);
    if (const auto* o = std::get_if<organization>(&a)) organizations_.push_back(*o);
  }

  // --- subjects ---

  const std::vector<organization>& organizations() const noexcept { return organizations_; }
  const std::vector<product>& products() const noexcept { return products_; }
  void add_product(const product& p) { products_.push_back(p); }

  // Remembers the organizations, products and groups a subject names, so that its text form
  // parses.
  void remember(const cited::subject& s) {
    for (const cited::subject& part : s.parts()) {
      if (const organization* o = part.as_organization()) {
        add_new(organizations_, *o);
      } else if (const product* p = part.as_product()) {
        add_new(products_, *p);
      } else if (part.kind() == subject_kind::group) {  // a region needs no definition
        const country_group* g = part.as_group();
        if (!find_group(g->id())) keep_group(*g);
      }
    }
  }

  // Parses a subject's text form against what is known.
  cited::subject parse_subject(std::string_view text) const {
    if (text.find('+') != std::string_view::npos) {
      std::vector<cited::subject> parts;
      std::size_t start = 0;
      for (;;) {
        const std::size_t plus = text.find('+', start);
        parts.push_back(parse_subject(text.substr(start, plus - start)));
        if (plus == std::string_view::npos) break;
        start = plus + 1;
      }
      return cited::subject::aggregate(std::move(parts));
    }
    if (text.starts_with("group:")) {
      if (const country_group* g = find_group(text.substr(6))) return *g;
      throw unknown_subject(text, "unknown group " + detail::quoted(text.substr(6)));
    }
    if (text.starts_with("region:")) {
      if (const auto r = regions::from_code(text.substr(7))) return *r;
      throw unknown_subject(text,
                            "unknown region " + detail::quoted(text.substr(7)) +
                                "; a region is its three-digit UN M49 code, as in region:150");
    }
    if (text.starts_with("org:")) {
      for (const organization& o : organizations_) {
        if (o.name() == text.substr(4)) return o;
      }
      throw unknown_subject(text, "unknown organization " + detail::quoted(text.substr(4)) +
                                      "; an organization named as a subject must be one of the "
                                      "agents");
    }
    for (const product_kind kind : {product_kind::product, product_kind::system}) {
      const std::string_view prefix = kind == product_kind::system ? "system:" : "product:";
      if (!text.starts_with(prefix)) continue;
      const std::string_view name = text.substr(prefix.size());
      for (const product& p : products_) {
        if (p.kind() == kind && p.name() == name) return p;
      }
      throw unknown_subject(text,
                            "unknown " + std::string(enum_name(kind)) + ' ' + detail::quoted(name));
    }
    if (auto c = string_form<country>::read(text)) return *c;
    throw unknown_subject(
        text,
        "expected a subject: a country code such as \"CN\", group:<id>, "
        "region:<M49 code>, org:<name>, product:<name>, system:<name>, or such subjects joined by "
        "'+'; got " +
            detail::quoted(text));
  }

 private:
  static dataset_error unknown_subject(std::string_view text, const std::string& what) {
    return dataset_error(dataset_errc::unknown_subject, std::string(text), what);
  }

  void keep_group(const country_group& g) {
    auto owned = std::make_shared<const owned_group>(g);
    groups_.push_back(owned->view);
    owned_.push_back(std::move(owned));
  }

  // The id of a work, given one (a citation key, made unique) if it has none.
  std::string work_id(const cited::source& s) {
    if (auto id = find_id(works_, s)) return *id;
    return add_unique(works_, citation_key(s), s);
  }
  std::string agent_id(const cited::agent& a) {
    if (auto id = find_id(agents_, a)) return *id;
    if (const auto* o = std::get_if<organization>(&a)) add_new(organizations_, *o);
    return add_unique(agents_, detail::slug(cited::to_string(a)), a);
  }

  // Views: of static text for the built-ins, else of the copies in owned_, which are immutable and
  // shared by copies of the registry.
  std::vector<metric_info> metrics_;
  std::vector<country_group> groups_;
  std::vector<std::shared_ptr<const void>> owned_;
  std::vector<organization> organizations_;
  std::vector<product> products_;
  id_list<cited::source> works_;
  id_list<cited::agent> agents_;
  std::vector<std::string> source_ids_;
  std::vector<cited::provenance> sources_;
  std::unordered_map<std::string, std::uint32_t> source_index_;
};

}  // namespace detail

}  // namespace cited

#endif  // CITED_DATASET_REGISTRY_HPP
