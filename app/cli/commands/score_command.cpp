// `ctlite score`: one CT through the CT-Lite model → the 18 CT-RATE findings with the bundle's
// thresholds, as a table or as the engine protocol's JSON.

#include <cstdio>
#include <iostream>
#include <string>

#include "ai/runtime/compute_process.h"
#include "app/cli/command_registry.h"
#include "app/cli/engine/score_engine.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite score PATH [--model DIR] [--device cpu|cuda] [--json] [--pca OUT.nii.gz]\n"
    "                  [--series UID] [--metadata CSV]\n\n"
    "Reads a CT (DICOM folder, NIfTI, JPEG stack, npz, CT-RATE file), runs the preprocessing the\n"
    "model bundle declares (compressed lung-window JPEG path or CT-CLIP's uncompressed path),\n"
    "encodes it and scores the 18 CT-RATE findings against the bundle's thresholds.\n"
    "  --model     bundle folder (default: models/ctlite-demo of the installation or source tree)\n"
    "  --device    cpu (default), cuda or cuda:N\n"
    "  --json      print the result as JSON (docs/ENGINE_PROTOCOL.md, `score` result)\n"
    "  --pca       also write the PCA feature map of the tokens as an RGB NIfTI over the input\n"
    "              (never into the input's folder)\n"
    "  --series    which series of a DICOM folder holding several\n"
    "  --metadata  CT-RATE metadata CSV giving slope/intercept/spacing for the file";

void print_table(const nlohmann::json& result) {
  const auto& model = result["model"];
  std::printf("model   %s %s (%s input), weights sha256 %.12s…\n", model["id"].get<std::string>().c_str(),
              model["version"].get<std::string>().c_str(), model["input"].get<std::string>().c_str(),
              model["weights_sha256"].get<std::string>().c_str());
  if (!model["notice"].get<std::string>().empty()) std::printf("notice  %s\n", model["notice"].get<std::string>().c_str());
  std::printf("\n%-34s %9s %9s  %s\n", "finding", "score", "threshold", "present");
  for (const auto& finding : result["findings"])
    std::printf("%-34s %9.4f %9.4f  %s\n", finding["name"].get<std::string>().c_str(), finding["score"].get<double>(),
                finding["threshold"].get<double>(), finding["present"].get<bool>() ? "yes" : "no");
  std::printf("\ndevice  %s; time (ms):", result["device"].get<std::string>().c_str());
  for (const auto& [stage, ms] : result["timings_ms"].items()) std::printf(" %s %.0f", stage.c_str(), ms.get<double>());
  std::printf("\n");
  if (!result["pca"].is_null()) std::printf("pca     %s\n", result["pca"].get<std::string>().c_str());
}

int run_score(const Arguments& args) {
  if (args.positionals().size() != 1) throw UsageError("score takes one input PATH");
  ai::configure_compute_process();  // a full-size forward: sleeping thread pools, reused memory
  ScoreRequest request;
  request.path = args.positional(0, "input PATH");
  request.series_uid = args.value_or("--series", "");
  request.metadata_csv = args.value_or("--metadata", "");
  request.model = args.value_or("--model", "");
  request.device = args.value_or("--device", "cpu");
  request.pca_out = args.value_or("--pca", "");
  ScoreEngine engine;
  const nlohmann::json result = engine.score(request);
  if (args.has("--json")) std::cout << result.dump() << "\n";
  else print_table(result);
  return 0;
}

const CommandRegistration registration{
    Command{"score", "score the 18 CT-RATE findings of a CT with a CT-Lite model bundle", kUsage,
            OptionSpec{{"--model", "--device", "--pca", "--series", "--metadata"}, {"--json"}}, run_score}};

}  // namespace
}  // namespace ctlite::cli
