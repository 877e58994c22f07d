#!/usr/bin/env bash
# Copyright (c) 2026 The cited authors
# SPDX-License-Identifier: BSL-1.0
#
# tests/check_layers.sh [include-dir]: fails when a header of include/cited/ includes a cited
# header of a higher layer, or another folder's detail/. A header's folder is its layer, lowest
# first (an entry header <cited/X.hpp> is on the layer of its folder X/):
#
#   0 config.hpp, version.hpp, catalog/data/   plain records and build facts
#   1 text/                                    UTF-8, numbers, dates, messages
#   2 reflect/                                 names, hashing, forms
#   3 json/                                    the JSON codec
#   4 csv/                                     the CSV codec
#   5 value/                                   countries, groups, periods, counts, amounts, ...
#   6 source/                                  agents, sources, provenance
#   7 cite/                                    APA, CSL-JSON, BibTeX
#   8 catalog/                                 the named built-ins
#   9 fact/                                    subjects, figures, observations, claims
#  10 format/, fmt.hpp, format.hpp             formatters for fmt and std::format (opt-in)
#  11 dataset/                                 registry, store, queries, checks, document, io
#  12 report/                                  the fact sheet: model, text, Markdown, HTML, SVG
#  12 arrow/                                   Arrow IPC: FlatBuffers, columns, file and stream
#  13 cited.hpp                                everything
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/../include" && pwd)}"

rank() {  # path below include/, such as cited/json/read.hpp
  local p="${1#cited/}"
  case "$p" in
    config.hpp | version.hpp | catalog/data/*) echo 0 ;;
    text.hpp | text/*) echo 1 ;;
    reflect.hpp | reflect/*) echo 2 ;;
    json.hpp | json/*) echo 3 ;;
    csv.hpp | csv/*) echo 4 ;;
    value.hpp | value/*) echo 5 ;;
    source.hpp | source/*) echo 6 ;;
    cite.hpp | cite/*) echo 7 ;;
    catalog.hpp | catalog/*) echo 8 ;;
    fact.hpp | fact/*) echo 9 ;;
    fmt.hpp | format.hpp | format/*) echo 10 ;;
    dataset.hpp | dataset/*) echo 11 ;;
    report.hpp | report/* | arrow.hpp | arrow/*) echo 12 ;;
    cited.hpp) echo 13 ;;
    *) echo unknown ;;
  esac
}

folder() {  # the folder of a header below cited/; for an entry header X.hpp, X
  local p="${1#cited/}"
  [[ "$p" == */* ]] && echo "${p%/*}" || echo "${p%.hpp}"
}

status=0
checked=0
while IFS= read -r file; do
  header="${file#"$root"/}"
  own=$(rank "$header")
  if [ "$own" = unknown ]; then
    echo "$file: not in a known layer folder (see the table in $0)"
    status=1
    continue
  fi
  while IFS=: read -r line target; do
    checked=$((checked + 1))
    theirs=$(rank "$target")
    if [ "$theirs" = unknown ]; then
      echo "$file:$line: includes <$target>, which is in no layer"
      status=1
    elif [ "$theirs" -gt "$own" ]; then
      echo "$file:$line: <$header> (layer $own) includes <$target> (layer $theirs), a higher layer"
      status=1
    fi
    if [[ "$target" == */detail/* ]]; then
      owner="${target%%/detail/*}"
      if [[ "$(folder "$header")" != "${owner#cited/}"* ]]; then
        echo "$file:$line: <$header> includes <$target>, the detail/ of another folder"
        status=1
      fi
    fi
  done < <(grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*<cited/' "$file" |
    sed -E 's/^([0-9]+):.*<(cited\/[^>]+)>.*/\1:\2/')
done < <(find "$root/cited" -name '*.hpp' | sort)

if [ "$status" -eq 0 ]; then
  echo "layers: $checked includes of cited headers checked, none goes up a layer"
fi
exit "$status"
