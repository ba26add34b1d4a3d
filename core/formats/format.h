// The official report formats, from the JSON files in core/formats/ that the build embeds.
// Adding a revision of the format is adding a data file.
#pragma once
#include <string>
#include <vector>

namespace gk {

// What a value cell may hold: a count (non-negative integer), an amount (non-negative,
// decimals allowed, e.g. 万元) or a change (a signed integer, 本年增/减).
enum class CellKind { Count, Amount, Change };

struct ColumnSpec {
  std::string id;
  std::string label;
  std::string group;  // the merged header above it, e.g. 法人或其他组织
  CellKind kind = CellKind::Count;
};

struct RowSpec {
  std::string id;
  std::string label;                  // the official label
  std::vector<std::string> variants;  // other labels real reports use for this row
  int parent = -1;                    // index of the group row this row belongs to
  std::vector<int> children;          // rows whose parent this is
  bool unlabeled = false;             // a row of values under the header (表四), no label
};

struct TableSpec {
  std::string id;
  std::string name;
  int section = 0;
  std::vector<ColumnSpec> columns;
  std::vector<RowSpec> rows;
  std::vector<std::string> header_keywords;  // header words that announce an unlabeled row

  int row_index(const std::string& id) const;     // -1 if absent
  int column_index(const std::string& id) const;  // -1 if absent
};

// term sums on both sides must agree: sum(lhs) == sum(rhs), for each row or each column.
struct IdentitySpec {
  std::string rule;
  std::string table;
  bool for_each_row = true;  // terms are columns, checked on every row; else the reverse
  std::vector<std::string> lhs;
  std::vector<std::string> rhs;
  std::string anchor;   // the term a failure is reported at (the stated total)
  // What expected/actual give: the value the anchor would need ("anchor"), or, where no
  // single term is the total (一+二 = 三（七）+四), the two sides' sums ("sides").
  bool report_sides = false;
  std::string message;  // template: {row} {column} {expected} {actual} {lhs_sum} {rhs_sum} {rhs_labels}
};

struct SectionSpec {
  int number = 0;                     // 1..6: 一 .. 六
  std::string title;                  // the official heading without its numeral
  std::vector<std::string> keywords;  // words that identify the heading in real reports
};

struct Format {
  std::string id;
  std::string title;
  int in_force_from = 0;
  std::vector<std::string> markers;  // labels only this format uses; they tell formats apart
  std::vector<SectionSpec> sections;
  std::vector<TableSpec> tables;
  std::vector<IdentitySpec> identities;

  const TableSpec* table(const std::string& id) const;
};

// An older format in which this row of this table is a single row without items (e.g.
// （六）其他处理 in 2019), or null.
const Format* older_format_with_single_row(const Format& f, const std::string& table, const std::string& row);

// Every known format, newest first: the format files, embedded and checked by the build
// (formats/embed_formats.cmake), read once.
const std::vector<Format>& formats();

}  // namespace gk
