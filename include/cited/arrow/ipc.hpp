// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_ARROW_IPC_HPP
#define CITED_ARROW_IPC_HPP

/// The Arrow IPC stream and file formats (Arrow columnar format 1.0, metadata version V5), written
/// from a `cited::arrow::table` with no Arrow or FlatBuffers library: a schema message, one
/// dictionary batch per dictionary-encoded column, one record batch and the end-of-stream marker;
/// the file format adds the magic `ARROW1` at both ends and a footer that locates the batches.

#include <cited/arrow/columns.hpp>
#include <cited/arrow/flatbuffer.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace cited::detail {

// Where a message lies in an IPC file: File.fbs's Block.
struct ipc_block {
  std::int64_t offset;
  std::int32_t metadata_length;  // the continuation marker, the length and the padded flatbuffer
  std::int64_t body_length;
};

// One buffer of a message body.
struct ipc_buffer {
  const void* data;
  std::size_t size;
};

// One FieldNode of a record batch: a column's length and null count.
struct ipc_node {
  std::size_t length;
  std::size_t null_count;
};

inline std::size_t ipc_pad8(std::size_t n) noexcept { return (n + 7) & ~std::size_t{7}; }

// The flatbuffer enumerations used (Schema.fbs, Message.fbs).
inline constexpr std::int16_t ipc_metadata_v5 = 4;
inline constexpr std::uint8_t ipc_header_schema = 1;
inline constexpr std::uint8_t ipc_header_dictionary_batch = 2;
inline constexpr std::uint8_t ipc_header_record_batch = 3;

