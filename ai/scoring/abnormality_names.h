#pragma once
// The 18 CT-RATE abnormality names, exact strings and order (ctvit-architecture.md §9): the
// same in CT-CLIP's zero_shot.py, CTCLIPTrainer.py and the label CSV columns 3–20. The prompts
// are built from these strings, so a changed spelling changes the text embedding and the score.
// ai/ cannot include core/, so this is ai's one copy.

#include <array>
#include <cstddef>
#include <string_view>

namespace ctlite::ai {

inline constexpr std::size_t kAbnormalityCount = 18;

inline constexpr std::array<std::string_view, kAbnormalityCount> kAbnormalityNames = {
    "Medical material",
    "Arterial wall calcification",
    "Cardiomegaly",
    "Pericardial effusion",
    "Coronary artery wall calcification",
    "Hiatal hernia",
    "Lymphadenopathy",
    "Emphysema",
    "Atelectasis",
    "Lung nodule",
    "Lung opacity",
    "Pulmonary fibrotic sequela",
    "Pleural effusion",
    "Mosaic attenuation pattern",
    "Peribronchial thickening",
    "Consolidation",
    "Bronchiectasis",
    "Interlobular septal thickening",
};

}  // namespace ctlite::ai
