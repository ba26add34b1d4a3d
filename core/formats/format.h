// The official report formats as typed data: the JSON files in core/formats/, turned into
// C++ that fills these structs by the build (formats/generate_formats.py, which checks them).
// Adding a revision of the format is adding a data file.
#pragma once
#include <string>
#include <vector>

namespace gk::format {

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
  std::string name;          // its title in the format, e.g. 第二十条第（一）项
  std::string short_name;    // what readers call it, e.g. 表三
  int section = 0;
  bool column_titles_without_group = false;  // findings name a column by its label alone
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
  std::vector<int> lhs_terms;  // lhs and rhs as indexes: columns when for_each_row, else rows
  std::vector<int> rhs_terms;
  std::string anchor;   // the term a failure is reported at (the stated total)
  // What expected/actual give: the value the anchor would need ("anchor"), or, where no
  // single term is the total (一+二 = 三（七）+四), the two sides' sums ("sides").
  bool report_sides = false;
  std::string message;  // template: {row} {column} {expected} {actual} {lhs_sum} {rhs_sum} {rhs_labels}
};

// A topic a section's text must cover (section.content), and the words that cover it.
struct TopicSpec {
  std::string name;                // as the format names it, e.g. 政府信息管理
  std::vector<std::string> words;  // the name and the close variants real reports write
};

struct SectionSpec {
  int number = 0;                     // 1..6: 一 .. 六
  std::string title;                  // the official heading without its numeral
  std::vector<std::string> keywords;  // words that identify the heading in real reports
  std::vector<TopicSpec> topics;      // what its text must cover, none when the format says nothing
};

// A figure of the tables: the sum of some rows' cells in these columns (a group row that
// carries no values of its own stands for the sum of its items).
struct FigureSpec {
  std::string id;    // as text_figures names it
  std::string name;  // how a message names it: 表四“行政复议·总计”
  std::string table;
  std::vector<std::string> rows;
  std::vector<std::string> columns;
};

// A figure the running text states by name, a count in 件 just after one of its words
// ("予以公开 120 件") or just before one of its words_after ("103 件结转下年度").
struct StatedFigure {
  FigureSpec figure;
  std::vector<std::string> words;        // the count comes after them
  std::vector<std::string> words_after;  // the count comes first
  std::string context;                   // stated only after this word, the nearest of all contexts
  std::vector<FigureSpec> percent_of;    // a percentage beside the count is of one of these
};

// The figures the running text is compared with (text.table-mismatch, text.contradiction);
// a table that is not named binds to nothing, and the text is not compared with it.
struct TextFigures {
  FigureSpec applications_received;    // 本年新收 …申请
  FigureSpec applications_carried_in;  // 上年结转 (受理 may count it too)
  FigureSpec applications_carried_out; // 结转下年度 (all settled is said only when it is 0)
  FigureSpec review_cases;             // 行政复议
  FigureSpec suit_cases;               // 行政诉讼
  FigureSpec fees;                     // 表二 行政事业性收费 (an amount)
  std::vector<StatedFigure> stated;
};

// The rows cross.carry-over compares: this year's carried_in with last year's carried_out.
struct CarryOverSpec {
  std::string table;
  std::string carried_in;
  std::string carried_out;
};

// The columns cross.in-force reads, for every row of `table`: this year's in_force must be
// last year's in_force + this year's issued − this year's repealed. Empty table: none.
struct InForceSpec {
  std::string table;
  std::string issued;
  std::string repealed;
  std::string in_force;
};

struct Format {
  std::string id;
  std::string title;
  int in_force_from = 0;
  bool fee_statement_due = false;    // 六、 must say what 信息处理费 was collected
  std::vector<std::string> markers;  // labels only this format uses; they tell formats apart
  std::vector<SectionSpec> sections;  // the outline: its six sections
  std::vector<TableSpec> tables;
  std::vector<IdentitySpec> identities;
  TextFigures text_figures;
  CarryOverSpec carry_over;
  InForceSpec in_force;

  const TableSpec* table(const std::string& id) const;
};

// The formats of the files in core/formats/, in file order (generated by the build).
std::vector<Format> built_in_formats();

}  // namespace gk::format
