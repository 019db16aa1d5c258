#pragma once
// The 18 CT-RATE findings as a typed index for the phantom generator. The order is the CT-RATE
// label-CSV column order (ctvit-architecture.md §9), so `static_cast<int>(finding)` is the column
// index; the display strings come from the one shared name table.

#include <array>
#include <cstddef>
#include <string_view>

#include "core/dataset/abnormality_names.h"

namespace ctlite::core {

enum class Finding : int {
  MedicalMaterial = 0,
  ArterialWallCalcification,
  Cardiomegaly,
  PericardialEffusion,
  CoronaryArteryWallCalcification,
  HiatalHernia,
  Lymphadenopathy,
  Emphysema,
  Atelectasis,
  LungNodule,
  LungOpacity,
  PulmonaryFibroticSequela,
  PleuralEffusion,
  MosaicAttenuationPattern,
  PeribronchialThickening,
  Consolidation,
  Bronchiectasis,
  InterlobularSeptalThickening,
};

constexpr std::size_t kFindingCount = kAbnormalityCount;
static_assert(kFindingCount == 18, "CT-RATE has 18 findings");

template <typename T>
using PerFinding = std::array<T, kFindingCount>;

constexpr std::size_t index_of(Finding finding) { return static_cast<std::size_t>(finding); }
constexpr Finding finding_at(std::size_t index) { return static_cast<Finding>(index); }
// The exact CT-RATE name, e.g. "Pleural effusion".
constexpr std::string_view finding_name(Finding finding) {
  return kAbnormalityNames[index_of(finding)];
}

}  // namespace ctlite::core
