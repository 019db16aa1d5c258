#include "core/exports/findings_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/common/errors.h"
#include "tests/core/exports/export_test_support.h"

namespace ctlite::core {
namespace {

using nlohmann::json;

json demo_json() { return findings_report_to_json(export_test::make_demo_report()); }

std::string error_of(const json& document) {
  try {
    parse_findings_report(document, "f.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(FindingsReport, RoundTripsTheScoreSchema) {
  const FindingsReport original = export_test::make_demo_report();
  const FindingsReport parsed = parse_findings_report(findings_report_to_json(original), "f.json");
  ASSERT_EQ(parsed.findings.size(), 18u);
  EXPECT_EQ(parsed.model.weights_sha256, original.model.weights_sha256);
  EXPECT_TRUE(parsed.model.synthetic_trained());
  EXPECT_TRUE(parsed.compressed_input());
  EXPECT_DOUBLE_EQ(parsed.findings[3].score, original.findings[3].score);
  EXPECT_EQ(parsed.findings[3].evidence_voxel, original.findings[3].evidence_voxel);
  EXPECT_EQ(parsed.timings_ms.size(), 4u);
  // Present findings first, strongest margin first.
  EXPECT_EQ(parsed.ranked_findings().front()->name, parsed.findings.back().name);
}

TEST(FindingsReport, NamesTheFileAndFieldOfEveryProblem) {
  json document = demo_json();
  document["findings"][2]["score"] = 1.5;
  EXPECT_EQ(error_of(document), "f.json: findings field 'findings[2].score' must lie in [0, 1], got 1.500000");
  document = demo_json();
  document["findings"][1]["name"] = "Pneumothorax";
  EXPECT_NE(error_of(document).find("not one of the 18 CT-RATE findings"), std::string::npos);
  document = demo_json();
  document["findings"][1]["name"] = document["findings"][0]["name"];
  EXPECT_NE(error_of(document).find("repeats"), std::string::npos);
  document = demo_json();
  document["findings"][0]["evidence_voxel"] = {1, -2, 3};
  EXPECT_NE(error_of(document).find("evidence_voxel"), std::string::npos);
  document = demo_json();
  document["model"]["weights_sha256"] = "xyz";
  EXPECT_NE(error_of(document).find("64 hexadecimal"), std::string::npos);
  document = demo_json();
  document.erase("findings");
  EXPECT_EQ(error_of(document), "f.json: findings field 'findings' is missing");
  EXPECT_NE(error_of(json::array()).find("must be an object"), std::string::npos);
}

TEST(FindingsReport, RefusesFilesThatAreNotJson) {
  testing::ScratchDir scratch;
  const std::string path = scratch.file("broken.json");
  testing::write_file_bytes(path, {'{', '"', 'm'});
  EXPECT_THROW(read_findings_report(path), InputError);
  EXPECT_THROW(read_findings_report(scratch.file("missing.json")), InputError);
}

}  // namespace
}  // namespace ctlite::core
