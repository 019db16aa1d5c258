#pragma once
// Report -> 18 CT-RATE finding labels. ReportLabeler is the pluggable interface (a learned
// labeler can replace the rules); RuleBasedLabeler uses the synonym lexicon and NegEx-style
// negation/uncertainty scope.

#include <memory>
#include <string>
#include <vector>

#include "core/reports/clinical_text.h"
#include "core/reports/finding_lexicon.h"

namespace ctlite::core {

enum class FindingLabel { kNotMentioned, kNegative, kUncertain, kPositive };

const char* to_string(FindingLabel label);

struct ReportLabels {
  std::vector<std::string> names;    // finding names, CT-RATE order
  std::vector<FindingLabel> labels;  // one per name
  // 0/1 per finding. CT-RATE's labels mark a finding present when the report raises it, so a
  // hedged mention ("cannot be excluded") counts as present unless told otherwise.
  std::vector<int> binary(bool uncertain_is_present = true) const;
};

class ReportLabeler {
 public:
  virtual ~ReportLabeler() = default;
  virtual ReportLabels label(const std::string& report) const = 0;
};

class RuleBasedLabeler : public ReportLabeler {
 public:
  explicit RuleBasedLabeler(std::vector<FindingLexiconEntry> lexicon = ct_rate_finding_lexicon());
  // A finding is positive when any sentence affirms it, else uncertain when any hedges it, else
  // negative when a sentence denies it.
  ReportLabels label(const std::string& report) const override;

 private:
  std::vector<FindingLexiconEntry> lexicon_;
  NegationDetector negation_;
};

}  // namespace ctlite::core
