// 表二's cells by the kind of value each column holds (format ColumnSpec::kind), as
// table.cell-invalid checks them: a count is a whole number, 2021's 行政事业性收费 is an
// amount in 万元 (decimals allowed), 2019's 本年增/减 is a signed change.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unit/narrative_report.h"

namespace {

using gk_test::findings_of;
using List = std::vector<std::string>;

// A 2019 表二 as a web page's table is copied: tab-separated, each cell given.
std::string table_two_2019(const std::string& licensing, const std::string& fees) {
  return "某某镇人民政府2019年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
         "第二十条第（一）项\t\t\t\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
         "规章\t0\t0\t0\n规范性文件\t1\t1\t6\n"
         "第二十条第（五）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
         "行政许可\t" + licensing + "\n其他对外管理服务事项\t2\t0\t5\n"
         "第二十条第（六）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
         "行政处罚\t3\t0\t9\n行政强制\t0\t0\t0\n"
         "第二十条第（八）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t\n行政事业性收费\t" + fees + "\t\n"
         "第二十条第（九）项\t\t\t\n信息内容\t采购项目数量\t采购总金额\t\n政府集中采购\t2\t35.6\t\n";
}

List invalid_2019(const std::string& licensing, const std::string& fees) {
  return findings_of(*gk::check_text(table_two_2019(licensing, fees), "t"), "table.cell-invalid");
}

List invalid_2021(const std::string& fees) {
  gk_test::Narrative n;
  n.fees = fees;
  return findings_of(*gk_test::check_narrative(n), "table.cell-invalid");
}

}  // namespace

TEST_CASE("表二 cell kinds: 2019's 本年增/减 may be signed, its counts may not", "[table][cell-kind]") {
  CHECK(invalid_2019("4\t-2\t7", "3\t-1").empty());
  CHECK(invalid_2019("4\t+2\t7", "3\t0").empty());
  CHECK(invalid_2019("-4\t-2\t7", "3\t0") == List{"-4"});
  CHECK(invalid_2019("4\t1.5\t7", "3\t0") == List{"1.5"});  // a change in items is whole
  CHECK(invalid_2019("4\t0\t7.5", "3\t0") == List{"7.5"});
}

TEST_CASE("表二 cell kinds: 2021's 行政事业性收费 is an amount in 万元", "[table][cell-kind]") {
  CHECK(invalid_2021("12.35").empty());
  CHECK(invalid_2021("0").empty());
  CHECK(invalid_2021("-3") == List{"-3"});
  auto r = [] {
    gk_test::Narrative n;
    n.fees = "-3";
    return gk_test::check_narrative(n);
  }();
  for (const auto& f : r->findings)
    if (f.rule == "table.cell-invalid") CHECK_THAT(f.message, Catch::Contains("行政事业性收费") && Catch::Contains("负数"));
}
