#include "core/phantoms/report_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "core/phantoms/finding.h"

namespace ctlite::core {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    current += c;
    if (c == '.' || c == ':') {
      out.push_back(lower(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(lower(current));
  return out;
}

// Words a reader would look for, per finding (a deliberately simple labeler).
const std::vector<std::vector<std::string>> kKeywords = {
    {"sternotomy", "pacemaker", "port catheter", "port-a-cath", "chest port", "venous port",
     "medical material"},
    {"aortic", "thoracic aorta", "arterial wall calcification"},
    {"cardiomegaly", "heart is enlarged", "cardiac silhouette is", "enlarged heart"},
    {"pericardial effusion", "pericardial space"},
    {"coronary"},
    {"hiatal hernia", "hiatus hernia", "esophageal hiatus"},
    {"lymphadenopathy", "lymph node"},
    {"emphysema"},
    {"atelectasis"},
    {"nodule"},
    {"ground-glass", "ground glass", "lung opacity"},
    {"fibrotic", "fibrosis", "sequela"},
    {"pleural effusion", "pleural fluid"},
    {"mosaic"},
    {"peribronchial", "bronchial wall thickening", "thickened bronchial walls"},
    {"consolidation"},
    {"bronchiectasis", "bronchiectatic", "dilated bronchi"},
    {"septal thickening", "interlobular septa", "thickening of the interlobular"},
};

bool negated(const std::string& sentence) {
  for (const char* cue :
       {"no ", "not ", "without", "normal", "free", "clear", "unremarkable", "patent", "open"})
    if (sentence.find(cue) != std::string::npos) return true;
  return false;
}

bool mentions(const std::string& sentence, std::size_t finding) {
  for (const std::string& k : kKeywords[finding])
    if (sentence.find(k) != std::string::npos) return true;
  return false;
}

TEST(ReportGenerator, StatesEveryPresentFindingAndNeverAnAbsentOne) {
  for (std::uint64_t n = 0; n < 400; ++n) {
    const PhantomSpec spec = sample_phantom_spec(21, n, PhantomSize::Small);
    const RadiologyReport report = write_report(spec);
    const auto all = sentences(report.findings + " " + report.impressions);
    for (std::size_t f = 0; f < kFindingCount; ++f) {
      bool affirmed = false;
      for (const std::string& s : all)
        if (mentions(s, f) && !negated(s)) affirmed = true;
      EXPECT_EQ(affirmed, spec.findings[f].present)
          << finding_name(finding_at(f)) << " in spec " << n << ": " << report.findings << " | "
          << report.impressions;
    }
  }
}

TEST(ReportGenerator, PhrasingVariesAndUsesTheCtRateNames) {
  std::set<std::string> effusion_sentences;
  std::set<std::string> names_used;
  for (std::uint64_t n = 0; n < 600; ++n) {
    const PhantomSpec spec = sample_phantom_spec(22, n, PhantomSize::Small);
    const RadiologyReport report = write_report(spec);
    for (const std::string& s : sentences(report.findings))
      if (s.find("pleural effusion") != std::string::npos && spec.has(Finding::PleuralEffusion))
        effusion_sentences.insert(s.substr(0, 12));
    for (std::size_t f = 0; f < kFindingCount; ++f)
      if ((report.findings + report.impressions).find(std::string(finding_name(finding_at(f)))) !=
          std::string::npos)
        names_used.insert(std::string(finding_name(finding_at(f))));
  }
  EXPECT_GE(effusion_sentences.size(), 3u);
  EXPECT_GE(names_used.size(), 14u);
}

TEST(ReportGenerator, QuotesMeasurementsFromTheSpec) {
  PhantomSpec spec = sample_phantom_spec(23, 0, PhantomSize::Small);
  for (FindingSpec& f : spec.findings) f.present = false;
  spec[Finding::LungNodule].present = true;
  spec[Finding::LungNodule].size_mm = 12;
  spec[Finding::LungNodule].count = 1;
  spec[Finding::LungNodule].lobe = Lobe::RightLower;
  const RadiologyReport report = write_report(spec);
  EXPECT_NE(report.findings.find("12 mm"), std::string::npos) << report.findings;
  EXPECT_NE(report.findings.find("right lower lobe"), std::string::npos) << report.findings;
  EXPECT_EQ(write_report(spec).findings, report.findings);
  EXPECT_FALSE(report.technique.empty());
  EXPECT_FALSE(report.clinical_information.empty());
}

}  // namespace
}  // namespace ctlite::core
