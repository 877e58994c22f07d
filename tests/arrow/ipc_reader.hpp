// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TESTS_ARROW_IPC_READER_HPP
#define CITED_TESTS_ARROW_IPC_READER_HPP

// A small reader of Arrow IPC bytes for the tests, written from the format's specification
// (Schema.fbs, Message.fbs, File.fbs) and independent of cited's writer: FlatBuffers tables read
// through their vtables, encapsulated messages, the file's footer and blocks. Every read is
// bounds-checked and throws `std::runtime_error` saying what is out of place.

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipc_reader {

// A little-endian integer at `at` of `bytes`.
template <class T>
T load(std::string_view bytes, std::size_t at) {
  if (at > bytes.size() || bytes.size() - at < sizeof(T)) {
    throw std::runtime_error("read of " + std::to_string(sizeof(T)) + " bytes at " +
                             std::to_string(at) + " past the end (" + std::to_string(bytes.size()) +
                             " bytes)");
  }
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i) {
    v |= std::uint64_t{static_cast<unsigned char>(bytes[at + i])} << (8 * i);
  }
  T out;
  if constexpr (sizeof(T) == 8) {
    std::memcpy(&out, &v, 8);
  } else {
    out = static_cast<T>(v);
  }
  return out;
}

// A FlatBuffers table: its position in the buffer, found through a root or an offset field.
struct table {
  std::string_view buf;
  std::size_t at = 0;

  // The root table of a flatbuffer.
  static table root(std::string_view buf) { return {buf, load<std::uint32_t>(buf, 0)}; }

  // Where field `id` lies, or 0 when the vtable does not have it.
  std::size_t field(std::uint16_t id) const {
    const auto to_vtable = load<std::int32_t>(buf, at);
    const auto vtable = static_cast<std::size_t>(static_cast<std::int64_t>(at) - to_vtable);
    const auto vtable_size = load<std::uint16_t>(buf, vtable);
    if (4u + 2u * id >= vtable_size) return 0;
    const auto offset = load<std::uint16_t>(buf, vtable + 4 + 2 * id);
    return offset ? at + offset : 0;
  }
  bool has(std::uint16_t id) const { return field(id) != 0; }
  template <class T>
  T scalar(std::uint16_t id, T fallback) const {
    const std::size_t f = field(id);
    return f ? load<T>(buf, f) : fallback;
  }
  // The object an offset field points to.
  std::size_t target(std::uint16_t id) const {
    const std::size_t f = field(id);
    if (!f) throw std::runtime_error("a table lacks offset field " + std::to_string(id));
    return f + load<std::uint32_t>(buf, f);
  }
  table child(std::uint16_t id) const { return {buf, target(id)}; }
  std::string string(std::uint16_t id) const {
    const std::size_t s = target(id);
    const auto n = load<std::uint32_t>(buf, s);
    if (s + 4 + n + 1 > buf.size() || buf[s + 4 + n] != '\0') {
      throw std::runtime_error("a string overruns the buffer or lacks its NUL");
    }
    return std::string(buf.substr(s + 4, n));
  }
  // A vector: the position of its first element and its length.
  std::size_t vector_start(std::uint16_t id) const { return target(id) + 4; }
  std::size_t vector_size(std::uint16_t id) const {
    return has(id) ? load<std::uint32_t>(buf, target(id)) : 0;
  }
  // Element `i` of a vector of tables.
  table table_at(std::uint16_t id, std::size_t i) const {
    const std::size_t e = vector_start(id) + 4 * i;
    return {buf, e + load<std::uint32_t>(buf, e)};
  }
};

// A field of a schema.
struct field {
  std::string name;
  bool nullable = false;
  std::uint8_t type = 0;  // the Type union's tag: 2 Int, 3 FloatingPoint, 5 Utf8, 8 Date
  table type_table;
  bool dictionary = false;
  std::int64_t dictionary_id = -1;
  std::size_t children = 0;
};

struct schema {
  std::int16_t endianness = -1;
  std::vector<field> fields;
  std::vector<std::pair<std::string, std::string>> metadata;

  std::string meta(std::string_view key) const {
    for (const auto& [k, v] : metadata) {
      if (k == key) return v;
    }
    throw std::runtime_error("no metadata key " + std::string(key));
  }
};

