// Section headings found in the text: numbered ones, and unnumbered lines that are a title
// word for word (blanks, quotes and full-width forms aside) — and nothing that only
// resembles one.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check.h"

namespace {

std::vector<int> sections_of(const std::string& text) {
  auto r = gk::check_text(text, "t.txt");
  std::vector<int> out;
  for (const gk::bind::SectionHeading& h : r->report.sections) out.push_back(h.section);
  return out;
}

}  // namespace

TEST_CASE("an unnumbered line that is a title word for word is that section's heading", "[sections]") {
  const std::string body = "本机关认真贯彻落实条例。\n";
  CHECK(sections_of("总体情况\n" + body + "主动公开政府信息情况\n" + body) == std::vector<int>{1, 2});
  // Blanks of any kind, quotes and full-width forms do not matter, as in match_key.
  CHECK(sections_of("总体　情况\n" + body + "“主动公开政府信息情况”\n" + body) == std::vector<int>{1, 2});
  CHECK(sections_of("政府信息公开行政复议，行政诉讼情况\n" + body) == std::vector<int>{});
  CHECK(sections_of("政府信息公开行政复议、行政诉讼情况\n" + body) == std::vector<int>{4});
}

TEST_CASE("a line that only resembles a title, or holds more, is not a heading", "[sections]") {
  const std::string body = "本机关认真贯彻落实条例。\n";
  CHECK(sections_of("总体情况良好\n" + body).empty());
  CHECK(sections_of("主动公开政府信息\n" + body).empty());
  CHECK(sections_of("情况总体\n" + body).empty());
}
