// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_TEXT_HPP
#define CITED_TEXT_HPP

/// The text layer's entry: UTF-8, numbers both ways, dates and the text of error messages, which
/// the JSON and CSV codecs and the value classes share. Internal (`cited::detail`).

#include <cited/text/dates.hpp>
#include <cited/text/digits.hpp>
#include <cited/text/markup.hpp>
#include <cited/text/messages.hpp>
#include <cited/text/numbers.hpp>
#include <cited/text/readable.hpp>
#include <cited/text/utf8.hpp>
#include <cited/text/words.hpp>

#endif  // CITED_TEXT_HPP
