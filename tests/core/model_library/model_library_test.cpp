// The model library: registering copies a bundle with its lineage and evaluation into the
// library, listing finds it, and a failed registration leaves no folder behind.

#include "core/model_library/model_library.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/common/errors.h"
#include "core/evaluation/evaluation_report.h"
#include "tests/common/evaluation_report_json.h"
#include "tests/common/scratch_dir.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A bundle-shaped folder: manifest.json listing two files with their sizes.
fs::path make_bundle(const fs::path& folder, const std::string& id = "ctlite-demo") {
  fs::create_directories(folder);
  std::ofstream(folder / "weights.safetensors") << "0123456789";
  std::ofstream(folder / "vocab.txt") << "[PAD]\n[UNK]\n";
  std::ofstream(folder / "training.log") << "not part of the bundle\n";
  const json manifest = {{"format", "ctlite-model-bundle"},
                         {"format_version", 1},
                         {"id", id},
                         {"name", "Demo"},
                         {"version", "0.2.0"},
                         {"created", "2026-11-28T09:00:00Z"},
                         {"training_data", {{"description", "phantoms"}, {"cases", 51}}},
                         {"metrics", json::object()},
                         {"thresholds", {{"score", "present_probability"}, {"findings", json::array()}}},
                         {"synthetic_training", true},
                         {"notice", "Synthetic."},
                         {"files",
                          {{"weights.safetensors", {{"sha256", std::string(64, 'a')}, {"bytes", 10}}},
                           {"vocab.txt", {{"sha256", std::string(64, 'b')}, {"bytes", 12}}}}}};
  std::ofstream(folder / "manifest.json") << manifest.dump(2);
  return folder;
}

json read_json(const fs::path& path) {
  std::ifstream in(path);
  return json::parse(in);
}

std::vector<std::string> entries(const fs::path& folder) {
  std::vector<std::string> names;
  if (fs::exists(folder))
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  return names;
}

TEST(ModelLibrary, RegisteredBundleIsListedWithLineageMetricsAndThresholds) {
  test_support::ScratchDir dir;
  const fs::path bundle = make_bundle(fs::path(dir.path()) / "runs" / "sfp" / "model");
  const ModelLibrary library(dir.file("library"));
  EXPECT_TRUE(library.models().empty());

  const EvaluationReport evaluation = parse_evaluation_report(test_support::evaluation_report_json(), "eval.json");
  ModelLineage lineage;
  lineage.teacher = "/runs/teacher/model";
  lineage.stages = {"fast", "sfp"};
  lineage.data_path = "/data/phantoms";
  lineage.data_description = "64 phantoms, seed 2026";
  lineage.trained = "2026-11-28T11:00:00Z";
  const LibraryModel added = library.register_bundle(bundle.string(), lineage, &evaluation);

  EXPECT_EQ(added.id, "ctlite-demo-0.2.0");
  EXPECT_TRUE(added.registered);
  EXPECT_TRUE(added.problem.empty()) << added.problem;
  ASSERT_TRUE(added.macro_auroc);
  EXPECT_DOUBLE_EQ(*added.macro_auroc, 0.75);
  const auto listed = library.models();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].path, added.path);
  EXPECT_EQ(listed[0].name, "Demo");

  // Only the listed files travel, byte for byte.
  const fs::path copy(added.path);
  EXPECT_FALSE(fs::exists(copy / "training.log"));
  EXPECT_EQ(fs::file_size(copy / "weights.safetensors"), 10u);
  const json manifest = read_json(copy / "manifest.json");
  EXPECT_EQ(manifest["files"], read_json(bundle / "manifest.json")["files"]);
  EXPECT_EQ(manifest["training_data"]["description"], "64 phantoms, seed 2026");
  EXPECT_EQ(manifest["training_data"]["cases"], 51);
  EXPECT_EQ(manifest["metrics"]["Emphysema"]["auroc"], 0.75);
  EXPECT_TRUE(manifest["metrics"]["Atelectasis"]["auroc"].is_null());
  EXPECT_EQ(manifest["metrics"]["macro"]["accuracy"], 0.625);
  ASSERT_EQ(manifest["thresholds"]["findings"].size(), 2u);
  EXPECT_EQ(manifest["thresholds"]["findings"][0], (json{{"finding", "Emphysema"}, {"threshold", 0.4}}));
  const json& provenance = manifest["provenance"];
  EXPECT_EQ(provenance["teacher"], "/runs/teacher/model");
  EXPECT_EQ(provenance["stages"], (json{"fast", "sfp"}));
  EXPECT_EQ(provenance["data"], "/data/phantoms");
  EXPECT_EQ(provenance["trained"], "2026-11-28T11:00:00Z");
  EXPECT_EQ(provenance["source"], fs::absolute(bundle).lexically_normal().string());
  EXPECT_EQ(provenance["evaluation"]["split"], "valid");
  EXPECT_EQ(provenance["registered"].get<std::string>().size(), 20u);

  // The source is untouched; registering again gets a fresh folder, never overwrites.
  EXPECT_FALSE(read_json(bundle / "manifest.json").contains("provenance"));
  EXPECT_EQ(library.register_bundle(bundle.string(), {}).id, "ctlite-demo-0.2.0-2");
  EXPECT_EQ(library.models().size(), 2u);
}

