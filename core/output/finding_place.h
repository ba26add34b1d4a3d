// Where a finding is, in the words a reader names the spot: "表三 ·（七）总计 · 自然人",
// "表二 · 规章 · 本年制发件数", "第六部分标题", "第一部分第 3 段", "第五部分", "报告标题",
// "落款", "全文" (text with neither sections nor tables, no input). Read from the format's labels (the cell a finding names, or the bound table cell
// its span is in) and the report's sections and paragraphs, never from line numbers.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "check.h"
#include "rules/finding.h"

namespace gk::output {

struct Place {
  std::string text;  // what a reader calls it, as above
  // The same spot as the finding's key names it (output/finding_key.h), stable when text
  // elsewhere changes: "applications.results_total.natural", "applications.results_total",
  // "applications", "section.3" (anything in the section but its heading),
  // "section.3.heading", "title", "preamble", "signature", "end", "report".
  std::string anchor;
};

// Indexes a report's tables, sections and paragraphs once; each finding's place is then a
// few binary searches.
class FindingPlaces {
 public:
  explicit FindingPlaces(const CheckResult& r);
  Place of(const rules::Finding& f) const;

 private:
  struct RowAt {
    std::size_t begin, end;  // the row as read (its label and value cells)
    std::size_t table, row;  // into report.tables, spec rows
  };
  struct TableAt {
    std::size_t begin, end;
    const format::TableSpec* first;  // the first format table bound inside, null for none
  };
  Place of_cell(const rules::CellRef& cell) const;
  bool of_table_text(text::Span s, Place& out) const;
  Place of_text(text::Span s) const;

  const CheckResult& r_;
  std::vector<RowAt> rows_;      // by begin
  std::vector<TableAt> tables_;  // by begin
  std::vector<std::size_t> paragraph_begin_;  // of each paragraph
  // For each paragraph, how many paragraphs (as a reader counts them: lines that start one,
  // not a PDF's wrapped lines) begin at or before it.
  std::vector<std::size_t> paragraph_ordinal_;
  std::vector<std::size_t> headings_;  // into report.sections: those naming a section, by begin
};

}  // namespace gk::output
