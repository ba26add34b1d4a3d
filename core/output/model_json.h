// The report as gkcheck read it, for tools and the page's table view: the body, the
// sections found, and every table bound to the format's grid with its cells' places.
#pragma once
#include <vector>

#include "check.h"
#include "output/json_writer.h"

namespace gk::output {

// The members "line", "column", "offset" (UTF-16) and "length" (UTF-16) of a span, into the
// open object: how every place in the JSON is written.
void put_location(JsonWriter& w, const text::SourceText& text, const text::PositionIndex& index, text::Span s);
// A quantity as a JSON number: an integer, or its exact decimal ("96171.6").
void put_quantity(JsonWriter& w, text::Quantity q);

// The section headings listed: a real report has a few dozen at most; a text made of one
// heading repeated 300,000 times would otherwise make the JSON, and the page holding it,
// many times the input. The rest are counted in "sections_left_off".
constexpr std::size_t kSectionsListed = 200;

// Offsets model_json will ask positions for (to build one PositionIndex for the report).
void model_offsets(const CheckResult& r, std::vector<std::size_t>& offsets);

// Writes the members "body", "date", "sections" (and "sections_left_off" past
// kSectionsListed) and "tables" of the open report object.
void put_model(JsonWriter& w, const CheckResult& r, const text::PositionIndex& index);

}  // namespace gk::output
