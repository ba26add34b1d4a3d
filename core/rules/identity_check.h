// Evaluates the arithmetic identities the format data declares for one rule id; the sum
// rules are thin wrappers that name which identities are theirs.
#pragma once
#include <vector>

#include "rules/rule.h"

namespace gk {

void check_identities(const Rule& rule, const CheckContext& ctx, std::vector<Finding>& out);

}  // namespace gk
