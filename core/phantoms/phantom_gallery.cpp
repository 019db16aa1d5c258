#include "core/phantoms/phantom_gallery.h"

#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"
#include "core/phantoms/phantom_generator.h"
#include "core/phantoms/phantom_preview.h"

namespace ctlite::core {

namespace fs = std::filesystem;

namespace {

// Findings of the mediastinum and pleura are judged in the mediastinal window.
bool soft_tissue_finding(Finding f) {
  switch (f) {
    case Finding::MedicalMaterial:
    case Finding::ArterialWallCalcification:
    case Finding::Cardiomegaly:
    case Finding::PericardialEffusion:
    case Finding::CoronaryArteryWallCalcification:
    case Finding::HiatalHernia:
    case Finding::Lymphadenopathy:
    case Finding::PleuralEffusion:
      return true;
    default:
      return false;
  }
}

std::string describe(const PhantomSpec& spec, Finding f) {
  const FindingSpec& s = spec[f];
  std::string text = "severity " + std::to_string(static_cast<int>(s.severity * 100 + 0.5)) + "%";
  if (s.size_mm > 0) text += ", size " + std::to_string(static_cast<int>(s.size_mm + 0.5)) + " mm";
  text += std::string(", ") + (s.side == Side::Both ? "both sides" : s.side == Side::Right ? "right" : "left");
  text += std::string(", ") + lobe_name(s.lobe);
  return text;
}

}  // namespace

std::string finding_file_stem(Finding finding) {
  std::string stem(finding_name(finding));
  for (char& c : stem) c = c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return stem;
}

void write_phantom_gallery(const std::string& out_dir, const PhantomGalleryOptions& options,
                           const ctlite::Progress& progress) {
  if (options.per_finding < 1 || options.per_finding > 8 || options.tile_px < 64 || options.tile_px > 512)
    throw OutputError(out_dir, "gallery needs 1..8 phantoms per finding and tiles of 64..512 pixels");
  if (fs::exists(out_dir)) throw OutputError(out_dir, "already exists; choose a new folder for the gallery");

  // Which sampled phantoms to draw: the first ones having each finding, plus two for anatomy.
  std::map<std::uint64_t, std::vector<Finding>> uses;
  std::vector<int> found(kFindingCount, 0);
  for (std::uint64_t index = 0; index < static_cast<std::uint64_t>(options.search_limit); ++index) {
    const PhantomSpec spec = sample_phantom_spec(options.seed, index, options.size);
    for (std::size_t f = 0; f < kFindingCount; ++f)
      if (spec.findings[f].present && found[f] < options.per_finding) {
        uses[index].push_back(finding_at(f));
        ++found[f];
      }
  }
  uses[0];
  uses[1];

  AtomicDirectory output(out_dir);
  std::vector<std::vector<GrayImage>> sheets(kFindingCount);
  std::vector<std::string> notes(kFindingCount);
  std::vector<GrayImage> anatomy;
  std::string anatomy_notes;
  std::size_t done = 0;
  for (const auto& [index, findings] : uses) {
    progress.report("gallery", static_cast<double>(done++) / uses.size());
    PhantomSpec spec = sample_phantom_spec(options.seed, index, options.size);
    spec.threads = options.threads;
    const Phantom phantom = generate_phantom(spec);
    const Volume& v = phantom.volume;
    const std::string who = "phantom " + std::to_string(index) + " (" + std::to_string(v.dims[0]) + "x" +
                            std::to_string(v.dims[1]) + "x" + std::to_string(v.dims[2]) + ", " +
                            spec.acquisition.kernel + ")";
    if (index < 2) {
      for (const double fraction : {0.35, 0.65}) {
        PreviewRow row;
        row.volume = &v;
        row.focus_voxel = {0.5 * (v.dims[0] - 1), 0.5 * (v.dims[1] - 1), fraction * (v.dims[2] - 1)};
        row.third = PreviewThirdTile::Coronal;
        anatomy.push_back(render_preview_row(row, options.tile_px));
        anatomy_notes += "- " + who + ", slice " + std::to_string(static_cast<int>(row.focus_voxel[2])) +
                         "; coronal reformat through the image centre\n";
      }
    }
    for (Finding f : findings) {
      const FindingEvidence& e = phantom.evidence[index_of(f)];
      if (e.voxel_count == 0) continue;
      PreviewRow row;
      row.volume = &v;
      row.focus_voxel = e.centroid_voxel;
      // The slice through the centroid may miss a scattered finding: use the nearest slice
      // that holds some of it (the bounding box middle is a fair proxy).
      row.focus_voxel[2] = std::round(0.5 * (e.box_min[2] + e.box_max[2]));
      row.zoom_window = soft_tissue_finding(f) ? kMediastinalPreviewWindow : kLungPreviewWindow;
      sheets[index_of(f)].push_back(render_preview_row(row, options.tile_px));
      notes[index_of(f)] += "- " + who + ": " + describe(spec, f) + "; slice " +
                            std::to_string(static_cast<int>(row.focus_voxel[2])) + ", " +
                            std::to_string(e.voxel_count) + " finding voxels\n";
    }
  }

  const fs::path root = output.temp_path();
  std::string readme =
      "# Synthetic chest CT phantoms\n\n"
      "Generated by `ctlite synth --preview " + std::to_string(options.per_finding) + " --seed " +
      std::to_string(options.seed) + " --size " + (options.size == PhantomSize::Full ? "full" : "small") +
      "`. Every row is one phantom: axial slice in lung window (-600/1500), the same slice in "
      "mediastinal window (40/400), and a 110 mm zoom around the finding (mediastinal window for "
      "mediastinal and pleural findings, lung window otherwise).\n\n"
      "## anatomy.png\n\nRows: two slices of two phantoms; third tile: coronal reformat (lung window).\n\n" +
      anatomy_notes + "\n";
  write_preview_sheet((root / "anatomy.png").string(), anatomy);
  for (std::size_t f = 0; f < kFindingCount; ++f) {
    if (sheets[f].empty()) continue;
    const std::string file = finding_file_stem(finding_at(f)) + ".png";
    write_preview_sheet((root / file).string(), sheets[f]);
    readme += "## " + std::string(finding_name(finding_at(f))) + " (" + file + ")\n\n" + notes[f] + "\n";
  }
  std::ofstream out((root / "README.md").string(), std::ios::binary);
  out << readme;
  if (!out) throw OutputError(out_dir, "could not write README.md");
  progress.report("gallery", 1.0);
  output.commit();
}

}  // namespace ctlite::core
