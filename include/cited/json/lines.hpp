// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_JSON_LINES_HPP
#define CITED_JSON_LINES_HPP

/// JSON Lines (one JSON value per line) of a described type, read and written as a stream in
/// constant memory: `cited::json_lines_reader` (chunks pushed in), `cited::read_json_lines` (a
/// `std::istream` or a file, with a callback), `cited::json_lines` (an input range),
/// `cited::json_lines_writer`, `cited::write_json_lines` and `cited::to_json_lines`.
///
/// The format, as read:
/// - Lines end with "\n"; a "\r" before it is whitespace. The last line may end without "\n".
/// - Each line holds exactly one JSON value of the type read, read by the strict reader
///   (`cited::from_json`): a line with two values, or with part of a value (a pretty-printed
///   document), is an error.
/// - A blank line (empty, or only spaces, tabs and "\r") is skipped, and still counted in the
///   line numbers; with `lines_options::skip_blank_lines = false` it is an error.
/// - An error is a `json_error` whose `line()` is the line in the whole input (from 1),
///   `column()` the column in that line, `offset()` the byte offset in the whole input and
///   `path()` the path inside that line's value: `7:31: at $.period: expected a period ...`.
///
/// Memory is one line's text, one value and a read buffer (64 KiB), whatever the number of lines.

#include <cited/json/error.hpp>
#include <cited/json/options.hpp>
#include <cited/json/read.hpp>
#include <cited/json/write.hpp>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <ios>
#include <istream>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace cited::json {

/// How JSON Lines are read.
struct lines_options {
  /// How each line's value is read (unknown keys, nesting depth).
  read_options read = {};
  /// Skip blank lines (empty, or only spaces, tabs and "\r"), which still count in the line
  /// numbers; otherwise a blank line is an error.
  bool skip_blank_lines = true;
};

}  // namespace cited::json

