// Links each broken identity to the suggested fix that explains it (Finding::fix), once every
// rule has given its findings: the fix is one item to act on, the sums are its reasons.
#pragma once
#include <vector>

#include "rules/finding.h"

namespace gk::rules {

// A sum rule's finding is explained by a fix cell it adds up (the first, for one that adds
// up two): it gets that fix's id. A fix explaining a finding to review is to review too.
void link_fixes(std::vector<Finding>& findings);

}  // namespace gk::rules
