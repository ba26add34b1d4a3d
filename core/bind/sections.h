// Finds the report's six section headings (一、总体情况 … 六、其他需要报告的事项) through the
// variants real reports use: "3、", "（三）", markdown markers, shortened titles.
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

struct SectionHeading {
  int section = 0;       // the official section (1..6) its title names
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
};

// A format's section titles and keywords as match keys (formats catalogue them: bind/format_catalogue.h).
struct SectionKeys {
  int number = 0;
  std::string title;                  // match key of the official title
  std::vector<char32_t> title_cps;    // its code points, sorted (similarity())
  std::vector<std::string> keywords;  // match keys
};
std::vector<SectionKeys> section_keys(const format::Format& f);

// The headings of an outline's sections, in text order.
std::vector<SectionHeading> find_sections(const read::Document& doc, const text::SourceText& text,
                                          const std::vector<SectionKeys>& sections);

}  // namespace gk::bind
