#pragma once
// Finds the mentions of one lexicon entry in a sentence and decides each one's status.

#include <vector>

#include "core/reports/clinical_text.h"
#include "core/reports/finding_lexicon.h"

namespace ctlite::core {

// Statuses of every mention of `entry` in `sentence` (empty: not mentioned).
std::vector<MentionStatus> find_mentions(const FindingLexiconEntry& entry,
                                         const NormalisedText& sentence,
                                         const NegationDetector& negation);

}  // namespace ctlite::core
