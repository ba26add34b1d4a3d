// Every rule's descriptor (rules/rule.h): an id, a severity, its page in docs/rules/, a hook,
// message templates; and every message the corpus, the fixtures and the bad inputs draw from
// a rule is one of its templates, with each {placeholder} filled in.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bind/format_catalogue.h"
#include "check.h"
#include "unit/narrative_report.h"
#include "formats/format.h"
#include "rules/findings.h"
#include "rules/rule.h"

namespace {

namespace fs = std::filesystem;

const fs::path kRoot = fs::path(GKCHECK_CORPUS_DIR).parent_path().parent_path();

struct Template {
  std::string name;
  std::string text;
};

// The rule's templates: its own, and for a sum rule those the formats declare for its identities.
std::vector<Template> templates_of(const gk::rules::Rule& rule) {
  std::vector<Template> out;
  for (const gk::rules::MessageTemplate& m : rule.messages) out.push_back({m.name, m.text});
  if (rule.per_identity != nullptr)
    for (const gk::format::Format& f : gk::bind::built_in_catalogue().formats())
      for (std::size_t k = 0; k < f.identities.size(); ++k)
        if (f.identities[k].rule == rule.id)
          out.push_back({f.title + " identity " + std::to_string(k), f.identities[k].message});
  return out;
}

// The names of the template's placeholders, in order ("" when a brace is left open).
std::vector<std::string> placeholders(const std::string& text) {
  std::vector<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    std::size_t close = text.find('}', open);
    names.push_back(close == std::string::npos ? "" : text.substr(open + 1, close - open - 1));
  }
  return names;
}

// A pattern the filled-in message matches: the words as written, each placeholder some
// non-empty text, and a placeholder used twice the same text both times.
std::regex pattern(const std::string& text) {
  std::string re;
  std::map<std::string, int> group;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '{') {
      std::size_t close = text.find('}', i);
      std::string name = text.substr(i + 1, close - i - 1);
      auto it = group.find(name);
      if (it == group.end()) {
        group.emplace(name, static_cast<int>(group.size()) + 1);
        re += "([\\s\\S]+?)";
      } else {
        re += "(?:\\" + std::to_string(it->second) + ")";
      }
      i = close + 1;
      continue;
    }
    const char c = text[i++];
    if (std::string("\\^$.|?*+()[]{}/-").find(c) != std::string::npos) re += '\\';
    re += c;
  }
  return std::regex(re);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `text` with the first `from` replaced by `to` (appended when `from` is empty).
