// `ctlite bundle-init`: a model bundle with freshly initialised weights from a manifest and a
// vocabulary — the starting point of a training run, and the small bundles the end-to-end tests
// score with. Its scores mean nothing until the model is trained and calibrated.

#include <iostream>
#include <string>

#include "ai/bundle/model_bundle.h"
#include "ai/io/json_file.h"
#include "ai/models/ctlite/ctlite_model.h"
#include "app/cli/command_registry.h"
#include "core/common/errors.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite bundle-init --manifest M.json --vocab vocab.txt --out DIR [--seed S]\n\n"
    "Writes a new bundle folder DIR (which must not exist) whose weights are each part's\n"
    "default random initialisation. M.json is a manifest (ai/bundle/bundle_manifest.h) without\n"
    "the \"files\" entry, which is filled in here.";

int run_bundle_init(const Arguments& args) {
  const std::string manifest_path = args.required("--manifest");
  const std::string vocabulary_path = args.required("--vocab");
  const std::string out = args.required("--out");
  nlohmann::json json = ai::read_json_file(manifest_path, "the manifest", ai::kMaxManifestBytes);
  if (!json.is_object()) throw core::InputError(manifest_path, "is not a JSON object");
  if (json.contains("files")) throw core::InputError(manifest_path, "\"files\": is written by bundle-init, leave it out");
  // The strict parser wants the file list; the writer replaces it with the real digests.
  json["files"] = {{ai::BundleManifest::kWeightsFile, {{"sha256", std::string(64, '0')}, {"bytes", 0}}},
                   {ai::BundleManifest::kVocabularyFile, {{"sha256", std::string(64, '0')}, {"bytes", 0}}}};
  const ai::BundleManifest manifest = ai::parse_bundle_manifest(json, manifest_path);
  const ai::BertTokenizer tokenizer = ai::BertTokenizer::from_vocab_file(vocabulary_path, manifest.text.lower_case);
  torch::manual_seed(static_cast<std::uint64_t>(args.integer_or("--seed", 1)));
  ai::CtLiteModel model = [&] {
    try {
      return ai::CtLiteModel::untrained(manifest, tokenizer, torch::kCPU);
    } catch (const std::invalid_argument& e) {
      throw core::InputError(manifest_path, e.what());
    }
  }();
  ai::write_model_bundle(out, manifest, model.weights(), tokenizer.tokens());
  std::cout << "wrote untrained bundle " << manifest.id << " to " << out << "\n";
  return 0;
}

const CommandRegistration registration{
    Command{"bundle-init", "write a model bundle with untrained weights from a manifest and a vocabulary", kUsage,
            OptionSpec{{"--manifest", "--vocab", "--out", "--seed"}, {}}, run_bundle_init}};

}  // namespace
}  // namespace ctlite::cli
