#pragma once
// The 18 CT-RATE abnormalities: the exact strings and order of CT-CLIP's zero_shot.py,
// CTCLIPTrainer.py, ct_lipro_inference.py and the label CSV headers (architecture notes §9).
// Every score vector, label vector, prompt and report table in CT-Lite uses this order.

#include <array>
#include <cstddef>
#include <string_view>

namespace ctlite::core {

constexpr std::size_t kAbnormalityCount = 18;

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

}  // namespace ctlite::core