inline schema read_schema(const table& t) {
  schema out;
  out.endianness = t.scalar<std::int16_t>(0, 0);
  for (std::size_t i = 0; i < t.vector_size(1); ++i) {
    const table f = t.table_at(1, i);
    field x;
    x.name = f.string(0);
    x.nullable = f.scalar<std::uint8_t>(1, 0) != 0;
    x.type = f.scalar<std::uint8_t>(2, 0);
    x.type_table = f.child(3);
    if (f.has(4)) {
      x.dictionary = true;
      const table d = f.child(4);
      x.dictionary_id = d.scalar<std::int64_t>(0, 0);
      const table index = d.child(1);
      if (index.scalar<std::int32_t>(0, 0) != 32 || index.scalar<std::uint8_t>(1, 0) != 1) {
        throw std::runtime_error("field " + x.name + ": dictionary indices are not int32");
      }
    }
    if (!f.has(5)) throw std::runtime_error("field " + x.name + " has no children vector");
    x.children = f.vector_size(5);
    out.fields.push_back(std::move(x));
  }
  for (std::size_t i = 0; i < t.vector_size(2); ++i) {
    const table kv = t.table_at(2, i);
    out.metadata.emplace_back(kv.string(0), kv.string(1));
  }
  return out;
}

struct buffer {
  std::int64_t offset;
  std::int64_t length;
};
struct node {
  std::int64_t length;
  std::int64_t null_count;
};

struct record_batch {
  std::int64_t length = 0;
  std::vector<node> nodes;
  std::vector<buffer> buffers;
};

inline record_batch read_record_batch(const table& t) {
  record_batch out;
  out.length = t.scalar<std::int64_t>(0, 0);
  for (std::size_t i = 0; i < t.vector_size(1); ++i) {
    const std::size_t e = t.vector_start(1) + 16 * i;
    if (e % 8 != 0) throw std::runtime_error("a FieldNode is not 8-byte aligned");
    out.nodes.push_back({load<std::int64_t>(t.buf, e), load<std::int64_t>(t.buf, e + 8)});
  }
  for (std::size_t i = 0; i < t.vector_size(2); ++i) {
    const std::size_t e = t.vector_start(2) + 16 * i;
    if (e % 8 != 0) throw std::runtime_error("a Buffer is not 8-byte aligned");
    out.buffers.push_back({load<std::int64_t>(t.buf, e), load<std::int64_t>(t.buf, e + 8)});
  }
  return out;
}

// One encapsulated message: where it starts, its metadata flatbuffer and its body.
struct message {
  std::size_t offset = 0;
  std::size_t metadata_length = 0;  // the marker, the length and the flatbuffer
  std::string_view metadata;        // the flatbuffer
  std::string_view body;
  std::int16_t version = 0;
  std::uint8_t header_type = 0;  // 1 Schema, 2 DictionaryBatch, 3 RecordBatch
  table header;
};

// The message at `at`, which must start with the continuation marker; `end` is set to the first
// byte after it. Returns false at the end-of-stream marker.
inline bool read_message(std::string_view bytes, std::size_t at, message& out, std::size_t& end) {
  if (load<std::uint32_t>(bytes, at) != 0xFFFFFFFFu) {
    throw std::runtime_error("no continuation marker at " + std::to_string(at));
  }
  const auto size = load<std::int32_t>(bytes, at + 4);
  if (size == 0) {
    end = at + 8;
    return false;
  }
  if (size < 0 || static_cast<std::size_t>(size) > bytes.size() - at - 8) {
    throw std::runtime_error("a message's metadata overruns the bytes");
  }
  out.offset = at;
  out.metadata_length = 8 + static_cast<std::size_t>(size);
  out.metadata = bytes.substr(at + 8, static_cast<std::size_t>(size));
  const table m = table::root(out.metadata);
  out.version = m.scalar<std::int16_t>(0, 0);
  out.header_type = m.scalar<std::uint8_t>(1, 0);
  out.header = m.child(2);
  const auto body_length = static_cast<std::size_t>(m.scalar<std::int64_t>(3, 0));
  const std::size_t body_at = at + out.metadata_length;
  if (body_length > bytes.size() - body_at) throw std::runtime_error("a body overruns the bytes");
  out.body = bytes.substr(body_at, body_length);
  end = body_at + body_length;
  return true;
}