std::string edited(std::string text, const std::string& from, const std::string& to) {
  if (from.empty()) return text + to;
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Seed 004 changed in one place each, for the messages the corpus does not give.
std::vector<std::string> mutants() {
  const std::string seed = read_file(kRoot / "tests/corpus/seeds/004_e326ba0ba3be1f76.txt");
  const std::string zeros = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";
  const std::pair<std::string, std::string> edits[] = {
      // section.duplicate, section.empty
      {"", "\n\n一、总体情况\n\n无\n"},
      {"五、存在的主要问题及改进情况", "存在的主要问题及改进情况"},  // section.numbering
      // meta.year: the 统计期限, a malformed year, the year 总体情况 opens with
      {"（三）政府信息管理。", "本报告统计期限为2022年1月1日至12月31日，202020年。（三）政府信息管理。"},
      {"2023 年，北关区乡村振兴局坚持", "2022年，北关区乡村振兴局坚持"},
      {"2023 年，北关区乡村振兴局坚持", "2020年，北关区乡村振兴局坚持"},
      {"", "\n北关区乡村振兴局\n2025年3月5日\n"},  // meta.year, meta.deadline
      {"共有 55 条", "共有 56 条"},               // text.stated-total
      {"三是信息公布", "四是信息公布"},            // text.enumeration
      {"（三）政府信息管理。",                      // text.placeholder
       "（三）政府信息管理。由负责人XXX同志于X月X日填报，网址：【填写网址】，此处输入内容，签字：______。"},
      {"本年制发件数", "本年新制作数量"},          // format.outdated
      {"行政强制\t0\t\t\n", ""},                // table.row-missing
      {zeros, "1\t0\t0\t0\t0\t1\t0\t0\t0\t0\t1\t0\t0\t0\t0"},  // sum.review-total
      {"本年度，本机关未收取信息公开处理费。", "无"},  // meta.fee-statement
      // sum.suggested-fix for one cell: 一·自然人 1 breaks its row and its column's balance
      {"一、本年新收政府信息公开申请数量\t\t0\t", "一、本年新收政府信息公开申请数量\t\t1\t"},
  };
  std::vector<std::string> out;
  for (const auto& [from, to] : edits) out.push_back(edited(seed, from, to));
  // Seed 004's tables changed in a few rows at once: blank cells and rows off by one value
  // read against the sums (its tables hold only zeros).
  const std::string received = "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";
  const std::string carried_in = "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";
  const std::string disclosed = "(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t";
  const std::string partly = "不计其他情形）\t0\t";
  const std::string results_total = "(七) 总计\t0\t0\t0\t0\t0\t0\t0\t\t";
  auto rows = [](std::string r, const std::string& values) { return r.substr(0, r.find('\t')) + values; };
  const std::string one = "\t1\t0\t0\t0\t0\t0\t1\t";
  const std::vector<std::vector<std::pair<std::string, std::string>>> together = {
      {{"规章\t0\t0\t0", "规章\t/\t0\t0"}},  // table.cell-missing, a table with no sums
      {{received, rows(received, "\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t")}},  // table.column-count, two too many
      // table.column-count: a stray 0 after 总计; the same with 总计 wrong; table.split-cell: 12 as “1” “2”
      {{received, rows(received, "\t\t1\t0\t0\t0\t0\t0\t1\t0\t")}, {disclosed, rows(disclosed, one)},
       {results_total, rows(results_total, one + "\t")}},
      {{received, rows(received, "\t\t1\t0\t0\t0\t0\t0\t2\t0\t")}, {disclosed, rows(disclosed, one)},
       {results_total, rows(results_total, one + "\t")}},
      {{received, rows(received, "\t1\t0\t0\t0\t0\t1")}, {disclosed, rows(disclosed, one)},  // one value fewer
       {results_total, rows(results_total, one + "\t")}},
      {{received, rows(received, "\t\t1\t2\t0\t0\t0\t0\t0\t12\t")},
       {disclosed, rows(disclosed, "\t12\t0\t0\t0\t0\t0\t12\t")},
       {results_total, rows(results_total, "\t12\t0\t0\t0\t0\t0\t12\t\t")}},
      // blank cells no count can fill: sum.review-total, sum.row-total, sum.results-total, sum.balance
      {{zeros, "6\t\t\t2\t7\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"}},
      {{disclosed, rows(disclosed, "\t1\t\t0\t0\t0\t0\t0\t")}},
      {{disclosed, rows(disclosed, one)}, {partly, "不计其他情形）\t\t"}},
      {{carried_in, rows(carried_in, "\t" + one)}, {received, rows(received, "\t\t\t0\t0\t0\t0\t0\t0\t")}},
      // sum.blank-cell: a blank 总计, two blanks that add up to 1, two blanks in one table
      {{received, rows(received, "\t" + one)}, {disclosed, rows(disclosed, one)},
       {results_total, rows(results_total, "\t1\t0\t0\t0\t0\t0\t\t\t")}},
      {{zeros, "5\t\t\t1\t7\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"}},
      {{received, rows(received, "\t\t1\t0\t0\t0\t0\t0\t\t")}, {disclosed, rows(disclosed, one)},
       {results_total, rows(results_total, "\t1\t0\t0\t0\t0\t0\t\t\t")}},
  };
  for (const auto& changes : together) {
    std::string text = seed;
    for (const auto& [from, to] : changes) text = edited(text, from, to);
    out.push_back(text);
  }
  // section.order: 一 after 六, 六 ahead of 一; section.outline: sub-topics numbered as sections
  out.push_back("二、主动公开政府信息情况\n概述。\n三、收到和处理政府信息公开申请情况\n概述。\n"
                "四、政府信息公开行政复议、行政诉讼情况\n概述。\n五、存在的主要问题及改进情况\n概述。\n"
                "六、其他需要报告的事项\n无。\n一、总体情况\n概述。\n");
  out.push_back("六、其他需要报告的事项\n无。\n一、总体情况\n概述。\n二、主动公开政府信息情况\n概述。\n"
                "三、收到和处理政府信息公开申请情况\n概述。\n四、政府信息公开行政复议、行政诉讼情况\n概述。\n"
                "五、存在的主要问题及改进情况\n概述。\n");
  out.push_back("一、总体情况\n概述。\n二、主动公开\n概述。\n三、依申请公开\n概述。\n二、主动公开政府信息情况\n概述。\n"
                "三、收到和处理政府信息公开申请情况\n概述。\n");
  out.push_back("一、总体情况\n\n本机关202020年的工作。\n");                  // no year
  out.push_back("一、总体情况\n\n本机关202020年的工作。\n\n2024年1月5日\n");  // no body
  // table.unreadable: 表三 with four of its rows
  out.push_back("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\n"
                "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\n\t（七）总计\t1\t0\t0\t0\t0\t0\t1\n"
                "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\n");
  // Reports whose running text a test writes around tables that hold (narrative_report.h).
  auto narrative = [&out](auto edit) {
    gk_test::Narrative n;
    edit(n);
    out.push_back(gk_test::narrative_report(n));
  };
  narrative([](gk_test::Narrative& n) { n.overview = "予以公开3件，占比50%。"; });  // text.table-mismatch
  narrative([](gk_test::Narrative& n) {  // text.contradiction
    n.overview = "所有申请均已办结。";
    n.fees = "2.5";
    n.other = "本年度未收取任何费用。";
  });
  narrative([](gk_test::Narrative& n) {  // text.slip
    n.overview = "规范资金资金使用,加强管理.下一步继续努力，确保群众及时获取";
  });
  narrative([](gk_test::Narrative& n) {  // meta.body
    n.title = "某某县应急管理局2021年政府信息公开工作年度报告";
    n.signature = "某某县自然资源局\n2022年1月20日";
  });
  // One heading again and again: section.duplicate past the first few, summarised.
  std::string repeated;
  for (std::size_t i = 0; i < 2 * gk::rules::kFindingsPerRule; ++i) repeated += "一、总体情况\n\n无\n\n";
  out.push_back(repeated);
  return out;
}

}  // namespace

