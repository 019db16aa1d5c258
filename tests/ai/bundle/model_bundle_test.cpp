// Bundle folder round trip, SHA-256 verification, and the manifest's strict schema.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "ai/bundle/model_bundle.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kVocabulary = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "lung", "nodule", "."};

BundleManifest tiny_manifest() {
  BundleManifest m;
  m.id = "tiny-sfp-r2";
  m.name = "Tiny SFP";
  m.version = "0.1.0";
  m.created = "2026-11-28T06:00:00Z";
  m.ctvit = CtVitConfig::from_json({{"dim", 64}, {"codebook_size", 128}, {"image_size", 80}, {"patch_size", 20},
                                    {"temporal_patch_size", 10}, {"spatial_depth", 2}, {"temporal_depth", 2},
                                    {"dim_head", 16}, {"heads", 4}});
  m.head = HeadConfig{HeadType::Sfp, 4 * 4 * 64, 32, 2, 64};
  m.text.bert = BertConfig::from_json({{"vocab_size", 7}, {"hidden_size", 16}, {"num_hidden_layers", 1},
                                       {"num_attention_heads", 2}, {"intermediate_size", 20},
                                       {"max_position_embeddings", 24}});
  m.text.max_length = 24;
  m.latent_size = 32;
  m.thresholds = {{"Cardiomegaly", 0.42}, {"Emphysema", 0.3}};
  m.training_description = "synthetic phantoms";
  m.training_cases = 12;
  m.metrics["Cardiomegaly"]["auroc"] = 0.8;
  m.metrics["Emphysema"]["auroc"] = std::numeric_limits<double>::quiet_NaN();
  m.synthetic_training = true;
  m.notice = "Trained on synthetic phantoms only; not for clinical use.";
  return m;
}

StateDict tiny_weights() {
  StateDict weights;
  weights.insert("head.W1", torch::arange(24, torch::kFloat32).view({2, 3, 4}));
  weights.insert("logit_scale", torch::full({}, 2.3f));
  return weights;
}

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(CTLITE_BINARY_DIR) / "bundle_test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir.parent_path());
  return dir;
}

TEST(ModelBundle, RoundTripsAndVerifiesHashes) {
  const fs::path dir = fresh_dir("round_trip");
  write_model_bundle(dir.string(), tiny_manifest(), tiny_weights(), kVocabulary);
  const ModelBundle bundle = read_model_bundle(dir.string());
  EXPECT_EQ(bundle.manifest.to_json()["model"], tiny_manifest().to_json()["model"]);
  EXPECT_EQ(bundle.manifest.thresholds.size(), 2u);
  EXPECT_TRUE(std::isnan(bundle.manifest.metrics.at("Emphysema").at("auroc")));
  EXPECT_EQ(bundle.manifest.files.at("weights.safetensors").bytes, fs::file_size(dir / "weights.safetensors"));
  EXPECT_TRUE(torch::equal(bundle.weights.at("head.W1"), tiny_weights().at("head.W1")));
  EXPECT_EQ(bundle.tokenizer.encode("Lung nodule.", 6).input_ids, (std::vector<int64_t>{2, 4, 5, 6, 3, 0}));
  EXPECT_THROW(write_model_bundle(dir.string(), tiny_manifest(), tiny_weights(), kVocabulary), core::OutputError);
}