// The messages of a stream that starts at `at`, up to its end-of-stream marker; `end` is set to
// the first byte after the marker.
inline std::vector<message> read_stream(std::string_view bytes, std::size_t at, std::size_t& end) {
  std::vector<message> out;
  message m;
  while (read_message(bytes, at, m, at)) out.push_back(m);
  end = at;
  return out;
}

// File.fbs's Block.
struct block {
  std::int64_t offset;
  std::int32_t metadata_length;
  std::int64_t body_length;
};

struct footer {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::int16_t version = 0;
  table schema_table;
  std::vector<block> dictionaries;
  std::vector<block> record_batches;
};

// The footer of an IPC file: it checks the magic at both ends.
inline footer read_footer(std::string_view file) {
  if (file.size() < 8 + 10 || file.substr(0, 8) != std::string_view("ARROW1\0\0", 8) ||
      file.substr(file.size() - 6) != "ARROW1") {
    throw std::runtime_error("the file does not start with ARROW1 and padding, or end with ARROW1");
  }
  footer out;
  const auto length = load<std::int32_t>(file, file.size() - 10);
  if (length <= 0 || static_cast<std::size_t>(length) > file.size() - 18) {
    throw std::runtime_error("the footer length is out of range");
  }
  out.length = static_cast<std::size_t>(length);
  out.offset = file.size() - 10 - out.length;
  const std::string_view fb = file.substr(out.offset, out.length);
  const table t = table::root(fb);
  out.version = t.scalar<std::int16_t>(0, 0);
  out.schema_table = t.child(1);
  const auto blocks = [&](std::uint16_t id) {
    std::vector<block> v;
    for (std::size_t i = 0; i < t.vector_size(id); ++i) {
      const std::size_t e = t.vector_start(id) + 24 * i;
      if ((out.offset + e) % 8 != 0) throw std::runtime_error("a Block is not 8-byte aligned");
      v.push_back({load<std::int64_t>(fb, e), load<std::int32_t>(fb, e + 8),
                   load<std::int64_t>(fb, e + 16)});
    }
    return v;
  };
  out.dictionaries = blocks(2);
  out.record_batches = blocks(3);
  return out;
}

// A body buffer's bytes.
inline std::string_view bytes_of(const message& m, const buffer& b) {
  if (b.offset < 0 || b.length < 0 ||
      static_cast<std::size_t>(b.offset + b.length) > m.body.size()) {
    throw std::runtime_error("a buffer overruns its body");
  }
  return m.body.substr(static_cast<std::size_t>(b.offset), static_cast<std::size_t>(b.length));
}

// The checks every reader relies on, for the messages of a stream: each starts at a multiple of
// 8 with the continuation marker, its metadata and body lengths are multiples of 8, it is of
// metadata version V5, and each body buffer starts at a multiple of 8 and lies in the body.
inline void check_messages(const std::vector<message>& messages) {
  for (const message& m : messages) {
    CAPTURE(m.offset);
    CHECK(m.offset % 8 == 0);
    CHECK(m.metadata_length % 8 == 0);
    CHECK(m.body.size() % 8 == 0);
    CHECK(m.version == 4);
    if (m.header_type == 2 || m.header_type == 3) {
      const record_batch b = read_record_batch(m.header_type == 3 ? m.header : m.header.child(1));
      for (const buffer& x : b.buffers) {
        CHECK(x.offset % 8 == 0);
        CHECK(x.offset + x.length <= static_cast<std::int64_t>(m.body.size()));
      }
    }
  }
}

// What a file or a stream holds, read by the functions above.
struct contents {
  schema fields;
  std::map<std::int64_t, std::vector<std::string>> dictionaries;  // by id
  record_batch batch;
  message batch_message;
  std::size_t batches = 0;
};

// The strings of a dictionary batch: a Utf8 array of int32 offsets.
inline std::vector<std::string> utf8_values(const message& m, const record_batch& b) {
  REQUIRE(b.nodes.size() == 1);
  REQUIRE(b.buffers.size() == 3);
  const std::string_view offsets = bytes_of(m, b.buffers[1]);
  const std::string_view data = bytes_of(m, b.buffers[2]);
  const auto n = static_cast<std::size_t>(b.nodes[0].length);
  REQUIRE(offsets.size() == 4 * (n + 1));
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) {
    const auto from = load<std::int32_t>(offsets, 4 * i);
    const auto to = load<std::int32_t>(offsets, 4 * i + 4);
    REQUIRE(0 <= from);
    REQUIRE(from <= to);
    REQUIRE(static_cast<std::size_t>(to) <= data.size());
    out.emplace_back(
        data.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)));
  }
  return out;
}

