#include "core/reports/finding_lexicon.h"

namespace ctlite::core {

const std::vector<FindingLexiconEntry>& ct_rate_finding_lexicon() {
  static const std::vector<FindingLexiconEntry> lexicon = {
      {"Medical material",
       {{{"catheter", "stent", "pacemaker", "port ", "cannula", "prosthe", "sternotomy",
          "sternal wire", "surgical clip", "clips ", "implant", "medical material", "drain ",
          "drainage tube", "endotracheal tube", "nasogastric tube", "chest tube", "tracheostomy",
          "cardiac valve replacement", "valve prosthesis", "orthopedic material",
          "fixation material", "electrode", "icd "},
         {},
         {}}}},
      {"Arterial wall calcification",
       {{{"calcif", "atheroma", "atherosclero", "plaque"},
         {{"aort", "arterial wall", "carotid", "subclavian", "brachiocephalic", "vascular",
           "iliac", "vertebral arter", "arch vessel", "supraaortic"}},
         {}}}},
      {"Cardiomegaly",
       {{{"cardiomegaly", "cardiac enlargement", "cardiothoracic ratio increased"}, {}, {}},
        {{"enlarg", "increased"}, {{"heart", "cardiac"}}, {"chamber", "atri", "ventric"}}}},
      {"Pericardial effusion",
       {{{"effusion", "fluid"}, {{"pericard"}}, {}, 3}, {{"hydropericardium"}, {}, {}}}},
      {"Coronary artery wall calcification",
       {{{"calcif", "atheroma", "atherosclero", "plaque"}, {{"coronary", "lad ", "lcx "}}, {}}}},
      {"Hiatal hernia",
       {{{"hernia", "herniat"}, {{"hiatal", "hiatus"}}, {}},
        {{"hernia", "herniat"}, {{"stomach", "gastric"}}, {"umbilical", "inguinal"}}}},
      {"Lymphadenopathy",
       {{{"lymphadenopath", "adenopath", "lymph node enlargement", "lymph nodes enlargement"},
         {},
         {}},
        {{"enlarg", "pathologic", "increased size", "conglomerat", "bulky", "prominent"},
         {{"lymph node", "lymphnode", "nodes "}},
         {}}}},
      {"Emphysema",
       {{{"emphysema", "bulla", "bullae", "bullous", "blebs", "bleb "}, {}, {}}}},
      {"Atelectasis",
       {{{"atelecta", "dystelecta", "subsegmental collapse", "lung collapse", "lobar collapse"},
         {},
         {"fibroatelecta"}}}},
      {"Lung nodule",
       {{{"nodul", "micronodul"},
         {},
         {"thyroid", "liver", "hepatic", "adrenal", "renal", "kidney", "breast", "spleen",
          "septal", "interlobular"}}}},
      {"Lung opacity",
       {{{"opacit", "ground glass", "infiltrat"}, {}, {}},
        // "Densities" also describe fibrotic bands and plate atelectasis; only unqualified
        // densities are opacities.
        {{"densities", "density increase", "increased density"},
         {},
         {"band", "reticular", "linear", "fibrotic", "atelecta", "scar"}}}},
      {"Pulmonary fibrotic sequela",
       {{{"fibrotic", "fibrosis", "fibrous", "fibroatelecta", "sequela", "scar ", "scars ",
          "scarring", "parenchymal band"},
         {},
         {}}}},
      {"Pleural effusion",
       {{{"effusion", "fluid"}, {{"pleura"}}, {}, 3},
        {{"hydrothorax"}, {}, {}}}},
      {"Mosaic attenuation pattern", {{{"mosaic"}, {}, {}}}},
      {"Peribronchial thickening",
       {{{"peribronchial thickening", "bronchial wall thickening"}, {}, {}},
        {{"thicken"}, {{"peribronch", "bronchial wall"}}, {}}}},
      {"Consolidation", {{{"consolidat"}, {}, {}}}},
      {"Bronchiectasis",
       {{{"bronchiecta", "bronchiolecta", "dilated bronch", "bronchial dilat"}, {}, {}}}},
      {"Interlobular septal thickening",
       {{{"septal thickening", "crazy paving"}, {}, {}},
        {{"thicken"}, {{"septal", "septa ", "interlobular"}}, {"interatrial", "ventricular"}}}},
  };
  return lexicon;
}

const FindingLexiconEntry& any_abnormality_lexicon() {
  static const FindingLexiconEntry entry = [] {
    FindingLexiconEntry any{"Any abnormality", {}};
    for (const auto& finding : ct_rate_finding_lexicon())
      any.patterns.insert(any.patterns.end(), finding.patterns.begin(), finding.patterns.end());
    any.patterns.push_back(
        {{"mass",        "lesion",       "thicken",     "enlarg",       "dilat",
          "effusion",    "calcif",       "hernia",      "fracture",     "cyst",
          "aneurysm",    "stenosis",     "collapse",    "pneumothorax", "hypodens",
          "hyperdens",   "hypoattenua",  "hyperattenua", "degenerat",   "osteophyt",
          "scoliosis",   "kyphosis",     "spondyl",     "tumor",        "tumour",
          "metasta",     "abscess",      "cavit",       "pneumonia",    "edema",
          "oedema",      "narrow",       "obliterat",   "compress",     "displace",
          "granuloma",   "calculus",     "stone",       "lithiasis",    "hepatomegaly",
          "splenomegaly", "steatosis",   "hypertroph",  "tortuous",     "ectasia",
          "ectatic",     "air trapping", "air fluid",   "deformit",     "irregular",
          "heterogen",   "increased",    "decreased",   "distension",   "distention",
          "wall thickness", "postoperative", "operated",  "resect",      "lobectomy",
          "mastectomy",  "goiter",       "sclerotic",   "lytic",        "thrombus",
          "embol",       "infarct",      "pathologic",  "abnormal",     "suspicious"},
         {},
         {}});
    return any;
  }();
  return entry;
}

}  // namespace ctlite::core