TEST_CASE("every rule's descriptor has an id, a severity, a page, a hook and its messages", "[rules]") {
  std::set<std::string> ids;
  std::set<std::string> names;  // shown in place of the id: one name a rule
  bool across_seen = false;
  for (const gk::rules::Rule& rule : gk::rules::all_rules()) {
    const std::string id = rule.id != nullptr ? rule.id : "";
    INFO(id);
    CHECK_FALSE(id.empty());
    CHECK(ids.insert(id).second);
    CHECK((rule.severity == gk::rules::Severity::Error || rule.severity == gk::rules::Severity::Warning ||
           rule.severity == gk::rules::Severity::Info));
    CHECK(rule.summary != nullptr);
    REQUIRE(rule.name != nullptr);
    CHECK_FALSE(std::string(rule.name).empty());
    CHECK(names.insert(rule.name).second);
    CHECK(gk::rules::doc_page(rule) == "docs/rules/" + id + ".md");
    CHECK(fs::is_regular_file(kRoot / gk::rules::doc_page(rule)));
    const bool text_hook =
        rule.per_sentence_run != nullptr || rule.per_paragraph_run != nullptr || rule.per_paragraph != nullptr;
    CHECK(text_hook == (rule.start_text != nullptr));  // the text hooks are handed its state
    const bool per_report = rule.per_report != nullptr || rule.per_identity != nullptr || text_hook;
    CHECK((per_report || rule.across_reports != nullptr));
    // A rule across reports comes after every rule with per-report hooks: at one place its
    // findings join after those already there (rules/engine.h).
    if (rule.across_reports != nullptr) across_seen = true;
    CHECK_FALSE((per_report && across_seen));

    const std::vector<Template> templates = templates_of(rule);
    CHECK_FALSE(templates.empty());
    std::set<std::string> names;
    for (const Template& t : templates) {
      INFO(t.name << ": " << t.text);
      CHECK(names.insert(t.name).second);
      CHECK_FALSE(t.text.empty());
      for (const std::string& p : placeholders(t.text)) CHECK_FALSE(p.empty());
    }
  }
}

