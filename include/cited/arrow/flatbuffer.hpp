// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_ARROW_FLATBUFFER_HPP
#define CITED_ARROW_FLATBUFFER_HPP

/// A small FlatBuffers builder, enough for the Arrow IPC metadata (Schema.fbs, Message.fbs,
/// File.fbs): tables with scalar and offset fields, strings, vectors of offsets and vectors of
/// structs. It writes little-endian, back to front as FlatBuffers are built, so that every offset
/// points forward, and pads the finished buffer to a multiple of 8 bytes.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace cited::detail {

// Builds one flatbuffer. An object is known by its `ref`, its distance from the end of the
// buffer, which does not change as more is written in front of it. A table's children (strings,
// vectors, tables) are built before the table; one table is open at a time.
class flatbuffer_builder {
 public:
  using ref = std::uint32_t;

  // The bytes written so far.
  std::size_t size() const noexcept { return buf_.size() - head_; }

  // Pads so that `align` divides the size once `more` further bytes are written.
  void prep(std::size_t align, std::size_t more) {
    if (align > max_align_) max_align_ = align;
    const std::size_t pad = (align - (size() + more) % align) % align;
    if (pad == 0) return;
    room(pad);
    head_ -= pad;
    std::memset(buf_.data() + head_, 0, pad);
  }

  // Writes `v` little-endian in front of what is written, unaligned.
  template <class T>
  void put(T v) {
    static_assert(std::is_arithmetic_v<T>);
    using bits = std::conditional_t<
        sizeof(T) == 8, std::uint64_t,
        std::conditional_t<sizeof(T) == 4, std::uint32_t,
                           std::conditional_t<sizeof(T) == 2, std::uint16_t, std::uint8_t>>>;
    const auto b = std::bit_cast<bits>(v);
    room(sizeof(T));
    head_ -= sizeof(T);
    for (std::size_t i = 0; i < sizeof(T); ++i) {
      buf_[head_ + i] = static_cast<std::uint8_t>(b >> (8 * i));
    }
  }

  // A string: its length, its bytes and a terminating NUL.
  ref string(std::string_view s) {
    prep(4, s.size() + 1);
    put<std::uint8_t>(0);
    room(s.size());
    head_ -= s.size();
    if (!s.empty()) std::memcpy(buf_.data() + head_, s.data(), s.size());
    put(static_cast<std::uint32_t>(s.size()));
    return static_cast<ref>(size());
  }

  // A vector of `count` structs whose little-endian bytes are `bytes`, aligned to `align`.
  ref struct_vector(std::span<const std::uint8_t> bytes, std::size_t count, std::size_t align) {
    prep(4, bytes.size());
    prep(align, bytes.size());
    room(bytes.size());
    head_ -= bytes.size();
    if (!bytes.empty()) std::memcpy(buf_.data() + head_, bytes.data(), bytes.size());
    put(static_cast<std::uint32_t>(count));
    return static_cast<ref>(size());
  }

  // A vector of offsets to objects already built.
  ref offset_vector(std::span<const ref> items) {
    prep(4, 4 * items.size());
    for (std::size_t i = items.size(); i-- > 0;) put_offset(items[i]);
    put(static_cast<std::uint32_t>(items.size()));
    return static_cast<ref>(size());
  }

  void start_table() {
    fields_.clear();
    table_start_ = size();
  }
  // A scalar field (written even when it equals the schema's default).
  template <class T>
  void field(std::uint16_t id, T v) {
    prep(sizeof(T), 0);
    put(v);
    fields_.push_back({id, size()});
  }
  // An offset field, to an object already built.
  void field_offset(std::uint16_t id, ref target) {
    prep(4, 0);
    put_offset(target);
    fields_.push_back({id, size()});
  }
  // Closes the table: writes its offset to its vtable, then the vtable in front of it.
  ref end_table() {
    prep(4, 0);
    put<std::int32_t>(0);
    const std::size_t table = size();
    std::size_t slots = 0;
    for (const auto& f : fields_) slots = f.id + 1u > slots ? f.id + 1u : slots;
    std::vector<std::uint16_t> offsets(slots, 0);
    for (const auto& f : fields_) offsets[f.id] = static_cast<std::uint16_t>(table - f.at);
    for (std::size_t i = slots; i-- > 0;) put(offsets[i]);
    put(static_cast<std::uint16_t>(table - table_start_));
    put(static_cast<std::uint16_t>(2 * (slots + 2)));
    const auto to_vtable = static_cast<std::uint32_t>(size() - table);
    for (std::size_t i = 0; i < 4; ++i) {
      buf_[buf_.size() - table + i] = static_cast<std::uint8_t>(to_vtable >> (8 * i));
    }
    return static_cast<ref>(table);
  }

  // Writes the root offset and returns the buffer, whose size is a multiple of 8.
  std::string finish(ref root) {
    prep(max_align_ < 8 ? 8 : max_align_, 4);
    put_offset(root);
    return {reinterpret_cast<const char*>(buf_.data() + head_), size()};
  }

 private:
  struct field_at {
    std::uint16_t id;
    std::size_t at;
  };

  void put_offset(ref target) { put(static_cast<std::uint32_t>(size() + 4 - target)); }

  void room(std::size_t n) {
    if (head_ >= n) return;
    const std::size_t used = size();
    // Offsets are 32-bit, and a flatbuffer is at most 2 GiB.
    if (n > 0x7fffffffu - used) throw std::length_error("cited: a flatbuffer is at most 2 GiB");
    std::size_t capacity = buf_.size() < 256 ? 256 : 2 * buf_.size();
    while (capacity < used + n) capacity *= 2;
    std::vector<std::uint8_t> bigger(capacity);
    if (used) std::memcpy(bigger.data() + capacity - used, buf_.data() + head_, used);
    buf_.swap(bigger);
    head_ = capacity - used;
  }

  std::vector<std::uint8_t> buf_;
  std::size_t head_ = 0;
  std::size_t max_align_ = 8;
  std::size_t table_start_ = 0;
  std::vector<field_at> fields_;
};

}  // namespace cited::detail

#endif  // CITED_ARROW_FLATBUFFER_HPP