// Little-endian bytes of a sequence of 64-bit integers (FieldNode, Buffer and Block structs).
inline void ipc_put64(std::vector<std::uint8_t>& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// An Int type table.
inline flatbuffer_builder::ref ipc_int_type(flatbuffer_builder& b, std::int32_t bits,
                                            bool is_signed) {
  b.start_table();
  b.field<std::int32_t>(0, bits);
  b.field<std::uint8_t>(1, is_signed ? 1 : 0);
  return b.end_table();
}

// A Field's type table; `tag` is its Type union tag.
inline flatbuffer_builder::ref ipc_type(flatbuffer_builder& b, arrow::value_type t,
                                        std::uint8_t& tag) {
  using arrow::value_type;
  switch (t) {
    case value_type::int32:
      tag = 2;
      return ipc_int_type(b, 32, true);
    case value_type::int64:
      tag = 2;
      return ipc_int_type(b, 64, true);
    case value_type::uint64:
      tag = 2;
      return ipc_int_type(b, 64, false);
    case value_type::float64:
      tag = 3;
      b.start_table();
      b.field<std::int16_t>(0, 2);  // Precision DOUBLE
      return b.end_table();
    case value_type::date32:
      tag = 8;
      b.start_table();
      b.field<std::int16_t>(0, 0);  // DateUnit DAY (the default is MILLISECOND)
      return b.end_table();
    case value_type::utf8:
      break;
  }
  tag = 5;  // Utf8, an empty table
  b.start_table();
  return b.end_table();
}

// A Field: its name, nullable, its type, its dictionary encoding (dictionary columns) and no
// children (an empty vector, which some readers require).
inline flatbuffer_builder::ref ipc_field(flatbuffer_builder& b, const arrow::column& c,
                                         std::int64_t dictionary_id) {
  const auto type = std::visit([](const auto& x) { return x.type; }, c);
  const std::string& name =
      std::visit([](const auto& x) -> const std::string& { return x.name(); }, c);
  const auto name_ref = b.string(name);
  std::uint8_t tag = 0;
  const auto type_ref = ipc_type(b, type, tag);
  flatbuffer_builder::ref dictionary = 0;
  if (std::holds_alternative<arrow::dictionary_column>(c)) {
    const auto index_type = ipc_int_type(b, 32, true);
    b.start_table();
    b.field<std::int64_t>(0, dictionary_id);
    b.field_offset(1, index_type);
    b.field<std::uint8_t>(2, 0);  // not ordered
    dictionary = b.end_table();
  }
  const auto children = b.offset_vector({});
  b.start_table();
  b.field_offset(0, name_ref);
  b.field<std::uint8_t>(1, 1);  // nullable
  b.field<std::uint8_t>(2, tag);
  b.field_offset(3, type_ref);
  if (dictionary) b.field_offset(4, dictionary);
  b.field_offset(5, children);
  return b.end_table();
}

// The Schema table: endianness, fields and custom metadata.
inline flatbuffer_builder::ref ipc_schema(flatbuffer_builder& b, const arrow::table& t) {
  std::vector<flatbuffer_builder::ref> fields;
  std::int64_t dictionaries = 0;
  for (const arrow::column& c : t.columns) {
    const bool encoded = std::holds_alternative<arrow::dictionary_column>(c);
    fields.push_back(ipc_field(b, c, encoded ? dictionaries++ : 0));
  }
  const auto fields_ref = b.offset_vector(fields);
  std::vector<flatbuffer_builder::ref> pairs;
  for (const auto& [key, value] : t.metadata) {
    const auto k = b.string(key);
    const auto v = b.string(value);
    b.start_table();
    b.field_offset(0, k);
    b.field_offset(1, v);
    pairs.push_back(b.end_table());
  }
  const auto metadata_ref = b.offset_vector(pairs);
  b.start_table();
  b.field<std::int16_t>(0, std::endian::native == std::endian::big ? 1 : 0);
  b.field_offset(1, fields_ref);
  b.field_offset(2, metadata_ref);
  return b.end_table();
}

// A RecordBatch table; `buffers` are the body's buffers, each placed at a multiple of 8.
inline flatbuffer_builder::ref ipc_record_batch(flatbuffer_builder& b, std::size_t length,
                                                std::span<const ipc_node> nodes,
                                                std::span<const ipc_buffer> buffers) {
  std::vector<std::uint8_t> bytes;
  for (const ipc_node& n : nodes) {
    ipc_put64(bytes, n.length);
    ipc_put64(bytes, n.null_count);
  }
  const auto nodes_ref = b.struct_vector(bytes, nodes.size(), 8);
  bytes.clear();
  std::size_t at = 0;
  for (const ipc_buffer& x : buffers) {
    ipc_put64(bytes, at);
    ipc_put64(bytes, x.size);
    at += ipc_pad8(x.size);
  }
  const auto buffers_ref = b.struct_vector(bytes, buffers.size(), 8);
  b.start_table();
  b.field<std::int64_t>(0, static_cast<std::int64_t>(length));
  b.field_offset(1, nodes_ref);
  b.field_offset(2, buffers_ref);
  return b.end_table();
}

// A Message flatbuffer with header `header` (of union tag `tag`) and a body of `body_length`.
inline std::string ipc_message(flatbuffer_builder& b, std::uint8_t tag,
                               flatbuffer_builder::ref header, std::size_t body_length) {
  b.start_table();
  b.field<std::int64_t>(3, static_cast<std::int64_t>(body_length));
  b.field_offset(2, header);
  b.field<std::int16_t>(0, ipc_metadata_v5);
  b.field<std::uint8_t>(1, tag);
  return b.finish(b.end_table());
}

inline std::size_t ipc_body_length(std::span<const ipc_buffer> buffers) {
  std::size_t n = 0;
  for (const ipc_buffer& x : buffers) n += ipc_pad8(x.size);
  return n;
}

// Writes the IPC messages of a table to `sink` (a callable taking a std::string_view), counting
// the bytes and noting where each batch lies, for a file's footer.
template <class Sink>
class ipc_writer {
 public:
  explicit ipc_writer(Sink& sink) : sink_(sink) {}

  void raw(std::string_view s) {
    sink_(s);
    at_ += s.size();
  }
  void int32(std::uint32_t v) {
    const char bytes[4] = {static_cast<char>(v), static_cast<char>(v >> 8),
                           static_cast<char>(v >> 16), static_cast<char>(v >> 24)};
    raw({bytes, 4});
  }

  // An encapsulated message: the continuation marker, the metadata's length, the metadata (its
  // flatbuffer, a multiple of 8 bytes), then the body, each buffer padded to 8 bytes.
  ipc_block message(const std::string& metadata, std::span<const ipc_buffer> body) {
    const ipc_block block{static_cast<std::int64_t>(at_),
                          static_cast<std::int32_t>(8 + metadata.size()),
                          static_cast<std::int64_t>(ipc_body_length(body))};
    int32(0xFFFFFFFFu);
    int32(static_cast<std::uint32_t>(metadata.size()));
    raw(metadata);
    static constexpr char zeros[8] = {};
    for (const ipc_buffer& x : body) {
      if (x.size) raw({static_cast<const char*>(x.data), x.size});
      if (const std::size_t pad = ipc_pad8(x.size) - x.size) raw({zeros, pad});
    }
    return block;
  }

  // The schema, the dictionaries and the record batch, then the end-of-stream marker.
  void write(const arrow::table& t) {
    const std::size_t rows = t.rows();
    {
      flatbuffer_builder b;
      const auto schema = ipc_schema(b, t);
      message(ipc_message(b, ipc_header_schema, schema, 0), {});
    }
    std::int64_t id = 0;
    for (const arrow::column& c : t.columns) {
      if (const auto* d = std::get_if<arrow::dictionary_column>(&c)) dictionary(*d, id++);
    }
    std::vector<ipc_node> nodes;
    std::vector<ipc_buffer> buffers;
    for (const arrow::column& c : t.columns) {
      std::visit(
          [&](const auto& x) {
            nodes.push_back({x.size(), x.null_count()});
            const auto bits = x.validity().bits();
            buffers.push_back({bits.data(), x.null_count() ? bits.size() : 0});
            if constexpr (std::is_same_v<std::decay_t<decltype(x)>, arrow::dictionary_column>) {
              buffers.push_back({x.indices().data(), x.indices().size_bytes()});
            } else {
              buffers.push_back({x.values().data(), x.values().size_bytes()});
            }
          },
          c);
    }
    flatbuffer_builder b;
    const auto batch = ipc_record_batch(b, rows, nodes, buffers);
    batches_.push_back(
        message(ipc_message(b, ipc_header_record_batch, batch, ipc_body_length(buffers)), buffers));
    int32(0xFFFFFFFFu);  // end of stream: the continuation marker and a length of 0
    int32(0);
  }

  // A file's footer, its length and the closing magic.
  void footer(const arrow::table& t) {
    flatbuffer_builder b;
    const auto schema = ipc_schema(b, t);
    const auto blocks = [&](const std::vector<ipc_block>& v) {
      std::vector<std::uint8_t> bytes;
      for (const ipc_block& x : v) {
        ipc_put64(bytes, static_cast<std::uint64_t>(x.offset));
        ipc_put64(bytes, static_cast<std::uint32_t>(x.metadata_length));  // then 4 bytes of padding
        ipc_put64(bytes, static_cast<std::uint64_t>(x.body_length));
      }
      return b.struct_vector(bytes, v.size(), 8);
    };
    const auto dictionaries = blocks(dictionaries_);
    const auto batches = blocks(batches_);
    b.start_table();
    b.field_offset(1, schema);
    b.field_offset(2, dictionaries);
    b.field_offset(3, batches);
    b.field<std::int16_t>(0, ipc_metadata_v5);
    const std::string bytes = b.finish(b.end_table());
    raw(bytes);
    int32(static_cast<std::uint32_t>(bytes.size()));
    raw("ARROW1");
  }

 private:
  // A DictionaryBatch: the column's distinct strings as a Utf8 array (no validity bitmap, int32
  // offsets, the bytes).
  void dictionary(const arrow::dictionary_column& c, std::int64_t id) {
    std::vector<std::int32_t> offsets{0};
    std::string bytes;
    for (const std::string& s : c.dictionary()) {
      bytes += s;
      offsets.push_back(static_cast<std::int32_t>(bytes.size()));
    }
    const ipc_node node{c.dictionary().size(), 0};
    const ipc_buffer buffers[] = {
        {nullptr, 0}, {offsets.data(), offsets.size() * 4}, {bytes.data(), bytes.size()}};
    flatbuffer_builder b;
    const auto data = ipc_record_batch(b, node.length, {&node, 1}, buffers);
    b.start_table();
    b.field<std::int64_t>(0, id);
    b.field_offset(1, data);
    b.field<std::uint8_t>(2, 0);  // not a delta
    const auto batch = b.end_table();
    dictionaries_.push_back(message(
        ipc_message(b, ipc_header_dictionary_batch, batch, ipc_body_length(buffers)), buffers));
  }

  Sink& sink_;
  std::size_t at_ = 0;
  std::vector<ipc_block> dictionaries_;
  std::vector<ipc_block> batches_;
};

// About the size of a table's IPC bytes, to reserve them at once: its buffers, dictionaries and
// metadata (twice, for a file's footer), plus room for the flatbuffers.
inline std::size_t ipc_size_hint(const arrow::table& t) {
  std::size_t n = 4096;
  for (const auto& [key, value] : t.metadata) n += 2 * (key.size() + value.size() + 64);
  for (const arrow::column& c : t.columns) {
    n += 1024;
    std::visit(
        [&](const auto& x) {
          n += ipc_pad8(x.validity().bits().size());
          if constexpr (std::is_same_v<std::decay_t<decltype(x)>, arrow::dictionary_column>) {
            n += ipc_pad8(x.indices().size_bytes()) + 4 * x.dictionary().size() + 8;
            for (const std::string& s : x.dictionary()) n += s.size();
          } else {
            n += ipc_pad8(x.values().size_bytes());
          }
        },
        c);
  }
  return n;
}

}  // namespace cited::detail