namespace cited::detail {

// What a range-for walks: an array, or a class with begin() and end().
template <class R>
concept iterable = std::is_array_v<std::remove_reference_t<R>> || requires(R& r) {
  r.begin();
  r.end();
};

// Owns a T on the heap, which stays put when the owner moves (a unique_ptr without <memory>).
template <class T>
class owner {
 public:
  explicit owner(T* p) noexcept : p_(p) {}
  owner(owner&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  owner& operator=(owner&& o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~owner() { delete p_; }
  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }

 private:
  T* p_;
};

inline constexpr std::size_t json_lines_buffer_size = std::size_t{1} << 16;

inline bool blank_line(std::string_view line) noexcept {
  for (const char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// Cuts lines out of chunks of text: a line that spans chunks is gathered in `pending`, the one
// buffer that grows with the length of a line (never with their number).
class line_splitter {
 public:
  // The next whole line in `pending` followed by `chunk`, without its "\n"; the chunk is advanced
  // past it. Without a "\n" in `chunk`, keeps it in `pending` and returns nothing.
  std::optional<std::string_view> take(std::string_view& chunk) {
    if (had_line_) {
      pending_.clear();
      had_line_ = false;
    }
    const void* nl = chunk.empty() ? nullptr : std::memchr(chunk.data(), '\n', chunk.size());
    if (nl == nullptr) {
      pending_.append(chunk);
      chunk = {};
      return std::nullopt;
    }
    const auto n = static_cast<std::size_t>(static_cast<const char*>(nl) - chunk.data());
    std::string_view line;
    if (pending_.empty()) {
      line = chunk.substr(0, n);
    } else {
      pending_.append(chunk.data(), n);
      line = pending_;
      had_line_ = true;
    }
    chunk.remove_prefix(n + 1);
    return line;
  }

  // The last line, which had no "\n" after it, or nothing when the input ended with "\n".
  std::optional<std::string_view> take_last() {
    if (had_line_) {
      pending_.clear();
      had_line_ = false;
    }
    if (pending_.empty()) return std::nullopt;
    had_line_ = true;
    return std::string_view(pending_);
  }

 private:
  std::string pending_;
  bool had_line_ = false;  // pending_ holds a line already given out
};

// Reads one line's value into one reused T; errors are placed in the whole input.
template <class T>
class json_line_decoder {
 public:
  explicit json_line_decoder(const json::lines_options& options) : options_(options) {}

  // Reads the next line: false for a skipped blank line; throws json_error.
  bool decode(std::string_view line) {
    const std::size_t number = ++line_;
    const std::size_t start = offset_;
    offset_ += line.size() + 1;
    if (blank_line(line)) {
      if (options_.skip_blank_lines) return false;
      throw json_error("expected a JSON value, got a blank line", "$", start, number, 1);
    }
    json_reader<may_hold_located<T>()> reader(line, options_.read);
    if (!reader.template document<T>(slot_)) {
      const json_error e = reader.error();
      throw json_error(e.reason(), e.path(), start + e.offset(), number, e.column());
    }
    return true;
  }

  T& value() noexcept {
    if constexpr (std::is_same_v<slot_t<T>, T>) {
      return slot_;
    } else {
      return *slot_;
    }
  }
  std::size_t line() const noexcept { return line_; }
  std::size_t offset() const noexcept { return offset_; }

 private:
  json::lines_options options_;
  slot_t<T> slot_{};
  std::size_t line_ = 0;
  std::size_t offset_ = 0;
};

// Calls f(value, line) or f(value).
template <class F, class T>
void call_with_line(F& f, T& value, std::size_t line) {
  if constexpr (std::is_invocable_v<F&, T&, std::size_t>) {
    f(value, line);
  } else {
    f(value);
  }
}

// Passes what `in` holds to feed(chunk), in chunks of json_lines_buffer_size bytes.
template <class Feed>
void read_stream_chunks(std::istream& in, Feed&& feed) {
  std::string buffer(json_lines_buffer_size, '\0');
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(json_lines_buffer_size));
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n != 0) feed(std::string_view(buffer.data(), n));
  }
  if (in.bad()) throw std::ios_base::failure("cannot read JSON Lines: the stream failed");
}

// Passes the file at `path` to feed(chunk), in chunks of json_lines_buffer_size bytes. C stdio,
// not <fstream> and <filesystem>, which add about a third to the cost of including
// <cited/json.hpp>.
template <class Feed>
void read_file_chunks(const std::string& path, Feed&& feed) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    std::string what = "cannot open ";
    what += path;
    throw std::system_error(errno, std::generic_category(), what);
  }
  struct closer {
    std::FILE* f;
    ~closer() { std::fclose(f); }
  } const close{file};
  std::string buffer(json_lines_buffer_size, '\0');
  for (;;) {
    const std::size_t n = std::fread(buffer.data(), 1, json_lines_buffer_size, file);
    if (n != 0) feed(std::string_view(buffer.data(), n));
    if (n < json_lines_buffer_size) break;
  }
  if (std::ferror(file) != 0) {
    std::string what = "cannot read ";
    what += path;
    throw std::system_error(EIO, std::generic_category(), what);
  }
}

}  // namespace cited::detail

namespace cited {

/// Reads JSON Lines of `T` from chunks of text pushed in, which may end anywhere, even inside a
/// line or a UTF-8 sequence: `feed` each chunk, then `finish`. Each value read is passed to
/// `on_value(T&)` or `on_value(T&, std::size_t line)`, which may move from it; the reader keeps
/// one value and reuses it. Throws `json_error` at the first bad line, with its line number in the
/// whole input (see the format in `<cited/json/lines.hpp>`); the lines after it are not read, and
/// the reader is then spent. Memory: the longest line, and one `T`.
///
///     cited::json_lines_reader<point> reader;
///     reader.feed("{\"x\":1,\"y\":2}\n{\"x\"", print);  // prints the first point
///     reader.feed(":3,\"y\":4}", print);
///     reader.finish(print);                            // prints the second
template <class T>
class json_lines_reader {
 public:
  /// A reader at the start of the input.
  explicit json_lines_reader(json::lines_options options = {}) : decoder_(options) {}

