// Who issued the report and when: the body named in the title or signed at the end, and
// the signing date.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "bind/sections.h"
#include "read/document.h"

namespace gk::bind {

struct Date {
  int year = 0, month = 0, day = 0;
  text::Span span;
};

struct Signature {
  // the body as named in the title: before its year ("北关区乡村振兴局 2023 年…") or between
  // the year and 政府信息公开 ("2019年上海市人民政府办公厅政府信息公开工作年度报告")
  std::optional<text::Span> title_body;
  std::optional<text::Span> body;  // the body signed at the end
  std::optional<Date> date;        // the date signed at the end
  std::optional<Date> header_date; // a 发布日期/成文日期 line above the first section ("发布日期：2020-01-31")
  // When it was issued: the signed date, else the header's.
  const std::optional<Date>& issued() const { return date ? date : header_date; }
};

// Finds the first full date ("2022年1月26日", "二〇二二年一月二十六日") in s.
std::optional<Date> find_date(const text::SourceText& text, text::Span s);

// True when the words end like an issuing body (…局, …人民政府, …办公室, …委员会).
bool looks_like_body(std::string_view words);

Signature find_signature(const read::Document& doc, const text::SourceText& text,
                         const std::vector<SectionHeading>& sections);

}  // namespace gk::bind