TEST(ModelBundle, RefusesAModifiedWeightsFile) {
  const fs::path dir = fresh_dir("tampered");
  write_model_bundle(dir.string(), tiny_manifest(), tiny_weights(), kVocabulary);
  {
    std::fstream file(dir / "weights.safetensors", std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(-1, std::ios::end);
    file.put('\x7f');
  }
  try {
    read_model_bundle(dir.string());
    FAIL() << "expected a SHA-256 error";
  } catch (const core::InputError& e) {
    EXPECT_EQ(e.path(), (dir / "weights.safetensors").string());
    EXPECT_NE(std::string(e.what()).find("SHA-256"), std::string::npos);
  }
  fs::remove(dir / "vocab.txt");
  EXPECT_THROW(read_model_bundle(dir.string()), core::InputError);
}

TEST(ModelBundle, WriterChecksTheManifestAndLeavesNothingBehind) {
  const fs::path dir = fresh_dir("invalid");
  BundleManifest bad = tiny_manifest();
  bad.notice.clear();  // synthetic training needs a notice
  EXPECT_THROW(write_model_bundle(dir.string(), bad, tiny_weights(), kVocabulary), core::OutputError);
  EXPECT_FALSE(fs::exists(dir));
  for (const auto& entry : fs::directory_iterator(dir.parent_path()))
    EXPECT_EQ(entry.path().filename().string().find("invalid.partial"), std::string::npos);
  EXPECT_THROW(write_model_bundle(dir.string(), tiny_manifest(), tiny_weights(), {"[PAD]", "lung"}),
               core::InputError);
}

nlohmann::json valid_json() {
  BundleManifest m = tiny_manifest();
  m.files["weights.safetensors"] = {std::string(64, 'a'), 10};
  m.files["vocab.txt"] = {std::string(64, 'b'), 20};
  return m.to_json();
}

void expect_rejected(const nlohmann::json& json, const std::string& key_path) {
  try {
    parse_bundle_manifest(json, "manifest.json");
    FAIL() << "expected an error about " << key_path;
  } catch (const core::InputError& e) {
    EXPECT_NE(std::string(e.what()).find(key_path), std::string::npos) << e.what();
  }
}

TEST(BundleManifest, SchemaIsStrict) {
  EXPECT_NO_THROW(parse_bundle_manifest(valid_json(), "manifest.json"));
  auto j = valid_json();
  j["colour"] = "blue";
  expect_rejected(j, "colour");
  j = valid_json();
  j["model"]["head"]["rank"] = "4";
  expect_rejected(j, "model.head.rank");
  j = valid_json();
  j["model"]["head"].erase("bias");
  expect_rejected(j, "model.head.bias");
  j = valid_json();
  j["model"]["head"]["input_size"] = 2048;
  expect_rejected(j, "model.head.input_size");
  j = valid_json();
  j["model"]["ctvit"]["depth"] = 3;
  expect_rejected(j, "model.ctvit");
  j = valid_json();
  j["model"]["text"]["bert"]["hidden_dropout_prob"] = 0.1;
  expect_rejected(j, "model.text.bert.hidden_dropout_prob");
  j = valid_json();
  j["notice"] = "";
  expect_rejected(j, "notice");
  j = valid_json();
  j["files"]["vocab.txt"]["sha256"] = std::string(64, 'G');
  expect_rejected(j, "files.vocab.txt.sha256");
  j = valid_json();
  j["files"]["../escape"] = {{"sha256", std::string(64, 'c')}, {"bytes", 1}};
  expect_rejected(j, "files.../escape");
  j = valid_json();
  j["thresholds"]["findings"].push_back({{"finding", "Cardiomegaly"}, {"threshold", 0.1}});
  expect_rejected(j, "Cardiomegaly");
  j = valid_json();
  j["format_version"] = 2;
  expect_rejected(j, "format_version");
  j = valid_json();
  j["input_path"] = "jpeg";
  expect_rejected(j, "input_path");
  j = valid_json();
  j["created"] = "yesterday";
  expect_rejected(j, "created");
}

TEST(BundleManifest, ByteParserSurvivesHostileInput) {
  const std::string deep = std::string(100, '[') + std::string(100, ']');
  EXPECT_THROW(parse_bundle_manifest(reinterpret_cast<const std::uint8_t*>(deep.data()), deep.size()),
               core::InputError);
  const std::string valid = valid_json().dump();
  EXPECT_NO_THROW(parse_bundle_manifest(reinterpret_cast<const std::uint8_t*>(valid.data()), valid.size()));
  std::mt19937 random(7);
  int accepted = 0;
  for (int round = 0; round < 1500; ++round) {
    std::string mutated = valid;
    const int edits = 1 + static_cast<int>(random() % 4);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % mutated.size();
      switch (random() % 3) {
        case 0: mutated[at] = static_cast<char>(random()); break;
        case 1: mutated.erase(at, 1 + random() % 8); break;
        default: mutated.insert(at, 1, "{}[]\",:0-e"[random() % 10]); break;
      }
    }
    try {
      parse_bundle_manifest(reinterpret_cast<const std::uint8_t*>(mutated.data()), mutated.size());
      ++accepted;
    } catch (const core::InputError&) {
    }
  }
  EXPECT_LT(accepted, 1500);
}

}  // namespace
}  // namespace ctlite::ai

namespace ctlite::ai {
namespace {

TEST(BundleManifest, ProvenanceIsOptionalRoundTripsAndIsStrict) {
  auto j = valid_json();
  EXPECT_FALSE(parse_bundle_manifest(j, "manifest.json").provenance);
  j["provenance"] = {{"registered", "2026-11-28T12:00:00Z"},
                     {"source", "/work/runs/sfp/model"},
                     {"stages", {"fast", "sfp"}},
                     {"teacher", "/work/runs/teacher/model"},
                     {"data", "/data/ct-rate"},
                     {"evaluation",
                      {{"report", "/work/runs/sfp/evaluation.json"},
                       {"data", "/data/ct-rate"},
                       {"split", "valid"},
                       {"cases", 13},
                       {"thresholds_from", "bundle"}}}};
  const BundleManifest m = parse_bundle_manifest(j, "manifest.json");
  ASSERT_TRUE(m.provenance);
  EXPECT_EQ(m.provenance->stages, (std::vector<std::string>{"fast", "sfp"}));
  ASSERT_TRUE(m.provenance->evaluation);
  EXPECT_EQ(m.provenance->evaluation->cases, 13);
  EXPECT_EQ(m.to_json()["provenance"], j["provenance"]);

  auto bad = j;
  bad["provenance"]["colour"] = "blue";
  expect_rejected(bad, "provenance.colour");
  bad = j;
  bad["provenance"]["registered"] = "today";
  expect_rejected(bad, "provenance.registered");
  bad = j;
  bad["provenance"]["stages"] = "sfp";
  expect_rejected(bad, "provenance.stages");
  bad = j;
  bad["provenance"]["evaluation"].erase("split");
  expect_rejected(bad, "provenance.evaluation.split");
}

}  // namespace
}  // namespace ctlite::ai
