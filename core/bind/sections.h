// Finds the lines that may head the report's six sections (一、总体情况 … 六、其他需要报告的事项)
// through the variants real reports use: "3、", "（三）", markdown markers, shortened titles;
// and the short lines numbered as sections are ("四、平台建设"), whose titles name none.
// Which of them are the sections is decided once, by aligning them with the outline
// (bind/outline.h).
#pragma once
#include <string>
#include <vector>

#include "formats/format.h"
#include "read/document.h"

namespace gk::bind {

enum class NumberStyle {
  None,          // no numeral at all
  ChineseComma,  // 三、 (the official style)
  ChineseOther,  // 三. 三， 三 followed by a space
  Arabic,        // 3、 3. 3．
  Paren,         // （三） or (3)
};

// What a heading is, once aligned with the outline (bind/outline.h): the section's
// heading; a section's heading out of its place; or a section's heading written again.
enum class HeadingRole { Section, Moved, Repeated };

struct SectionHeading {
  int section = 0;       // the official section (1..6) its title names, 0 for none
  int written = 0;       // the number as written, 0 if none
  NumberStyle style = NumberStyle::None;
  text::Span span;       // the whole heading line
  text::Span numeral;    // the numbering as written ("3、"), empty when none
  text::Span title;      // the title words
  bool exact_title = false;
  std::size_t paragraph = 0;  // index into Document::paragraphs
  std::size_t block = 0;      // index into Document::blocks
  // The first heading of another copy of the report's sections: the headings start over
  // and repeat, in order, sections the copy before had (a report pasted twice).
  bool copy_start = false;
  HeadingRole role = HeadingRole::Section;
};

// A line that may head a section, with how well its title names it.
struct HeadingLine {
  SectionHeading heading;
  double similarity = 0;  // of its title to the section's official title
  bool keyword = false;   // its title holds one of the section's keywords
  bool heads_table = false;  // the last line naming its section before the section's table (bind/outline.cpp)
};

// A format's section titles and keywords as match keys (formats catalogue them: bind/format_catalogue.h).
struct SectionKeys {
  int number = 0;
  std::string title;                  // match key of the official title
  std::vector<char32_t> title_cps;    // its code points, sorted (similarity())
  std::vector<std::string> keywords;  // match keys
};
std::vector<SectionKeys> section_keys(const format::Format& f);

// The lines that may head an outline's sections, and the short lines numbered in the
// sections' style ("二、", "三."), in text order. A line whose title is one of the format's
// table rows (`row_keys`, match keys without their numerals: "本年新收政府信息公开申请数量")
// is a table row read as a paragraph, never a heading.
std::vector<HeadingLine> find_heading_lines(const read::Document& doc, const text::SourceText& text,
                                            const std::vector<SectionKeys>& sections,
                                            const std::vector<std::string>& row_keys);

// The format's table row labels as match keys without their numerals (row_keys above).
std::vector<std::string> table_row_keys(const format::Format& f);

}  // namespace gk::bind
