#include "core/phantoms/phantom_dataset_writer.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"
#include "core/io/dicom_series_writer.h"
#include "core/io/jpeg_stack_writer.h"
#include "core/io/nifti_writer.h"
#include "core/phantoms/ct_rate_tables.h"
#include "core/phantoms/phantom_generator.h"
#include "core/phantoms/phantom_random.h"

namespace ctlite::core {

namespace fs = std::filesystem;

namespace {

struct SplitPlan {
  const char* name;        // "train" / "valid" (folders, names, label CSV)
  const char* table_name;  // "train" / "validation" (reports and metadata CSVs)
  std::uint64_t volumes;
};

void plan_split(const SplitPlan& split, std::uint64_t& patient_index, phantom::Rng& rng,
                const PhantomDatasetOptions& o, std::vector<PlannedVolume>& out) {
  std::uint64_t written = 0;
  for (std::uint64_t patient = 1; written < split.volumes; ++patient) {
    const PhantomSpec first = sample_phantom_spec(o.seed, patient_index++, o.size);
    const int scans = rng.chance(0.15) ? 2 : 1;
    for (int scan = 0; scan < scans && written < split.volumes; ++scan) {
      const PhantomSpec scan_spec =
          scan == 0 ? first : sample_follow_up(first, static_cast<std::uint64_t>(scan));
      const int reconstructions = rng.chance(0.35) ? 2 : 1;
      for (int recon = 0; recon < reconstructions && written < split.volumes; ++recon) {
        PlannedVolume v;
        v.name = {split.name, std::to_string(patient),
                  std::string(1, static_cast<char>('a' + scan)), std::to_string(recon + 1)};
        v.spec = recon == 0 ? scan_spec
                            : sample_reconstruction(scan_spec, static_cast<std::uint64_t>(recon));
        v.spec.threads = o.threads;
        out.push_back(std::move(v));
        ++written;
      }
    }
  }
}

std::vector<SplitPlan> splits(const PhantomDatasetOptions& o) {
  if (o.count == 0 || o.count > 100000)
    throw std::invalid_argument("phantom count must be within 1..100000");
  if (!(o.validation_fraction >= 0.0 && o.validation_fraction < 1.0))
    throw std::invalid_argument("validation fraction must be within [0, 1)");
  const std::uint64_t valid =
      o.count < 2
          ? 0
          : std::max<std::uint64_t>(
                1, static_cast<std::uint64_t>(std::llround(o.count * o.validation_fraction)));
  return {{"train", "train", o.count - valid}, {"valid", "validation", valid}};
}

// A plausible study date, fixed by the seed, so reruns give the same CSV bytes.
std::string study_date(const PhantomSpec& spec) {
  phantom::Rng rng(spec.seed, "study date");
  const int year = rng.between(2018, 2023), month = rng.between(1, 12), day = rng.between(1, 28);
  return std::to_string(year) + (month < 10 ? "0" : "") + std::to_string(month) +
         (day < 10 ? "0" : "") + std::to_string(day);
}

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw OutputError(path.string(), "could not write the table (disk full?)");
}

fs::path volume_folder(const fs::path& root, const CtRateVolumeName& n) {
  return root / n.split / (n.split + "_" + n.patient) / (n.split + "_" + n.patient + "_" + n.scan);
}

std::string volume_stem(const CtRateVolumeName& n) {
  return n.split + "_" + n.patient + "_" + n.scan + "_" + n.reconstruction;
}

void describe(Volume& volume, const PlannedVolume& planned, const std::string& date) {
  VolumeMetadata& m = volume.metadata;
  m.patient_id = planned.name.split + "_" + planned.name.patient;
  m.patient_name = "PHANTOM^" + m.patient_id;
  m.study_id = planned.name.scan;
  m.study_date = date;
  m.study_description = "Synthetic chest CT (ctlite synth)";
  m.series_description = "CHEST " + planned.spec.acquisition.kernel;
  m.series_number = planned.name.reconstruction;
}

}  // namespace

std::vector<PlannedVolume> plan_phantom_dataset(const PhantomDatasetOptions& options) {
  std::vector<PlannedVolume> plan;
  phantom::Rng rng(options.seed, "dataset plan");
  std::uint64_t patient_index = 0;  // global, so no patient appears in both splits
  for (const SplitPlan& split : splits(options))
    plan_split(split, patient_index, rng, options, plan);
  return plan;
}

