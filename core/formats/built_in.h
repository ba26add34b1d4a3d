// What is derived from the built-in formats (label matchers, title and marker keys) is
// worked out once and kept for the life of the program; for a format of one's own (tests
// build some) it is worked out each time.
#pragma once
#include <memory>
#include <type_traits>
#include <unordered_map>

#include "formats/format.h"

namespace gk {

bool is_built_in(const Format& f);
bool is_built_in(const TableSpec& t);

// make(of), once per built-in `of`, or into `own` for any other. Pass a lambda: each
// lambda is a type of its own, so each call site keeps its own values.
template <typename Of, typename Make>
const std::invoke_result_t<Make, const Of&>& derived_once(const Of& of,
                                                          std::unique_ptr<std::invoke_result_t<Make, const Of&>>& own,
                                                          Make make) {
  using Value = std::invoke_result_t<Make, const Of&>;
  static std::unordered_map<const Of*, std::unique_ptr<Value>> kept;
  if (auto it = kept.find(&of); it != kept.end()) return *it->second;
  auto value = std::make_unique<Value>(make(of));
  if (!is_built_in(of)) {
    own = std::move(value);
    return *own;
  }
  return *kept.emplace(&of, std::move(value)).first->second;
}

}  // namespace gk