// Reads the messages of a stream (the schema, then dictionaries, then record batches).
inline contents read_contents(const std::vector<message>& messages) {
  contents out;
  REQUIRE(!messages.empty());
  REQUIRE(messages[0].header_type == 1);
  out.fields = read_schema(messages[0].header);
  for (std::size_t i = 1; i < messages.size(); ++i) {
    const message& m = messages[i];
    if (m.header_type == 2) {
      CHECK(out.batches == 0);  // dictionaries before record batches
      const std::int64_t id = m.header.scalar<std::int64_t>(0, -1);
      out.dictionaries[id] = utf8_values(m, read_record_batch(m.header.child(1)));
    } else {
      REQUIRE(m.header_type == 3);
      out.batch = read_record_batch(m.header);
      out.batch_message = m;
      ++out.batches;
    }
  }
  return out;
}

// The file's structure: the magic, the footer, its blocks against the messages they point to, and
// the stream inside; returns what it holds.
inline contents read_file(std::string_view file) {
  const footer f = read_footer(file);
  CHECK(f.offset % 8 == 0);
  CHECK(f.version == 4);
  std::size_t end = 0;
  const std::vector<message> messages = read_stream(file, 8, end);
  CHECK(end == f.offset);  // the stream, with its end-of-stream marker, then the footer
  check_messages(messages);
  std::vector<const message*> dictionaries;
  std::vector<const message*> batches;
  for (const message& m : messages) {
    if (m.header_type == 2) dictionaries.push_back(&m);
    if (m.header_type == 3) batches.push_back(&m);
  }
  const auto check_blocks = [](const std::vector<block>& blocks,
                               const std::vector<const message*>& found) {
    REQUIRE(blocks.size() == found.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      CHECK(blocks[i].offset == static_cast<std::int64_t>(found[i]->offset));
      CHECK(blocks[i].metadata_length == static_cast<std::int32_t>(found[i]->metadata_length));
      CHECK(blocks[i].body_length == static_cast<std::int64_t>(found[i]->body.size()));
    }
  };
  check_blocks(f.dictionaries, dictionaries);
  check_blocks(f.record_batches, batches);
  contents out = read_contents(messages);
  const schema in_footer = read_schema(f.schema_table);
  REQUIRE(in_footer.fields.size() == out.fields.fields.size());
  for (std::size_t i = 0; i < in_footer.fields.size(); ++i) {
    CHECK(in_footer.fields[i].name == out.fields.fields[i].name);
    CHECK(in_footer.fields[i].type == out.fields.fields[i].type);
  }
  CHECK(in_footer.metadata == out.fields.metadata);
  return out;
}

// A stream's structure: it ends with the end-of-stream marker and nothing after it.
inline contents read_stream_bytes(std::string_view stream) {
  std::size_t end = 0;
  const std::vector<message> messages = read_stream(stream, 0, end);
  CHECK(end == stream.size());
  CHECK(stream.substr(stream.size() - 8) == std::string_view("\xFF\xFF\xFF\xFF\0\0\0\0", 8));
  check_messages(messages);
  return read_contents(messages);
}

// Column `i` of the record batch: its validity bitmap and values buffers.
inline std::string_view validity_of(const contents& c, std::size_t i) {
  return bytes_of(c.batch_message, c.batch.buffers.at(2 * i));
}
inline std::string_view values_of(const contents& c, std::size_t i) {
  return bytes_of(c.batch_message, c.batch.buffers.at(2 * i + 1));
}
// Whether value `row` of column `i` is known (every value, without a bitmap).
inline bool known(const contents& c, std::size_t i, std::size_t row) {
  const std::string_view bits = validity_of(c, i);
  if (bits.empty()) return true;
  return (static_cast<unsigned char>(bits.at(row / 8)) >> (row % 8)) & 1u;
}

}  // namespace ipc_reader

#endif  // CITED_TESTS_ARROW_IPC_READER_HPP
