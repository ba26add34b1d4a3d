// Which of the lines that may head a section (bind/sections.h) are the report's sections:
// one alignment of those lines, in text order, with the format's outline 一 to 六, made once
// for every section rule. Each section is then present, moved (its heading out of order),
// missing (no line for it), and a heading written again is a repeat. Sub-topics of a section
// numbered as if they were the sections that follow it ("一、总体情况", then "二、主动公开" …
// "六、监督保障", then the sections again) and headings numbered off as a whole make the
// outline mis-numbered: one defect, not one per heading.
#pragma once
#include <cstddef>
#include <vector>

#include "bind/sections.h"

namespace gk::bind {

struct Outline {
  // Lines under a section numbered as the sections that follow it ("二、主动公开" under
  // 一、总体情况): the section's sub-topics, numbered as if they were sections.
  std::vector<SectionHeading> subtopics;
  // Headings of sections whose numeral is another section's ("一、主动公开政府信息情况"), in
  // the copy of the report that has the most (bind/outline.cpp: a report pasted twice).
  int misnumbered_headings = 0;
  // The numbering as a whole does not follow 一 to 六: sub-topics numbered as sections, or
  // more than one heading with another section's numeral.
  bool misnumbered() const { return !subtopics.empty() || misnumbered_headings > 1; }
};

struct AlignedOutline {
  std::vector<SectionHeading> headings;  // the sections', moved ones and repeats included, in text order
  Outline outline;
};

// `table_starts[s]`: where the first row of a table of section s begins (npos, or past the
// end, where none is): the last line naming s before it is the likelier heading of s.
AlignedOutline align_outline(std::vector<HeadingLine> lines, const std::vector<std::size_t>& table_starts);

}  // namespace gk::bind
