#pragma once
// A synthetic CT-RATE: phantom volumes in CT-RATE's folder layout with its three CSV tables
// (reports, metadata, multi-abnormality labels), optionally also as DICOM series and lung-window
// JPEG stacks. Everything is deterministic in (seed, count, size); patients never cross splits.
//
//   DIR/dataset/{train,valid}/<split>_<p>/<split>_<p>_<scan>/<split>_<p>_<scan>_<recon>.nii.gz
//   DIR/dataset/radiology_text_reports/{train,validation}_reports.csv
//   DIR/dataset/metadata/{train,validation}_metadata.csv
//   DIR/dataset/multi_abnormality_labels/{train,valid}_predicted_labels.csv
//   DIR/dicom/<same folders>/<volume>/CT000001.dcm ...      (--formats dicom)
//   DIR/jpeg/<same folders>/<volume>/0000.jpg, stack.json    (--formats jpeg)
//
// As in CT-RATE, the NIfTI files hold stored values (HU + 1024, header scaling 1/0) and the
// metadata CSV carries RescaleSlope 1 and RescaleIntercept -1024, so a pipeline that forgets the
// CSV rescale is caught by these files just as it would be by the real ones.

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/dataset/ct_rate_naming.h"
#include "core/phantoms/phantom_spec.h"

namespace ctlite::core {

struct PhantomDatasetOptions {
  std::uint64_t count = 10;  // volumes, over both splits
  std::uint64_t seed = 1;
  PhantomSize size = PhantomSize::Small;
  bool nifti = true;
  bool dicom = false;
  bool jpeg = false;  // lung window, quality 90
  double validation_fraction = 0.2;
  int threads = 0;  // generator threads (0 = all)
};

struct PlannedVolume {
  CtRateVolumeName name;
  PhantomSpec spec;
};

// Which volumes the dataset holds, in writing order: patients of the train split, then of the
// validation split, each with one or two scans of one or two reconstructions.
std::vector<PlannedVolume> plan_phantom_dataset(const PhantomDatasetOptions& options);

struct PhantomDatasetSummary {
  std::uint64_t train_volumes = 0, valid_volumes = 0;
  std::uint64_t train_patients = 0, valid_patients = 0;
};

// Writes the dataset into `out_dir`, which must not exist: it is built beside it and renamed
// into place when complete, so an error or a cancel leaves nothing behind. OutputError naming
// the path on failure; std::invalid_argument for unusable options.
PhantomDatasetSummary write_phantom_dataset(const std::string& out_dir,
                                            const PhantomDatasetOptions& options,
                                            const ctlite::Progress& progress = {});

}  // namespace ctlite::core