  /// Reads the lines that `chunk` completes.
  template <class F>
  void feed(std::string_view chunk, F&& on_value) {
    while (const std::optional<std::string_view> line = lines_.take(chunk)) {
      if (decoder_.decode(*line)) detail::call_with_line(on_value, decoder_.value(), line_number());
    }
  }

  /// Reads the last line when the input did not end with "\n". Call it once, at the end.
  template <class F>
  void finish(F&& on_value) {
    if (const std::optional<std::string_view> line = lines_.take_last()) {
      if (decoder_.decode(*line)) detail::call_with_line(on_value, decoder_.value(), line_number());
    }
  }

  /// The number of the last line read (blank or not), from 1; 0 before the first.
  std::size_t line_number() const noexcept { return decoder_.line(); }

 private:
  detail::line_splitter lines_;
  detail::json_line_decoder<T> decoder_;
};

/// Reads JSON Lines of `T` from `in` to its end, passing each value to `on_value(T&)` or
/// `on_value(T&, std::size_t line)`. Throws `json_error` at the first bad line (the values before
/// it have been passed on), and `std::ios_base::failure` when the stream fails (not at its end).
/// Memory: a 64 KiB buffer, the longest line and one `T`.
///
///     cited::read_json_lines<point>(std::cin, [](const point& p) { sum += p.x; });
template <class T, class F>
void read_json_lines(std::istream& in, F&& on_value, json::lines_options options = {}) {
  json_lines_reader<T> reader(options);
  detail::read_stream_chunks(in, [&](std::string_view chunk) { reader.feed(chunk, on_value); });
  reader.finish(on_value);
}

/// `read_json_lines` on the file at `path` (a `std::filesystem::path` converts to it); throws
/// `std::system_error` when it cannot be opened or read.
template <class T, class F>
void read_json_lines(const std::string& path, F&& on_value, json::lines_options options = {}) {
  json_lines_reader<T> reader(options);
  detail::read_file_chunks(path, [&](std::string_view chunk) { reader.feed(chunk, on_value); });
  reader.finish(on_value);
}

/// JSON Lines of `T` read from a `std::istream` as an input range of `T&` (made by
/// `cited::json_lines`). Each step reads one line; a bad line throws `json_error` from `begin()`
/// or `++`. The stream must outlive the range. Memory: a 64 KiB buffer, the longest line and one
/// `T`.
template <class T>
class json_lines_view {
  struct state {
    state(std::istream& s, const json::lines_options& o)
        : in(&s), buffer(detail::json_lines_buffer_size, '\0'), decoder(o) {}
    std::istream* in;
    std::string buffer;
    std::string_view rest;  // what is left of the buffer
    detail::line_splitter lines;
    detail::json_line_decoder<T> decoder;
    bool at_end = false;     // the stream is read to its end
    bool has_value = false;  // decoder's value is the current element

    // Reads the next value; false at the end of the input.
    bool next() {
      for (;;) {
        if (const std::optional<std::string_view> line = lines.take(rest)) {
          if (decoder.decode(*line)) return true;
          continue;
        }
        if (at_end) {
          const std::optional<std::string_view> last = lines.take_last();
          return last && decoder.decode(*last);
        }
        in->read(buffer.data(), static_cast<std::streamsize>(detail::json_lines_buffer_size));
        rest = std::string_view(buffer.data(), static_cast<std::size_t>(in->gcount()));
        if (!*in) {
          if (in->bad()) throw std::ios_base::failure("cannot read JSON Lines: the stream failed");
          at_end = true;
        }
      }
    }
  };

 public:
  /// The lines of `in`, read as the range is walked.
  explicit json_lines_view(std::istream& in, json::lines_options options = {})
      : state_(new state(in, options)) {}

