#include "core/phantoms/phantom_gallery.h"

#include <algorithm>
#include <array>
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
#include "core/phantoms/tissue_label.h"

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

// A voxel to centre the picture on: in the highest slice holding at least half as much of the
// finding as its fullest slice (the fullest slice of an effusion is the lung base, where no
// lung is left to compare with), on the side
// holding most of it there, the finding voxel nearest that side's centroid. (The centroid of a
// bilateral or scattered finding can lie in the mediastinum, showing nothing.)
std::array<double, 3> representative_voxel(const Phantom& p, Finding f) {
  const Volume& v = p.volume;
  const std::uint8_t label = label_of(f);
  const std::size_t plane = static_cast<std::size_t>(v.dims[0]) * v.dims[1];
  std::vector<std::size_t> per_slice(static_cast<std::size_t>(v.dims[2]));
  for (std::int64_t k = 0; k < v.dims[2]; ++k) {
    const auto first = p.label_map.begin() + static_cast<std::ptrdiff_t>(plane * k);
    per_slice[static_cast<std::size_t>(k)] = static_cast<std::size_t>(
        std::count(first, first + static_cast<std::ptrdiff_t>(plane), label));
  }
  const std::size_t most = *std::max_element(per_slice.begin(), per_slice.end());
  std::int64_t best_k = 0;
  for (std::int64_t k = 0; k < v.dims[2]; ++k)
    if (2 * per_slice[static_cast<std::size_t>(k)] >= most) best_k = k;
  double sum[2][2] = {{0, 0}, {0, 0}};
  std::size_t side_count[2] = {0, 0};
  for (std::int64_t j = 0; j < v.dims[1]; ++j)
    for (std::int64_t i = 0; i < v.dims[0]; ++i)
      if (p.label_map[v.index(i, j, best_k)] == label) {
        const int side = i < v.dims[0] / 2 ? 0 : 1;
        sum[side][0] += static_cast<double>(i);
        sum[side][1] += static_cast<double>(j);
        ++side_count[side];
      }
  const int side = side_count[0] >= side_count[1] ? 0 : 1;
  const double ci = sum[side][0] / std::max<std::size_t>(1, side_count[side]);
  const double cj = sum[side][1] / std::max<std::size_t>(1, side_count[side]);
  std::array<double, 3> best{ci, cj, static_cast<double>(best_k)};
  double best_distance = 1e30;
  for (std::int64_t j = 0; j < v.dims[1]; ++j)
    for (std::int64_t i = 0; i < v.dims[0]; ++i)
      if (p.label_map[v.index(i, j, best_k)] == label) {
        const double d = (i - ci) * (i - ci) + (j - cj) * (j - cj);
        if (d < best_distance) {
          best_distance = d;
          best = {static_cast<double>(i), static_cast<double>(j), static_cast<double>(best_k)};
        }
      }
  return best;
}

std::string describe(const PhantomSpec& spec, Finding f) {
  const FindingSpec& s = spec[f];
  std::string text = "severity " + std::to_string(std::lround(s.severity * 100)) + "%";
  if (s.size_mm > 0) text += ", size " + std::to_string(std::lround(s.size_mm)) + " mm";
  const std::string side = s.side == Side::Both    ? "both sides"
                           : s.side == Side::Right ? "right"
                                                   : "left";
  switch (f) {
    case Finding::MedicalMaterial: {
      const char* devices[] = {"sternotomy wires", "chest port", "pacemaker"};
      return text + ", " + devices[std::clamp(s.variant, 0, 2)];
    }
    case Finding::Lymphadenopathy:
      return text + ", largest node " + lymph_node_station_name(s.variant);
    case Finding::Emphysema:
      return text + (s.variant == static_cast<int>(EmphysemaPattern::Paraseptal)
                         ? ", paraseptal"
                         : ", centrilobular");
    case Finding::PleuralEffusion:
    case Finding::MosaicAttenuationPattern:
    case Finding::InterlobularSeptalThickening:
      return text + ", " + side;
    case Finding::Atelectasis:
    case Finding::LungNodule:
    case Finding::LungOpacity:
    case Finding::PulmonaryFibroticSequela:
    case Finding::PeribronchialThickening:
    case Finding::Consolidation:
    case Finding::Bronchiectasis:
      return text + ", " + side + ", " + lobe_name(s.lobe);
    default:
      return text;
  }
}

}  // namespace

