// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_WORDS_HPP
#define CITED_TEXT_WORDS_HPP

// The ASCII words of a text, lower-cased and joined: the words of an identifier
// ("news_agency" -> "news agency"), a citation key's part ("New York Times" -> "newyorktimes")
// and a slug ("The New York Times" -> "the-new-york-times").

#include <cstddef>
#include <string>
#include <string_view>

namespace cited::detail {

// What ends a word of ascii_words: only a space (other characters that are not letters or digits
// are dropped, within the word), or any character that is not a letter or a digit.
enum class word_break { space, other };

constexpr bool is_ascii_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The ASCII letters and digits of `text`, lower-cased, word by word with `joiner` between two
// words; the first `max_words` words.
//
//     ascii_words("news_agency", word_break::other, " ")             // "news agency"
//     ascii_words("New York Times", word_break::space, "", 1)        // "new"
//     ascii_words("The New York Times", word_break::other, "-")      // "the-new-york-times"
inline std::string ascii_words(std::string_view text, word_break breaks, std::string_view joiner,
                               std::size_t max_words = static_cast<std::size_t>(-1)) {
  std::string out;
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    if (is_ascii_alnum(c)) {
      if (!in_word && words != 0) out += joiner;
      in_word = true;
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (in_word && (breaks == word_break::other || c == ' ')) {
      in_word = false;
      if (++words == max_words) break;
    }
  }
  return out;
}

}  // namespace cited::detail

#endif  // CITED_TEXT_WORDS_HPP
