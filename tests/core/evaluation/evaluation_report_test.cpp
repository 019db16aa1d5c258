// The evaluation report reader: a full report round-trips into the value type; malformed JSON
// and wrong fields give an InputError naming the file and the field.

#include "core/evaluation/evaluation_report.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/common/errors.h"
#include "tests/common/evaluation_report_json.h"
#include "tests/common/scratch_dir.h"

namespace ctlite::core {
namespace {

using test_support::evaluation_report_json;

std::string write(const test_support::ScratchDir& dir, const std::string& name, const std::string& text) {
  std::ofstream(dir.file(name)) << text;
  return dir.file(name);
}

void expect_error(const std::string& path, const std::string& needle) {
  try {
    read_evaluation_report(path);
    FAIL() << "expected an error mentioning " << needle;
  } catch (const InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find(needle), std::string::npos) << message;
  }
}

TEST(EvaluationReport, ReadsEveryBlock) {
  test_support::ScratchDir dir;
  const std::string path = write(dir, "report.json", evaluation_report_json().dump());
  const EvaluationReport report = read_evaluation_report(path);
  EXPECT_EQ(report.source, path);
  EXPECT_EQ(report.model_id, "ctlite-demo");
  EXPECT_EQ(report.cases, 4);
  ASSERT_TRUE(report.macro_auroc);
  EXPECT_DOUBLE_EQ(*report.macro_auroc, 0.75);
  ASSERT_EQ(report.findings.size(), 2u);
  const FindingMetrics* emphysema = report.finding("Emphysema");
  ASSERT_NE(emphysema, nullptr);
  EXPECT_EQ(emphysema->confusion.false_negative, 1);
  ASSERT_TRUE(emphysema->roc);
  EXPECT_EQ(emphysema->roc->true_positive_rate, (std::vector<double>{0.0, 0.5, 1.0, 1.0}));
  const FindingMetrics* atelectasis = report.finding("Atelectasis");
  ASSERT_NE(atelectasis, nullptr);
  EXPECT_FALSE(atelectasis->auroc);
  EXPECT_FALSE(atelectasis->roc);
  EXPECT_EQ(report.finding("Cardiomegaly"), nullptr);
  ASSERT_TRUE(report.tsne);
  ASSERT_EQ(report.tsne->cases.size(), 4u);
  EXPECT_EQ(report.tsne->cases[0].labels, (std::vector<int>{1, 0}));
  ASSERT_EQ(report.tsne->prompts.size(), 4u);
  EXPECT_FALSE(report.tsne->prompts[1].present);
  EXPECT_DOUBLE_EQ(report.tsne->trustworthiness, 0.95);
}

TEST(EvaluationReport, TsneIsOptional) {
  test_support::ScratchDir dir;
  auto json = evaluation_report_json();
  json["tsne"] = nullptr;
  EXPECT_FALSE(read_evaluation_report(write(dir, "a.json", json.dump())).tsne);
  json.erase("tsne");
  EXPECT_FALSE(read_evaluation_report(write(dir, "b.json", json.dump())).tsne);
}

TEST(EvaluationReport, MalformedInputNamesTheFileAndTheField) {
  test_support::ScratchDir dir;
  expect_error(write(dir, "truncated.json", evaluation_report_json().dump().substr(0, 120)), "not valid JSON");
  expect_error(write(dir, "list.json", "[1, 2]"), "not a JSON object");
  expect_error(dir.file("missing.json"), "missing.json");

  auto json = evaluation_report_json();
  json["findings"][1]["confusion"]["tp"] = "many";
  expect_error(write(dir, "tp.json", json.dump()), "findings[1].confusion.tp");
  json = evaluation_report_json();
  json["macro"].erase("accuracy");
  expect_error(write(dir, "macro.json", json.dump()), "macro.accuracy is missing");
  json = evaluation_report_json();
  json["findings"][0]["roc"]["true_positive_rate"] = {0.0, 1.0};
  expect_error(write(dir, "roc.json", json.dump()), "findings[0].roc");
  json = evaluation_report_json();
  json["tsne"]["cases"][2]["labels"] = {1};
  expect_error(write(dir, "labels.json", json.dump()), "tsne.cases[2].labels");
  json = evaluation_report_json();
  json["tsne"]["prompts"][0]["polarity"] = "maybe";
  expect_error(write(dir, "polarity.json", json.dump()), "tsne.prompts[0].polarity");
  json = evaluation_report_json();
  json["findings"] = nlohmann::json::array();
  expect_error(write(dir, "empty.json", json.dump()), "findings is empty");
}

}  // namespace
}  // namespace ctlite::core
