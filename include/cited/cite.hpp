// Copyright (c) 2026 The cited authors
// SPDX-License-Identifier: BSL-1.0

#ifndef CITED_CITE_HPP
#define CITED_CITE_HPP

/// Citations of a `cited::source`: APA 7 text (`cite`), CSL-JSON (`to_csl_json`), classic BibTeX
/// (`to_bibtex`) and biblatex (`to_biblatex`), with stable citation keys.

#include <cited/cite/apa.hpp>
#include <cited/cite/biblatex.hpp>
#include <cited/cite/bibtex.hpp>
#include <cited/cite/csl_json.hpp>
#include <cited/cite/in_text.hpp>
#include <cited/cite/keys.hpp>

#endif  // CITED_CITE_HPP