TEST_CASE("the rules run in the order rules.json lists them, each with its own description", "[rules]") {
  const std::vector<gk::rules::Rule>& rules = gk::rules::all_rules();
  REQUIRE(rules.size() == gk::rules::kRuleCount);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    INFO(gk::rules::kRuleDescriptions[i].id);
    CHECK(std::string(rules[i].id) == gk::rules::kRuleDescriptions[i].id);
    CHECK(rules[i].messages.size() == gk::rules::kRuleDescriptions[i].message_count);
  }
}

TEST_CASE("every message a rule gives is one of its templates, filled in, and every template is given", "[rules]") {
  struct Pattern {
    std::string name;
    std::regex re;
  };
  std::map<std::string, std::vector<Pattern>> patterns;
  for (const gk::rules::Rule& rule : gk::rules::all_rules())
    for (const Template& t : templates_of(rule)) patterns[rule.id].push_back({t.name, pattern(t.text)});

  std::vector<std::unique_ptr<gk::CheckResult>> results;
  for (const char* dir : {"tests/corpus", "tests/bad-inputs/files", "tests/browser/fixtures"}) {
    if (!fs::is_directory(kRoot / dir)) continue;
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(kRoot / dir))
      if (e.is_regular_file()) results.push_back(gk::check_bytes(read_file(e.path()), e.path().filename().string()));
  }
  std::vector<gk::CheckResult*> all;
  for (const auto& r : results) all.push_back(r.get());
  gk::check_across(all);
  for (const std::string& text : mutants()) results.push_back(gk::check_text(text, "mutant.txt"));
  // Last year's report of seed 004's body, carrying over what this year's did not carry in,
  // with 规章 in force that this year's has not.
  auto now = gk::check_bytes(read_file(kRoot / "tests/corpus/seeds/004_e326ba0ba3be1f76.txt"), "2023.txt");
  std::string last = now->text.str();
  for (std::size_t at = last.find("2023"); at != std::string::npos; at = last.find("2023", at)) last.replace(at, 4, "2022");
  last = edited(last, "四、结转下年度继续办理\t\t0\t", "四、结转下年度继续办理\t\t1\t");
  last = edited(last, "0\t\n\n四、政府信息公开行政复议", "1\t\n\n四、政府信息公开行政复议");
  last = edited(last, "\n规章\t0\t0\t0\n", "\n规章\t0\t0\t4\n");
  results.push_back(gk::check_text(last, "2022.txt"));
  gk::check_across({results.back().get(), now.get()});
  results.push_back(std::move(now));

  std::set<std::string> given;  // "rule template"
  // Any rule's findings past the first few are summarised in one message of its own.
  const std::regex summary = pattern(gk::rules::kSummaryTemplate);
  bool summary_given = false;
  for (const auto& r : results) {
    for (const gk::rules::Finding& f : r->findings) {
      INFO(r->file << ": " << f.rule << ": " << f.message);
      REQUIRE(patterns.count(f.rule) == 1);
      if (f.summarised != 0) {
        CHECK(std::regex_match(f.message, summary));
        summary_given = true;
        continue;
      }
      bool matched = false;
      for (const Pattern& p : patterns[f.rule])
        if (std::regex_match(f.message, p.re)) {
          matched = true;
          given.insert(f.rule + " " + p.name);
        }
      CHECK(matched);
    }
  }
  for (const auto& [rule, list] : patterns)
    for (const Pattern& p : list) {
      INFO(rule << " " << p.name);
      CHECK(given.count(rule + " " + p.name) == 1);
    }
  CHECK(summary_given);
}
