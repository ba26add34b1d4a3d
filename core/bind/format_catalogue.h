// The formats a check knows, newest first, each with what binding and the rules derive from
// it (label matchers, header, title, heading and marker keys, row kinds), worked out once
// when the catalogue is made: for the built-in formats once per program. The check hands
// the catalogue to the binder and, in its context, to the rules.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "bind/label.h"
#include "bind/row_matcher.h"
#include "bind/sections.h"
#include "formats/format.h"
#include "read/reader.h"

namespace gk::bind {

struct TableIndex {
  RowMatcher matcher;                    // refers to the table's spec
  std::vector<std::string> header_keys;  // match keys of its header keywords
  std::vector<text::EnumLevel> row_levels;  // the kind of each row (一、 / （一） / 1.), from its label

  explicit TableIndex(const format::TableSpec& spec);
  const format::TableSpec& spec() const { return matcher.spec; }
};

struct FormatIndex {
  std::vector<std::string> marker_keys;  // match keys of its markers
  std::vector<SectionKeys> sections;     // its outline, as headings are matched against it
  std::vector<std::string> row_keys;     // its table rows' labels, never headings (table_row_keys)
  read::HeadingWords heading_words;      // its sections' keywords, as the PDF text reader takes them
  std::vector<TableIndex> tables;        // parallel to Format::tables
};

class FormatCatalogue {
 public:
  // At least one format; their ids and in_force_from years differ.
  explicit FormatCatalogue(std::vector<format::Format> formats);
  FormatCatalogue(const FormatCatalogue&) = delete;  // the indexes refer to the formats
  FormatCatalogue& operator=(const FormatCatalogue&) = delete;

  const std::vector<format::Format>& formats() const { return formats_; }  // newest first
  // The format whose outline headings are sought by before the report's format is known,
  // and that a report without tables is held to: the newest.
  const format::Format& newest() const { return formats_.front(); }
  // The newest format in force for the year, or null before the first.
  const format::Format* in_force(int year) const;
  // An older format in which this row of this table is a single row without items (e.g.
  // （六）其他处理 in 2019), or null.
  const format::Format* older_with_single_row(const format::Format& f, const std::string& table,
                                               const std::string& row) const;

  // f is one of formats(): its place there, and what is derived from it.
  std::size_t position(const format::Format& f) const { return static_cast<std::size_t>(&f - formats_.data()); }
  const FormatIndex& index(const format::Format& f) const { return indexes_[position(f)]; }

 private:
  std::vector<format::Format> formats_;
  std::vector<FormatIndex> indexes_;  // parallel to formats_
};

// The formats of core/formats/*.json, made once.
const FormatCatalogue& built_in_catalogue();

}  // namespace gk::bind
