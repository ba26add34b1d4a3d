// What an identity with blank cells says about them, counts being never negative: it holds
// if they are 0, it needs them to add up to some positive number, it cannot hold whatever
// they are, or it tells nothing (blanks on both sides).
#pragma once
#include <string>
#include <vector>

#include "rules/identity_eval.h"

namespace gk::rules {

enum class BlankVerdict { HoldsAtZero, NeedsValue, Impossible, Open };

struct BlankReading {
  BlankVerdict verdict = BlankVerdict::Open;
  std::vector<const IdentityTerm*> blanks;  // one term per blank cell, in term order
  text::Quantity needed;                    // NeedsValue: what the blank cells add up to (> 0)
};

BlankReading read_blanks(const IdentityInstance& inst);

// Blank cells of one table that its identities say cannot be 0: one cell and the value it
// must hold, or several and what they add up to.
struct BlankValue {
  std::vector<const IdentityTerm*> cells;  // in text order
  std::vector<text::Quantity> values;      // distinct, in the order found (more than one: the identities disagree)
  bool guessed = false;                    // some identity fixing it reads a shifted row
};

// From the instances with blank cells of `table` (not realigned), in table order; a set of
// cells is listed once, and a set holding a cell listed alone is left out.
std::vector<BlankValue> blank_values(const IdentityEvaluation& eval, const bind::BoundTable& table);

// How many places of blank cells a message names before it only counts the rest.
constexpr std::size_t kBlanksListed = 5;

// How blank cells are written, as a message says it: "空白", "“/”", "空白或“—”".
std::string blanks_shown(const std::vector<const bind::BoundValue*>& cells);

}  // namespace gk::rules