namespace cited::arrow {

/// Writes `t` in the Arrow IPC stream format to `out`: the schema, one dictionary batch per
/// dictionary column, one record batch with every row, and the end-of-stream marker. Throws
/// `std::invalid_argument` when the columns' lengths differ.
inline void write_stream(const table& t, std::ostream& out) {
  auto sink = [&out](std::string_view s) {
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
  };
  detail::ipc_writer<decltype(sink)> w(sink);
  w.write(t);
}

/// `t` in the Arrow IPC stream format, as bytes.
inline std::string to_stream(const table& t) {
  std::string out;
  out.reserve(detail::ipc_size_hint(t));
  auto sink = [&out](std::string_view s) { out += s; };
  detail::ipc_writer<decltype(sink)> w(sink);
  w.write(t);
  return out;
}

/// Writes `t` in the Arrow IPC file format (`.arrow`, Feather V2) to `out`: `ARROW1` and two
/// bytes of padding, the stream, then the footer (the schema and where each batch lies), its
/// length as a little-endian int32 and `ARROW1`.
inline void write_file(const table& t, std::ostream& out) {
  auto sink = [&out](std::string_view s) {
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
  };
  static_cast<void>(t.rows());  // columns of different lengths throw before a byte is written
  detail::ipc_writer<decltype(sink)> w(sink);
  w.raw(std::string_view("ARROW1\0\0", 8));
  w.write(t);
  w.footer(t);
}

/// `t` in the Arrow IPC file format, as bytes.
///
///     cited::arrow::table t;
///     t.columns.emplace_back(cited::arrow::float64_column("x"));
///     std::string bytes = cited::arrow::to_file(t);  // starts and ends with "ARROW1"
inline std::string to_file(const table& t) {
  std::string out;
  out.reserve(detail::ipc_size_hint(t));
  auto sink = [&out](std::string_view s) { out += s; };
  detail::ipc_writer<decltype(sink)> w(sink);
  w.raw(std::string_view("ARROW1\0\0", 8));
  w.write(t);
  w.footer(t);
  return out;
}

}  // namespace cited::arrow

#endif  // CITED_ARROW_IPC_HPP