  /// An input iterator over the values, one line at a time.
  class iterator {
   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    T& operator*() const noexcept { return s_->decoder.value(); }
    T* operator->() const noexcept { return &s_->decoder.value(); }
    iterator& operator++() {
      s_->has_value = s_->next();
      return *this;
    }
    void operator++(int) { ++*this; }
    /// The number of the current value's line in the input, from 1.
    std::size_t line() const noexcept { return s_->decoder.line(); }
    friend bool operator==(const iterator& i, std::default_sentinel_t) noexcept {
      return !i.s_->has_value;
    }

   private:
    friend class json_lines_view;
    explicit iterator(state* s) : s_(s) {}
    state* s_ = nullptr;
  };

  /// Reads the first value. Call once: the range is a single pass over the stream.
  iterator begin() {
    state_->has_value = state_->next();
    return iterator(state_.get());
  }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  detail::owner<state> state_;
};

/// The JSON Lines of `T` in `in`, as an input range (a single pass; see `json_lines_view`).
///
///     for (const point& p : cited::json_lines<point>(file)) sum += p.x;
template <class T>
json_lines_view<T> json_lines(std::istream& in, json::lines_options options = {}) {
  return json_lines_view<T>(in, options);
}

/// Appends `value` to `out` as one line of JSON Lines: its compact JSON and "\n" (`pretty` in
/// `options` is ignored: a line has no newline inside). Throws `json_error` as `to_json` does,
/// leaving `out` as it was.
template <class T>
void append_json_line(std::string& out, const T& value, json::write_options options = {}) {
  options.pretty = false;
  cited::to_json(value, out, options);
  out += '\n';
}

/// Writes values one per line to a `std::ostream`, through a buffer of about 64 KiB that goes out
/// when full, on `flush()` and when the writer is destroyed. Throws `json_error` for a value JSON
/// cannot hold (nothing of it is written) and `std::ios_base::failure` when the stream fails.
///
///     cited::json_lines_writer out(file);
///     for (const point& p : points) out.write(p);
class json_lines_writer {
 public:
  /// A writer to `os`, which must outlive it; `options` as for `to_json` (never pretty).
  explicit json_lines_writer(std::ostream& os, json::write_options options = {})
      : os_(os), options_(options) {
    buffer_.reserve(detail::json_lines_buffer_size + 4096);
  }
  json_lines_writer(const json_lines_writer&) = delete;
  json_lines_writer& operator=(const json_lines_writer&) = delete;
  ~json_lines_writer() {
    if (!buffer_.empty()) os_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  }

  /// Writes one value as a line.
  template <class T>
  json_lines_writer& write(const T& value) {
    append_json_line(buffer_, value, options_);
    if (buffer_.size() >= detail::json_lines_buffer_size) flush();
    return *this;
  }
  /// Writes what is buffered to the stream, and flushes it.
  void flush() {
    os_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    os_.flush();
    if (!os_) throw std::ios_base::failure("cannot write JSON Lines: the stream failed");
  }

 private:
  std::ostream& os_;
  json::write_options options_;
  std::string buffer_;
};

/// Writes each value of `values` as a line to `os`.
template <detail::iterable R>
void write_json_lines(std::ostream& os, R&& values, json::write_options options = {}) {
  json_lines_writer out(os, options);
  for (const auto& v : values) out.write(v);
  out.flush();
}

/// The values of `values` as JSON Lines text, each line ending with "\n".
///
///     cited::to_json_lines(std::vector<point>{{1, 2}, {3, 4}})
///     // {"x":1,"y":2}\n{"x":3,"y":4}\n
template <detail::iterable R>
[[nodiscard]] std::string to_json_lines(R&& values, json::write_options options = {}) {
  std::string out;
  for (const auto& v : values) append_json_line(out, v, options);
  return out;
}

}  // namespace cited

#endif  // CITED_JSON_LINES_HPP
