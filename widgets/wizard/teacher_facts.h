#pragma once
// What the wizard needs to know about the chosen teacher before anything runs: is it a bundle
// (the SFP stage needs one: its text tower and dense head), and the CT-ViT sizes that set the
// SFP head's shape and the valid slice counts. Read from the bundle's manifest.json, or from the
// CT-ViT config JSON given with a weights file (CT-CLIP's sizes when none is given).

#include <QString>
#include <cstdint>

namespace ctlite::widgets {

struct TeacherFacts {
  QString problem;        // empty when the teacher can be used; else "<path>: <what is wrong>"
  bool is_bundle = false;
  QString bundle_folder;  // the folder holding manifest.json
  QString name;           // manifest "name" (bundles)
  std::int64_t dim = 512;
  std::int64_t image_size = 480;
  std::int64_t patch_size = 20;
  std::int64_t temporal_patch_size = 10;
  std::int64_t latent_size = 512;

  std::int64_t tokenPositions() const { return patch_size > 0 ? (image_size / patch_size) * (image_size / patch_size) : 0; }
};

// `path` is a bundle folder, a `ctlite train` output holding model/manifest.json, or a weights
// file (.pt, .pth, .safetensors) read with `ctvit_config` (may be empty).
TeacherFacts read_teacher_facts(const QString& path, const QString& ctvit_config);

// The bundled demo model: ctlite-demo in the viewer's models folder, else in the default one
// ($CTLITE_MODELS_DIR, the installed share/ctlite/models); empty when none exists.
QString bundled_demo_model(const QString& models_folder);

}  // namespace ctlite::widgets
