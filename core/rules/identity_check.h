// The sum rules' one hook: an identity instance the format data declares for the rule
// (the engine hands each rule its own) is reported when it does not hold; one with blank
// cells when no counts (never negative) in them can make it hold. Read through a shifted or
// placed row, the finding is to review. The sum rules are thin descriptors around it.
#pragma once
#include <vector>

#include "rules/rule.h"

namespace gk::rules {

void check_identity(const Rule& rule, const CheckContext& ctx, const IdentityInstance& inst, Findings& out);

}  // namespace gk::rules
