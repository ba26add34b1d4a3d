// Word's automatic numbering: the "一、" or "（二）" of a numbered paragraph is not in
// document.xml but made from numbering.xml (each list level's start, format and text
// pattern) and a counter per list, as Word counts.
#pragma once
#include <array>
#include <map>
#include <string>
#include <string_view>

namespace gk::extract {

class DocxNumbering {
 public:
  // numbering.xml and styles.xml (either may be empty: no numbering).
  DocxNumbering(std::string_view numbering_xml, std::string_view styles_xml);

  // The number of the next paragraph of list `num_id` at level `ilvl`, counted; a paragraph
  // with no numPr of its own takes its style's (`style`). Empty when it has none.
  std::string next(int num_id, int ilvl, const std::string& style);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
    bool defined = false;
  };
  using Levels = std::array<Level, 9>;
  std::map<int, Levels> abstract_;                  // abstractNumId -> its levels
  std::map<int, int> abstract_of_;                  // numId -> abstractNumId
  std::map<int, std::map<int, int>> start_override_;  // numId -> ilvl -> start
  std::map<std::string, std::pair<int, int>> style_num_;  // styleId -> (numId, ilvl)
  std::map<int, std::array<int, 9>> counters_;      // numId -> count per level (0: not begun)
};

// n in a list format: "decimal" 3 -> "3", "chineseCounting" 12 -> "十二", ...
std::string format_number(int n, const std::string& format);

}  // namespace gk::extract
