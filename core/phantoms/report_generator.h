#pragma once
// Radiology reports written from a phantom's ground truth, in the CT-RATE report columns. The
// wording varies (synonyms, hedges, measurements, negations) so a text labeler evaluated on them
// has to read language, not match one template; every present finding is stated as present and
// every pertinent negative as absent, so the spec's labels stay the right answer.

#include <string>

#include "core/phantoms/phantom_spec.h"

namespace ctlite::core {

struct RadiologyReport {
  std::string clinical_information;  // ClinicalInformation_EN
  std::string technique;             // Technique_EN
  std::string findings;              // Findings_EN
  std::string impressions;           // Impressions_EN
};

// Deterministic in the spec (phrasing is drawn from spec.seed); reconstructions of one scan share
// the seed and findings and so get the same report, as in CT-RATE.
RadiologyReport write_report(const PhantomSpec& spec);

}  // namespace ctlite::core
