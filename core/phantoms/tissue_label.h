#pragma once
// Per-voxel ground truth of a phantom: which tissue, or which finding, each voxel was painted as.
// Finding labels are kFindingLabelBase + the CT-RATE column index, so one byte carries both and
// every painted finding voxel can be counted and located.

#include <cstdint>
#include <optional>

#include "core/phantoms/finding.h"

namespace ctlite::core {

enum class Tissue : std::uint8_t {
  Outside = 0,      // air around the patient and the padding outside the reconstruction circle
  Table,            // patient table
  Fat,              // subcutaneous, mediastinal and epicardial fat
  Muscle,           // chest wall, paraspinal and diaphragm muscle, skin
  CorticalBone,     // cortical shell of ribs, sternum, vertebrae
  CancellousBone,   // marrow space inside that shell
  Cartilage,        // costal cartilage, intervertebral discs
  Lung,             // aerated lung parenchyma (fissures included)
  Airway,           // air in the trachea and bronchi
  AirwayWall,       // trachea and bronchial walls
  PulmonaryVessel,  // arteries and veins inside the lungs
  Vessel,           // aorta, great vessels, pulmonary trunk, SVC, coronary arteries (blood)
  Heart,            // myocardium and blood pool (no contrast: indistinguishable)
  Esophagus,
  LymphNode,  // normal-sized nodes (< 1 cm short axis)
  Liver,
  Spleen,
  StomachContents,
  StomachGas,
  SpinalCanal,  // cord and CSF
  Breast,       // fibroglandular tissue
  kCount
};

constexpr std::uint8_t kFindingLabelBase = 40;
static_assert(static_cast<int>(Tissue::kCount) <= kFindingLabelBase, "labels would overlap");
static_assert(kFindingLabelBase + kFindingCount <= 64, "labels must fit a 64-bit mask");

constexpr std::uint8_t label_of(Tissue tissue) { return static_cast<std::uint8_t>(tissue); }
constexpr std::uint8_t label_of(Finding finding) {
  return static_cast<std::uint8_t>(kFindingLabelBase + index_of(finding));
}
inline std::optional<Finding> finding_of_label(std::uint8_t label) {
  if (label < kFindingLabelBase || label >= kFindingLabelBase + kFindingCount) return std::nullopt;
  return finding_at(label - kFindingLabelBase);
}

// A set of labels, used to say which voxels a shape may paint over.
class LabelMask {
 public:
  constexpr LabelMask() = default;
  template <typename... Labels>
  constexpr static LabelMask of(Labels... labels) {
    LabelMask mask;
    ((mask.bits_ |= std::uint64_t{1} << label_of(labels)), ...);
    return mask;
  }
  constexpr static LabelMask everything_but_outside() {
    LabelMask mask;
    mask.bits_ = ~std::uint64_t{1};
    return mask;
  }
  constexpr bool contains(std::uint8_t label) const { return (bits_ >> label) & 1U; }
  constexpr LabelMask operator|(LabelMask other) const {
    LabelMask mask;
    mask.bits_ = bits_ | other.bits_;
    return mask;
  }

 private:
  std::uint64_t bits_ = 0;
};

}  // namespace ctlite::core