PhantomDatasetSummary write_phantom_dataset(const std::string& out_dir,
                                            const PhantomDatasetOptions& options,
                                            const ctlite::Progress& progress) {
  if (!options.nifti && !options.dicom && !options.jpeg)
    throw std::invalid_argument("choose at least one output format");
  const std::vector<PlannedVolume> plan = plan_phantom_dataset(options);
  if (fs::exists(out_dir))
    throw OutputError(out_dir, "already exists; choose a new folder for the dataset");
  const fs::path parent = fs::absolute(out_dir).parent_path();
  std::error_code error;
  fs::create_directories(parent, error);
  if (error) throw OutputError(parent.string(), "cannot create the folder: " + error.message());

  AtomicOutput output = AtomicOutput::new_folder(out_dir);
  const fs::path root = output.temp_path();
  const fs::path dataset = root / "dataset";
  PhantomDatasetSummary summary;
  // The writers below name the files they fail on inside the hidden temporary folder; the user
  // is told the destination's name for them.
  try {
    CtRateTables train_tables, valid_tables;
    std::string last_patient;
    for (std::size_t n = 0; n < plan.size(); ++n) {
      const PlannedVolume& planned = plan[n];
      progress.report("synth", static_cast<double>(n) / plan.size(), planned.name.file_name());
      const bool train = planned.name.split == "train";
      Phantom phantom = generate_phantom(planned.spec);
      const std::string date = study_date(planned.spec);
      describe(phantom.volume, planned, date);
      (train ? train_tables : valid_tables).add(planned.name.file_name(), phantom, date);
      (train ? summary.train_volumes : summary.valid_volumes) += 1;
      const std::string patient = planned.name.split + planned.name.patient;
      if (patient != last_patient) (train ? summary.train_patients : summary.valid_patients) += 1;
      last_patient = patient;

      const std::string stem = volume_stem(planned.name);
      if (options.dicom) {
        const fs::path folder = volume_folder(root / "dicom", planned.name);
        fs::create_directories(folder);
        DicomWriteOptions dicom;
        dicom.series_description = phantom.volume.metadata.series_description;
        dicom.series_number = planned.name.reconstruction;
        write_dicom_series(phantom.volume, (folder / stem).string(), dicom);
      }
      if (options.jpeg) {
        const fs::path folder = volume_folder(root / "jpeg", planned.name);
        fs::create_directories(folder);
        JpegStackWriteOptions jpeg;
        jpeg.quality = 90;
        jpeg.source_description = "ctlite synth " + planned.name.file_name();
        write_jpeg_stack(phantom.volume, (folder / stem).string(), jpeg);
      }
      if (options.nifti) {
        // CT-RATE stores scanner values; the metadata CSV's intercept turns them back into HU.
        for (float& v : phantom.volume.voxels)
          v -= static_cast<float>(CtRateTables::kRescaleIntercept);
        const fs::path folder = volume_folder(dataset, planned.name);
        fs::create_directories(folder);
        write_nifti(phantom.volume, (folder / planned.name.file_name()).string());
      }
    }
    const auto tables = [&](const char* folder, const std::string& file, const std::string& text) {
      fs::create_directories(dataset / folder);
      write_text(dataset / folder / file, text);
    };
    tables("radiology_text_reports", "train_reports.csv", train_tables.reports_csv());
    tables("radiology_text_reports", "validation_reports.csv", valid_tables.reports_csv());
    tables("metadata", "train_metadata.csv", train_tables.metadata_csv());
    tables("metadata", "validation_metadata.csv", valid_tables.metadata_csv());
    tables("multi_abnormality_labels", "train_predicted_labels.csv", train_tables.labels_csv());
    tables("multi_abnormality_labels", "valid_predicted_labels.csv", valid_tables.labels_csv());
  } catch (const OutputError& error) {
    throw OutputError(out_dir, output.as_final(error.what()));
  } catch (const fs::filesystem_error& error) {
    throw OutputError(out_dir, output.as_final(error.what()));
  }
  progress.report("synth", 1.0);
  output.commit();
  return summary;
}

}  // namespace ctlite::core