TEST(ModelLibrary, FailedRegistrationLeavesNothingInTheLibrary) {
  test_support::ScratchDir dir;
  const fs::path library_folder = fs::path(dir.path()) / "library";
  const ModelLibrary library(library_folder.string());
  const fs::path bundle = make_bundle(fs::path(dir.path()) / "bundle");

  // A listed file of the wrong size (a training run still writing, a truncated copy).
  std::ofstream(bundle / "vocab.txt") << "[PAD]\n";
  EXPECT_THROW(library.register_bundle(bundle.string(), {}), InputError);
  EXPECT_TRUE(entries(library_folder).empty());

  // A listed file that cannot be copied halfway through (unreadable): the hidden temporary
  // folder is removed, nothing is listed.
  make_bundle(bundle);
  fs::permissions(bundle / "weights.safetensors", fs::perms::none);
  if (!std::ifstream(bundle / "weights.safetensors")) {  // root reads anything: skip then
    EXPECT_THROW(library.register_bundle(bundle.string(), {}), OutputError);
    EXPECT_TRUE(entries(library_folder).empty());
  }
  fs::permissions(bundle / "weights.safetensors", fs::perms::owner_read | fs::perms::owner_write);

  // An evaluation of another model is refused rather than written into this one's manifest.
  const EvaluationReport other = parse_evaluation_report(test_support::evaluation_report_json("someone-else"), "e.json");
  EXPECT_THROW(library.register_bundle(bundle.string(), {}, &other), InputError);
  EXPECT_TRUE(entries(library_folder).empty());

  // Not a bundle at all.
  fs::create_directories(fs::path(dir.path()) / "empty");
  EXPECT_THROW(library.register_bundle(dir.file("empty"), {}), InputError);
  EXPECT_TRUE(library.models().empty());
}

TEST(ModelLibrary, ListingSkipsHiddenAndNonBundleFoldersAndReportsBrokenManifests) {
  test_support::ScratchDir dir;
  const fs::path root(dir.path());
  make_bundle(root / "b-model", "b");
  make_bundle(root / ".a-model.partial-123456", "a");
  fs::create_directories(root / "notes");
  fs::create_directories(root / "a-broken");
  std::ofstream(root / "a-broken" / "manifest.json") << "{ not json";
  const auto models = list_model_bundles(root.string());
  ASSERT_EQ(models.size(), 2u);
  EXPECT_EQ(models[0].id, "a-broken");
  EXPECT_NE(models[0].problem.find("not valid JSON"), std::string::npos) << models[0].problem;
  EXPECT_EQ(models[1].id, "b-model");
  EXPECT_EQ(models[1].manifest_id, "b");
  EXPECT_FALSE(models[1].registered);
  EXPECT_TRUE(list_model_bundles(dir.file("nowhere")).empty());
}

}  // namespace
}  // namespace ctlite::core
