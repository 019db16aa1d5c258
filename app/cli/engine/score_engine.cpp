#include "app/cli/engine/score_engine.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>

#include "ai/analysis/pca_feature_map.h"
#include "ai/runtime/device.h"
#include "app/cli/engine/token_geometry.h"
#include "app/cli/output_paths.h"
#include "core/common/errors.h"
#include "core/io/nifti_writer.h"
#include "core/io/volume_reader.h"
#include "core/preprocessing/compressed_path.h"
#include "core/preprocessing/ctclip_preprocessor.h"

namespace ctlite::cli {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

class Stopwatch {
 public:
  double lap_ms() {
    const auto now = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return std::round(ms * 10.0) / 10.0;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

fs::path executable_folder() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : self.parent_path();
}

// Runs `body`, turning the errors of loading a model into EngineError("model").
template <typename Body>
auto as_model_error(const std::string& folder, Body body) -> decltype(body()) {
  try {
    return body();
  } catch (const EngineError&) {
    throw;
  } catch (const core::InputError& e) {
    throw EngineError("model", e.what());
  } catch (const std::exception& e) {
    throw EngineError("model", folder + ": " + e.what());
  }
}

// The PCA map must not land in the input's own folder (the input is never touched, nor its
// folder filled with derived files), and must be NIfTI.
void check_pca_destination(const ScoreRequest& request) {
  if (!has_suffix(request.pca_out, ".nii") && !has_suffix(request.pca_out, ".nii.gz"))
    throw EngineError("input", request.pca_out + ": the PCA map must be written as .nii or .nii.gz");
  refuse_overwriting_inputs(request.pca_out, {request.path, request.metadata_csv});
  if (!fs::is_directory(fs::absolute(request.pca_out).parent_path()))
    throw EngineError("input", request.pca_out + ": its folder does not exist");
  std::error_code error;
  const fs::path input = fs::weakly_canonical(request.path, error);
  const fs::path input_folder = fs::is_directory(input) ? input : input.parent_path();
  const fs::path out_folder = fs::weakly_canonical(fs::absolute(request.pca_out).parent_path(), error);
  if (!error && out_folder == input_folder)
    throw EngineError("input", request.pca_out + ": refusing to write the PCA map next to the input");
}

core::NetworkInput preprocess(const core::Volume& volume, const std::string& input_path, const Progress& progress) {
  if (input_path == "compressed") return core::preprocess_compressed(volume, {}, progress);
  return core::preprocess_ctclip(volume, {core::CtClipVariant::Inference, 0}, progress);
}

std::vector<std::uint8_t> rgb_bytes(const torch::Tensor& rgb_thwc) {
  // (t, h, w, 3) → x = h fastest, then y = w, then z = t.
  const torch::Tensor bytes =
      (rgb_thwc.permute({0, 2, 1, 3}).contiguous() * 255.0).round().clamp(0, 255).to(torch::kUInt8).cpu();
  return {bytes.data_ptr<std::uint8_t>(), bytes.data_ptr<std::uint8_t>() + bytes.numel()};
}

json model_json(const ai::BundleManifest& manifest, const std::string& sha256) {
  return {{"id", manifest.id},       {"name", manifest.name},   {"version", manifest.version},
          {"weights_sha256", sha256}, {"input", manifest.input_path}, {"notice", manifest.notice}};
}

}  // namespace

std::string default_model_folder() {
  std::vector<fs::path> candidates;
  const fs::path bin = executable_folder();
  if (!bin.empty()) candidates.push_back(bin.parent_path() / "share" / "ctlite" / "models" / "ctlite-demo");
#ifdef CTLITE_SOURCE_DIR
  candidates.push_back(fs::path(CTLITE_SOURCE_DIR) / "models" / "ctlite-demo");
#endif
  std::string looked;
  for (const fs::path& candidate : candidates) {
    if (fs::is_regular_file(candidate / "manifest.json")) return candidate.string();
    looked += (looked.empty() ? "" : ", ") + candidate.string();
  }
  throw EngineError("model", "no default model found (looked in " + looked + "); pass --model DIR");
}

const ScoreEngine::LoadedModel& ScoreEngine::model(const std::string& folder, const std::string& device_name) {
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(folder, error);
  const auto key = std::make_pair(error ? folder : canonical.string(), device_name);
  auto found = models_.find(key);
  if (found != models_.end()) return found->second;
  const torch::Device device = ai::parse_device(device_name);
  return models_[key] = as_model_error(folder, [&] {
           const ai::ModelBundle bundle = ai::read_model_bundle(folder);
           LoadedModel loaded{std::make_shared<ai::CtLiteModel>(bundle, device),
                              bundle.manifest.files.at(ai::BundleManifest::kWeightsFile).sha256};
           return loaded;
         });
}

json ScoreEngine::score(const ScoreRequest& request, const Progress& progress) {
  try {
    if (request.path.empty()) throw EngineError("input", "score needs a volume path");
    if (!request.pca_out.empty()) check_pca_destination(request);
    Stopwatch clock;
    json timings;
    progress.report("load", 0.0, "model");
    const std::string folder = request.model.empty() ? default_model_folder() : request.model;
    const LoadedModel& loaded = model(folder, request.device);
    ai::CtLiteModel& ctlite = *loaded.model;
    progress.report("load", 0.5, "volume");
    core::VolumeReadOptions options;
    options.series_uid = request.series_uid;
    options.metadata_csv = request.metadata_csv;
    core::ReadNotes notes;
    const core::Volume volume = core::read_volume(request.path, options, progress, &notes);
    for (const std::string& note : notes) std::cerr << "note: " << note << "\n";
    timings["load"] = clock.lap_ms();

    progress.report("preprocess", 0.0, ctlite.manifest().input_path + " path");
    core::NetworkInput input = preprocess(volume, ctlite.manifest().input_path, progress);
    timings["preprocess"] = clock.lap_ms();

    progress.report("encode", 0.0, "CT-ViT");
    torch::InferenceMode inference;
    const torch::Tensor network = torch::from_blob(input.values.data(), {input.shape[0], input.shape[1], input.shape[2]},
                                                   torch::kFloat32);
    const ai::VisualEncoding encoding = ctlite.encode_volume(ctlite.prepare_input(network));
    timings["encode"] = clock.lap_ms();

    progress.report("score", 0.0, "zero-shot");
    const std::vector<ai::FindingCall> calls = as_model_error(folder, [&] { return ctlite.call_findings(encoding); });
    const ai::BundleManifest& manifest = ctlite.manifest();
    const TokenGeometry geometry(volume, {manifest.input_slices, manifest.ctvit.image_size,
                                          manifest.ctvit.temporal_patch_size, manifest.ctvit.patch_size});
    json findings = json::array();
    for (const ai::FindingCall& call : calls) {
      const auto voxel = geometry.token_voxel(call.evidence.t, call.evidence.h, call.evidence.w);
      findings.push_back({{"name", call.name},
                          {"score", call.score},
                          {"threshold", call.threshold},
                          {"present", call.present},
                          {"evidence_voxel", {voxel[0], voxel[1], voxel[2]}}});
    }
    timings["score"] = clock.lap_ms();

    json pca = nullptr;
    if (!request.pca_out.empty()) {
      progress.report("pca", 0.0, "principal components");
      const torch::Tensor tokens = encoding.tokens[0];
      const ai::PcaFeatureMap map = ai::pca_feature_map(tokens);
      const TokenGrid3 grid{tokens.size(0), tokens.size(1), tokens.size(2)};
      core::write_rgb_nifti(geometry.token_grid_volume(volume, grid), rgb_bytes(map.rgb), request.pca_out,
                            "CT-Lite PCA feature map");
      pca = fs::absolute(request.pca_out).string();
      timings["pca"] = clock.lap_ms();
    }
    progress.report("score", 1.0, "done");
    return {{"model", model_json(manifest, loaded.weights_sha256)},
            {"device", request.device},
            {"findings", findings},
            {"timings_ms", timings},
            {"pca", pca}};
  } catch (const EngineError&) {
    throw;
  } catch (const OperationCancelled&) {
    throw EngineError("cancelled", "request cancelled");
  } catch (const std::exception& e) {
    const json error = engine_error_json(e);
    throw EngineError(error["kind"].get<std::string>(), e.what());
  }
}

}  // namespace ctlite::cli
