// What several rules derive from the same report (the identities evaluated on its
// tables), worked out once per check when a rule first asks for it.
#pragma once
#include <optional>
#include <vector>

#include "bind/report.h"
#include "rules/identity_eval.h"

namespace gk {

class Derived {
 public:
  explicit Derived(const Report& report) : report_(report) {}
  const std::vector<IdentityInstance>& identities() {
    if (!identities_) identities_ = evaluate_identities(report_);
    return *identities_;
  }

 private:
  const Report& report_;
  std::optional<std::vector<IdentityInstance>> identities_;
};

}  // namespace gk