std::string finding_file_stem(Finding finding) {
  std::string stem(finding_name(finding));
  for (char& c : stem)
    c = c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return stem;
}

void write_phantom_gallery(const std::string& out_dir, const PhantomGalleryOptions& options,
                           const ctlite::Progress& progress) {
  if (options.per_finding < 1 || options.per_finding > 8 || options.tile_px < 64 ||
      options.tile_px > 512)
    throw OutputError(out_dir,
                      "gallery needs 1..8 phantoms per finding and tiles of 64..512 pixels");
  if (fs::exists(out_dir))
    throw OutputError(out_dir, "already exists; choose a new folder for the gallery");

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

  AtomicOutput output = AtomicOutput::new_folder(out_dir);
  std::vector<std::vector<GrayImage>> sheets(kFindingCount);
  std::vector<std::string> notes(kFindingCount);
  std::vector<GrayImage> anatomy;
  std::string anatomy_notes;
  std::size_t done = 0;
  for (const auto& [index, findings] : uses) {
    progress.report("gallery", static_cast<double>(done++) / uses.size());
    PhantomSpec spec = sample_phantom_spec(options.seed, index, options.size);
    spec.threads = options.threads;
    spec.keep_label_map = true;
    const Phantom phantom = generate_phantom(spec);
    const Volume& v = phantom.volume;
    const std::string who = "phantom " + std::to_string(index) + " (" + std::to_string(v.dims[0]) +
                            "x" + std::to_string(v.dims[1]) + "x" + std::to_string(v.dims[2]) +
                            ", " + spec.acquisition.kernel + ")";
    if (index < 2) {
      for (const double fraction : {0.35, 0.65}) {
        PreviewRow row;
        row.volume = &v;
        row.focus_voxel = {0.5 * (v.dims[0] - 1), 0.5 * (v.dims[1] - 1),
                           fraction * (v.dims[2] - 1)};
        row.third = PreviewThirdTile::Coronal;
        anatomy.push_back(render_preview_row(row, options.tile_px));
        anatomy_notes += "- " + who + ", slice " +
                         std::to_string(static_cast<int>(row.focus_voxel[2])) +
                         "; coronal reformat through the image centre\n";
      }
    }
    for (Finding f : findings) {
      const FindingEvidence& e = phantom.evidence[index_of(f)];
      if (e.voxel_count == 0) continue;
      PreviewRow row;
      row.volume = &v;
      row.focus_voxel = representative_voxel(phantom, f);
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
      "Generated by `ctlite synth --preview " +
      std::to_string(options.per_finding) + " --seed " + std::to_string(options.seed) + " --size " +
      (options.size == PhantomSize::Full ? "full" : "small") +
      "`. Every row is one phantom: axial slice in lung window (-600/1500), the same slice in "
      "mediastinal window (40/400), and a 110 mm zoom around the finding (mediastinal window for "
      "mediastinal and pleural findings, lung window otherwise).\n\n"
      "## anatomy.png\n\nRows: two slices of two phantoms; third tile: coronal reformat (lung "
      "window).\n\n" +
      anatomy_notes + "\n";
  write_preview_sheet((root / "anatomy.png").string(), anatomy);
  for (std::size_t f = 0; f < kFindingCount; ++f) {
    if (sheets[f].empty()) continue;
    const std::string file = finding_file_stem(finding_at(f)) + ".png";
    write_preview_sheet((root / file).string(), sheets[f]);
    readme +=
        "## " + std::string(finding_name(finding_at(f))) + " (" + file + ")\n\n" + notes[f] + "\n";
  }
  std::ofstream out((root / "README.md").string(), std::ios::binary);
  out << readme;
  if (!out) throw OutputError(out_dir, "could not write README.md");
  progress.report("gallery", 1.0);
  output.commit();
}

}  // namespace ctlite::core
