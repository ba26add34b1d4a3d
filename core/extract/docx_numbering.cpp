#include "extract/docx_numbering.h"

#include <expat.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace gk::extract {

namespace {

// The element's local name ("w:lvl" -> "lvl"): only WordprocessingML elements are read here.
std::string_view local(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

const char* attr(const char** attrs, std::string_view want) {
  for (const char** a = attrs; *a; a += 2)
    if (local(a[0]) == want) return a[1];
  return nullptr;
}

int int_attr(const char** attrs, std::string_view want, int fallback) {
  const char* v = attr(attrs, want);
  return v ? std::atoi(v) : fallback;
}

bool valid_level(int ilvl) { return ilvl >= 0 && ilvl < 9; }

// One pass of expat over a part, calling `start` for each element with the open elements'
// local names above it.
template <typename F>
void each_element(std::string_view xml, F start) {
  if (xml.empty()) return;
  struct State {
    F* start;
    std::vector<std::string> open;
  } state{&start, {}};
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(XML_ParserCreate("UTF-8"),
                                                                                  XML_ParserFree);
  XML_SetUserData(parser.get(), &state);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const char* name, const char** attrs) {
        auto* s = static_cast<State*>(data);
        (*s->start)(local(name), attrs, s->open);
        s->open.emplace_back(local(name));
      },
      [](void* data, const char*) {
        auto* s = static_cast<State*>(data);
        if (!s->open.empty()) s->open.pop_back();
      });
  // A broken part only loses the numbers: what was read before the error stays.
  XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE);
}

const char* const kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

std::string chinese(int n) {
  if (n <= 0 || n >= 100) return std::to_string(n);
  std::string s;
  if (n >= 10) {
    if (n >= 20) s += kDigits[n / 10];
    s += "十";
  }
  if (n % 10 != 0) s += kDigits[n % 10];
  return s;
}

std::string roman(int n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  static const char* const upper_digits[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
  std::string s;
  for (int i = 0; i < 13; ++i)
    for (; n >= values[i]; n -= values[i]) s += upper_digits[i];
  if (!upper)
    for (char& c : s) c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::string format_number(int n, const std::string& format) {
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "chineseLegalSimplified" ||
      format == "japaneseCounting" || format == "taiwaneseCounting" || format == "taiwaneseCountingThousand" ||
      format == "ideographDigital")
    return chinese(n);
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    std::string s;
    for (char c : std::to_string(n)) s += "\xEF\xBC" + std::string(1, static_cast<char>('\x90' + (c - '0')));
    return s;
  }
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) {
      std::string s = "\xE2\x91";  // U+2460 ① ... U+2473 ⑳
      s += static_cast<char>('\xA0' + (n - 1));
      return s;
    }
    return std::to_string(n);
  }
  if (format == "upperLetter" || format == "lowerLetter") {
    if (n <= 0) return std::to_string(n);
    char c = static_cast<char>((format == "upperLetter" ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
  }
  if (format == "upperRoman" || format == "lowerRoman") return roman(n, format == "upperRoman");
  if (format == "none" || format == "bullet") return "";
  return std::to_string(n);  // decimal and formats we do not spell out
}

DocxNumbering::DocxNumbering(std::string_view numbering_xml, std::string_view styles_xml) {
  int abstract = -1, level = -1, num = -1, override_level = -1;
  each_element(numbering_xml, [&](std::string_view name, const char** a, const std::vector<std::string>& open) {
    if (name == "abstractNum") {
      abstract = int_attr(a, "abstractNumId", -1);
      num = -1;
    } else if (name == "num") {
      num = int_attr(a, "numId", -1);
      abstract = -1;
    } else if (name == "lvl" && abstract >= 0) {
      level = int_attr(a, "ilvl", -1);
      if (valid_level(level)) abstract_[abstract][static_cast<std::size_t>(level)].defined = true;
    } else if (name == "lvlOverride" && num >= 0) {
      override_level = int_attr(a, "ilvl", -1);
    } else if (name == "abstractNumId" && num >= 0) {
      abstract_of_[num] = int_attr(a, "val", -1);
    } else if (name == "startOverride" && num >= 0 && valid_level(override_level)) {
      start_override_[num][override_level] = int_attr(a, "val", 1);
    } else if (abstract >= 0 && valid_level(level) && !open.empty() && open.back() == "lvl") {
      Level& l = abstract_[abstract][static_cast<std::size_t>(level)];
      const char* v = attr(a, "val");
      if (v == nullptr) return;
      if (name == "start") l.start = std::atoi(v);
      else if (name == "numFmt") l.format = v;
      else if (name == "lvlText") l.text = v;
    }
  });
  std::string style;
  each_element(styles_xml, [&](std::string_view name, const char** a, const std::vector<std::string>&) {
    if (name == "style") {
      const char* id = attr(a, "styleId");
      style = id ? id : "";
    } else if (!style.empty() && (name == "numId" || name == "ilvl")) {
      auto& entry = style_num_.emplace(style, std::make_pair(0, 0)).first->second;
      (name == "numId" ? entry.first : entry.second) = int_attr(a, "val", 0);
    }
  });
}

std::string DocxNumbering::next(int num_id, int ilvl, const std::string& style) {
  if (num_id < 0 && !style.empty()) {
    auto s = style_num_.find(style);
    if (s == style_num_.end()) return "";
    num_id = s->second.first;
    if (ilvl < 0) ilvl = s->second.second;
  }
  if (ilvl < 0) ilvl = 0;
  if (num_id <= 0 || !valid_level(ilvl)) return "";  // numId 0 switches numbering off
  auto a = abstract_of_.find(num_id);
  if (a == abstract_of_.end()) return "";
  auto levels_it = abstract_.find(a->second);
  if (levels_it == abstract_.end()) return "";
  const Levels& levels = levels_it->second;
  auto start_of = [&](int k) {
    auto o = start_override_.find(num_id);
    if (o != start_override_.end()) {
      auto s = o->second.find(k);
      if (s != o->second.end()) return s->second;
    }
    return levels[static_cast<std::size_t>(k)].start;
  };

  std::array<int, 9>& count = counters_[num_id];
  count[static_cast<std::size_t>(ilvl)] =
      count[static_cast<std::size_t>(ilvl)] == 0 ? start_of(ilvl) : count[static_cast<std::size_t>(ilvl)] + 1;
  for (int k = ilvl + 1; k < 9; ++k) count[static_cast<std::size_t>(k)] = 0;  // deeper levels start over

  const Level& level = levels[static_cast<std::size_t>(ilvl)];
  if (level.format == "bullet" || level.format == "none") return "";
  std::string out;
  const std::string& pattern = level.text;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      int k = pattern[i + 1] - '1';
      int n = count[static_cast<std::size_t>(k)] == 0 ? start_of(k) : count[static_cast<std::size_t>(k)];
      out += format_number(n, levels[static_cast<std::size_t>(k)].format);
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace gk::extract
