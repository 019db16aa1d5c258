// `ctlite preprocess`: any volume -> CT-CLIP's network input (1, 240, 480, 480), saved as a
// safetensors tensor for ai/ or as NIfTI for viewing.

#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "ai/io/safetensors.h"
#include "app/cli/command_registry.h"
#include "app/cli/command_volume.h"
#include "app/cli/output_paths.h"
#include "core/io/nifti_writer.h"
#include "core/preprocessing/compressed_path.h"
#include "core/preprocessing/ctclip_geometry.h"
#include "core/preprocessing/ctclip_preprocessor.h"
#include "core/preprocessing/network_input_volume.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite preprocess PATH --out OUT.(safetensors|nii.gz|nii) [--compressed]\n"
    "                  [--variant inference|training] [--metadata CSV] [--series UID]\n\n"
    "Turns a CT (DICOM folder, NIfTI, JPEG stack, npz, CT-RATE file) into CT-CLIP's network\n"
    "input: 0.75 x 0.75 x 1.5 mm, centre crop/pad to 480 x 480 x 240, values in [-1, 1].\n"
    "  default        HU clipped to [-1000, 1000] / 1000 (the CT-CLIP teacher's input)\n"
    "  --compressed   lung window -> 8-bit -> JPEG q90 -> [-1, 1] (the CT-Lite student's input);\n"
    "                 a JPEG stack is used as it is\n"
    "  --variant      inference (clip before resampling, zero_shot.py; default) or training\n"
    "                 (clip after, data.py); uncompressed path only\n"
    "  --metadata     CT-RATE metadata CSV giving slope/intercept/spacing for the file\n"
    "  --series       which series of a DICOM folder holding several\n"
    "Output: safetensors with one F32 tensor `volume` [1, 240, 480, 480] (C, F, H, W), or a\n"
    "float32 NIfTI of 480 x 480 x 240 at 0.75/0.75/1.5 mm placed over the source.";

std::string describe(bool compressed, core::CtClipVariant variant) {
  if (compressed) return "compressed";
  return variant == core::CtClipVariant::Inference ? "inference" : "training";
}

void write_safetensors_volume(const core::NetworkInput& input, const std::string& path,
                              const std::string& path_description) {
  // A view of the buffer; the writer copies nothing it does not have to.
  auto tensor = torch::from_blob(const_cast<float*>(input.values.data()),
                                 {1, input.shape[0], input.shape[1], input.shape[2]},
                                 torch::TensorOptions().dtype(torch::kFloat32));
  ai::StateDict tensors;
  tensors.insert("volume", tensor);
  ai::write_safetensors(path, tensors,
                        {{"preprocessing", path_description},
                         {"layout", "(C, F, H, W) = (1, z, NIfTI i, NIfTI j)"},
                         {"spacing_mm", "[1.5, 0.75, 0.75]"}});
}

int run_preprocess(const Arguments& args) {
  const std::string output_path = args.required("--out");
  const bool compressed = args.has("--compressed");
  if (compressed && args.value("--variant"))
    throw UsageError("--variant applies to the uncompressed path only");
  core::CtClipVariant variant = core::CtClipVariant::Inference;
  try {
    variant = core::parse_ctclip_variant(args.value_or("--variant", "inference"));
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const bool to_safetensors = has_suffix(output_path, ".safetensors");
  if (!to_safetensors && !has_suffix(output_path, ".nii.gz") && !has_suffix(output_path, ".nii"))
    throw UsageError("--out must end in .safetensors, .nii.gz or .nii");

  const auto start = std::chrono::steady_clock::now();
  const Progress progress;
  const core::Volume volume = read_command_volume(args, output_path, progress);
  const core::CtClipGeometry geometry =
      core::plan_ctclip_geometry(volume.dims, volume.spacing, volume.source_path);
  const core::NetworkInput input = compressed
                                       ? core::preprocess_compressed(volume, {}, progress)
                                       : core::preprocess_ctclip(volume, {variant, 0}, progress);
  const std::string path_description = describe(compressed, variant);
  if (to_safetensors) {
    write_safetensors_volume(input, output_path, path_description);
  } else {
    core::write_nifti(core::network_input_as_volume(input, volume, geometry), output_path,
                      {core::NiftiStorage::Float32}, progress);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %lldx%lldx%lld -> [1, 240, 480, 480] (%s path) in %.2f s\n", output_path.c_str(),
              static_cast<long long>(volume.dims[0]), static_cast<long long>(volume.dims[1]),
              static_cast<long long>(volume.dims[2]), path_description.c_str(), seconds);
  return 0;
}

const CommandRegistration registration{Command{
    "preprocess",
    "CT -> CT-CLIP network input (safetensors or NIfTI), teacher or compressed student path",
    kUsage, OptionSpec{{"--out", "--variant", "--metadata", "--series"}, {"--compressed"}},
    run_preprocess}};

}  // namespace
}  // namespace ctlite::cli
