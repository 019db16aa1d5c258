#include "core/phantoms/report_generator.h"

#include <cmath>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/phantoms/phantom_random.h"

namespace ctlite::core {

namespace {

using phantom::Rng;

std::string millimetres(double mm) {
  return std::to_string(static_cast<int>(std::lround(mm))) + " mm";
}

// Larger lesions are dictated in centimetres, as radiologists do.
std::string size_text(double mm) {
  if (mm < 30) return millimetres(mm);
  const long tenths = std::lround(mm);  // 1 mm = a tenth of a centimetre
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " cm";
}

const char* severity_word(double severity, Rng& rng) {
  if (severity < 0.4) return rng.chance(0.5) ? "mild" : "minimal";
  if (severity < 0.75) return "moderate";
  return rng.chance(0.5) ? "marked" : "severe";
}

std::string side_adjective(Side side) {
  return side == Side::Both ? "bilateral" : side == Side::Right ? "right" : "left";
}

std::string side_phrase(Side side) {
  return side == Side::Both    ? "in both lungs"
         : side == Side::Right ? "in the right lung"
                               : "in the left lung";
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

class ReportWriter {
 public:
  explicit ReportWriter(const PhantomSpec& spec) : spec_(spec), rng_(spec.seed, "report") {}

  RadiologyReport write() {
    RadiologyReport report;
    report.clinical_information = clinical_information();
    report.technique = technique();
    mediastinum();
    pleura_and_pericardium();
    lungs();
    abdomen_and_bones();
    report.findings = join(findings_);
    if (impressions_.empty())
      impressions_.push_back(
          pick({"No acute cardiopulmonary abnormality.", "Unremarkable chest CT.",
                "No significant pathology was detected in the thorax."}));
    report.impressions = join(impressions_);
    return report;
  }

 private:
  const FindingSpec& f(Finding finding) const { return spec_[finding]; }
  bool has(Finding finding) const { return spec_.has(finding); }

  std::string pick(std::initializer_list<const char*> options) {
    const int n = static_cast<int>(options.size());
    return *(options.begin() + rng_.below(n));
  }
  std::string pick(const std::vector<std::string>& options) {
    return options[static_cast<std::size_t>(rng_.below(static_cast<int>(options.size())))];
  }
  void say(const std::string& sentence) { findings_.push_back(sentence); }
  void conclude(const std::string& sentence) { impressions_.push_back(sentence); }
  // Pertinent negatives are dictated often but not always.
  void deny(double probability, std::initializer_list<const char*> options) {
    if (rng_.chance(probability)) say(pick(options));
  }
  static std::string join(const std::vector<std::string>& sentences) {
    std::string text;
    for (const std::string& s : sentences) text += (text.empty() ? "" : " ") + s;
    return text;
  }

  std::string clinical_information() {
    const std::string who = std::to_string(spec_.patient.age_years) + "-year-old " +
                            (spec_.patient.sex == 'F' ? "female" : "male");
    std::vector<std::string> reasons{"Shortness of breath.", "Cough.", "Chest pain.",
                                     "Routine control.", "Preoperative evaluation."};
    if (has(Finding::Consolidation) || has(Finding::LungOpacity))
      reasons = {"Fever and cough.", "Suspected pneumonia.", "Cough and sputum for one week."};
    else if (has(Finding::PleuralEffusion) || has(Finding::Cardiomegaly))
      reasons = {"Dyspnea.", "Known heart failure, increasing dyspnea.",
                 "Shortness of breath on exertion."};
    else if (has(Finding::LungNodule))
      reasons = {"Follow-up of pulmonary nodule.", "Smoking history, screening.",
                 "Incidental nodule on chest radiograph."};
    else if (has(Finding::Lymphadenopathy))
      reasons = {"Staging.", "Weight loss, evaluation for lymphoma.",
                 "Known malignancy, follow-up."};
    if (rng_.chance(0.1)) return "Not given.";
    return rng_.chance(0.5) ? who + ". " + pick(reasons) : pick(reasons);
  }

  std::string technique() {
    return pick(
        {"Non-contrast chest CT was obtained in the axial plane; multiplanar reformatted images "
         "were reviewed.",
         "Thorax CT examination was performed without intravenous contrast material. Axial "
         "sections were evaluated in mediastinal and parenchymal windows.",
         "Unenhanced thin-section CT of the chest from the thoracic inlet to the upper abdomen.",
         "Chest CT without contrast; lung and soft-tissue kernels were reviewed."});
  }

  void mediastinum() {
    if (has(Finding::MedicalMaterial)) {
      switch (static_cast<MedicalDevice>(f(Finding::MedicalMaterial).variant)) {
        case MedicalDevice::Pacemaker:
          say(
              pick({"A cardiac pacemaker is seen in the left infraclavicular region with leads "
                    "extending into the right atrium and right ventricle.",
                    "Pacemaker generator in the left anterior chest wall; its leads terminate in "
                    "the right heart chambers."}));
          conclude(pick({"Pacemaker in place.", "Medical material: cardiac pacemaker."}));
          break;
        case MedicalDevice::ChestPort:
          say(
              pick({"A venous port catheter is present in the anterior chest wall, its catheter "
                    "tip in the superior vena cava.",
                    "Port-a-cath reservoir in the subcutaneous tissue of the anterior chest wall "
                    "with the catheter ending in the superior vena cava."}));
          conclude(pick({"Chest port in place.", "Medical material: central venous port."}));
          break;
        case MedicalDevice::SternotomyWires:
        default:
          say(pick({"Median sternotomy wires are noted, consistent with previous cardiac surgery.",
                    "Postoperative changes with sternotomy wires in the sternum.",
                    "Sternal cerclage wires from prior sternotomy."}));
          conclude(pick({"Status post sternotomy.", "Medical material: sternotomy wires."}));
          break;
      }
    }
    if (rng_.chance(0.7))
      say(pick({"Trachea and both main bronchi are patent.",
                "Trachea and main bronchi are open, no obstructing lesion.",
                "The central airways are patent."}));

    if (has(Finding::Cardiomegaly)) {
      const std::string degree = severity_word(f(Finding::Cardiomegaly).severity, rng_);
      say(pick(std::vector<std::string>{"The heart is enlarged (" + degree + " cardiomegaly).",
                                        "Cardiac silhouette is " + degree + "ly enlarged.",
                                        capitalised(degree) + " cardiomegaly is present."}));
      conclude(pick({"Cardiomegaly.", "Enlarged heart."}));
    } else {
      deny(0.75,
           {"Heart size is normal.", "Heart size is within normal limits.", "No cardiomegaly."});
    }
    if (has(Finding::ArterialWallCalcification)) {
      const double s = f(Finding::ArterialWallCalcification).severity;
      say(pick(std::vector<std::string>{
          std::string(s > 0.6 ? "Extensive" : "Scattered") +
              " atherosclerotic calcified plaques in the wall of the thoracic aorta.",
          "Calcific atheromatous plaques are seen in the aortic arch and descending aorta.",
          "Arterial wall calcification of the thoracic aorta."}));
      conclude(pick({"Aortic atherosclerosis.", "Arterial wall calcification."}));
    } else {
      deny(0.3, {"No calcified plaque in the thoracic aorta.",
                 "Thoracic aorta is of normal caliber without calcification."});
    }
    if (has(Finding::CoronaryArteryWallCalcification)) {
      say(pick({"Calcified plaques along the coronary arteries.",
                "Coronary artery calcifications are present, most prominently along the left "
                "anterior descending artery.",
                "Coronary artery wall calcification is noted."}));
      if (rng_.chance(0.6)) conclude("Coronary artery calcification.");
    } else {
      deny(0.35,
           {"No coronary artery calcification.", "Coronary arteries are without calcification."});
    }
    if (has(Finding::Lymphadenopathy)) {
      const FindingSpec& node = f(Finding::Lymphadenopathy);
      const std::string station = lymph_node_station_name(node.variant);
      const std::string size =
          millimetres(node.size_mm > 0 ? node.size_mm : 11.0 + 17.0 * node.severity);
      if (node.count > 1)
        say(pick(std::vector<std::string>{
            "Multiple enlarged mediastinal lymph nodes, the largest in the " + station +
                " station measuring " + size + " in short axis.",
            "Lymphadenopathy in the mediastinum; the largest " + station + " node measures " +
                size + " in short axis."}));
      else
        say(pick(std::vector<std::string>{
            "An enlarged " + station + " lymph node measuring " + size + " in short axis.",
            "A " + size + " " + station + " lymph node, pathologic by size criteria."}));
      conclude(pick(std::vector<std::string>{
          "Mediastinal lymphadenopathy; lymphoproliferative disease or metastasis cannot be "
          "excluded.",
          "Lymphadenopathy.", "Enlarged mediastinal lymph nodes, likely reactive."}));
    } else {
      deny(0.7, {"No lymph node in pathological size or appearance was detected in the mediastinum "
                 "or hila.",
                 "No mediastinal or hilar lymphadenopathy.",
                 "Mediastinal lymph nodes are not enlarged."});
    }
    if (has(Finding::HiatalHernia)) {
      const FindingSpec& hernia = f(Finding::HiatalHernia);
      const std::string size =
          size_text(hernia.size_mm > 0 ? hernia.size_mm : 28.0 + 40.0 * hernia.severity);
      say(pick(std::vector<std::string>{
          "A hiatal hernia measuring approximately " + size + " is seen behind the heart.",
          "Sliding hiatal hernia (" + size + ") with an air-fluid level.",
          "Part of the stomach herniates through the esophageal hiatus into the posterior "
          "mediastinum (hiatal hernia)."}));
      conclude(pick({"Hiatal hernia.", "Hiatus hernia."}));
    } else {
      deny(0.3, {"No hiatal hernia.", "Esophagus is normal in caliber."});
    }
  }

  void pleura_and_pericardium() {
    if (has(Finding::PericardialEffusion)) {
      const FindingSpec& p = f(Finding::PericardialEffusion);
      const std::string rim = millimetres(p.size_mm > 0 ? p.size_mm : 5.0 + 20.0 * p.severity);
      say(pick(std::vector<std::string>{"Pericardial effusion reaching " + rim + " in thickness.",
                                        "There is a " +
                                            std::string(severity_word(p.severity, rng_)) +
                                            " pericardial effusion (" + rim + ").",
                                        "Fluid within the pericardial space, up to " + rim + "."}));
      conclude("Pericardial effusion.");
    }
    if (has(Finding::PleuralEffusion)) {
      const FindingSpec& p = f(Finding::PleuralEffusion);
      const std::string depth = millimetres(p.size_mm > 0 ? p.size_mm : 10.0 + 45.0 * p.severity);
      const std::string side = side_adjective(p.side);
      say(pick(std::vector<std::string>{
          capitalised(side) + " pleural effusion with a maximum thickness of " + depth + ".",
          "There is " + std::string(severity_word(p.severity, rng_)) + " " + side +
              " pleural fluid, " + depth + " at its deepest.",
          capitalised(side) + " dependent pleural effusion measuring " + depth + "."}));
      conclude(pick(std::vector<std::string>{capitalised(side) + " pleural effusion.",
                                             "Pleural effusion (" + side + ")."}));
    }
    if (!has(Finding::PleuralEffusion) && !has(Finding::PericardialEffusion))
      deny(0.85, {"No pleural or pericardial effusion.",
                  "No pleural effusion or pericardial effusion was detected.",
                  "Pleural and pericardial spaces are free."});
    else if (!has(Finding::PleuralEffusion))
      deny(0.8,
           {"No pleural effusion.", "Pleural spaces are clear.", "There is no pleural effusion."});
    else if (!has(Finding::PericardialEffusion))
      deny(0.7, {"No pericardial effusion.", "Pericardium is unremarkable."});
  }

  void lungs() {
    if (rng_.chance(0.5))
      say(pick({"Lung parenchyma window:", "Evaluation of the lung parenchyma:", "In the lungs:"}));
    if (has(Finding::Emphysema)) {
      const FindingSpec& e = f(Finding::Emphysema);
      const bool paraseptal = e.variant == static_cast<int>(EmphysemaPattern::Paraseptal);
      const std::string kind = paraseptal ? "paraseptal" : "centrilobular";
      say(pick(std::vector<std::string>{
          capitalised(severity_word(e.severity, rng_)) + " " + kind +
              " emphysematous changes, predominantly in the upper lobes.",
          capitalised(kind) + " emphysema in both lungs.",
          "Areas of low attenuation without visible walls consistent with " + kind +
              " emphysema."}));
      conclude(pick(std::vector<std::string>{capitalised(kind) + " emphysema.", "Emphysema."}));
    } else {
      deny(0.3, {"No emphysema.", "No emphysematous change."});
    }
    if (has(Finding::LungNodule)) {
      const FindingSpec& n = f(Finding::LungNodule);
      const double d = n.size_mm > 0 ? n.size_mm : 4.0 + 21.0 * n.severity;
      const std::string size = millimetres(d), lobe = lobe_name(n.lobe);
      if (n.count > 1)
        say(pick(std::vector<std::string>{
            "Multiple pulmonary nodules are present, the largest measuring " + size + " in the " +
                lobe + ".",
            "Several solid nodules in both lungs; the largest is a " + size + " nodule in the " +
                lobe + "."}));
      else
        say(pick(std::vector<std::string>{
            "A " + size + " solid nodule in the " + lobe + ".",
            "There is a " + size + " pulmonary nodule in the " + lobe + ".",
            "Solid lung nodule measuring " + size + " in the " + lobe + "."}));
      if (d >= 8)
        conclude(pick(std::vector<std::string>{
            "Lung nodule in the " + lobe + " (" + size +
                "); malignancy cannot be excluded, further evaluation recommended.",
            size + " pulmonary nodule, follow-up CT advised."}));
      else
        conclude(pick(
            std::vector<std::string>{"Small lung nodule, likely benign; follow-up per guidelines.",
                                     "Lung nodule (" + size + ")."}));
    } else {
      deny(0.7, {"No mass or nodule was detected in either lung.", "No pulmonary nodule.",
                 "No suspicious pulmonary nodule or mass."});
    }
    if (has(Finding::Consolidation)) {
      const FindingSpec& c = f(Finding::Consolidation);
      const std::string size = size_text(c.size_mm > 0 ? c.size_mm : 25.0 + 55.0 * c.severity);
      const std::string lobe = lobe_name(c.lobe);
      say(pick(std::vector<std::string>{"Consolidation with air bronchograms in the " + lobe +
                                            ", measuring approximately " + size + ".",
                                        "There is an area of consolidation in the " + lobe + " (" +
                                            size + ") containing air bronchograms.",
                                        "Airspace consolidation in the " + lobe + "."}));
      conclude(pick(
          std::vector<std::string>{"Consolidation in the " + lobe + ", consistent with pneumonia.",
                                   "Pneumonic consolidation in the " + lobe +
                                       "; an underlying lesion cannot be excluded, follow-up after "
                                       "treatment is recommended."}));
    } else {
      deny(0.6,
           {"No consolidation.", "No focal consolidation.", "There is no airspace consolidation."});
    }
    if (has(Finding::LungOpacity)) {
      const FindingSpec& o = f(Finding::LungOpacity);
      const std::string where =
          o.count > 1 ? side_phrase(o.side) : std::string("in the ") + lobe_name(o.lobe);
      say(pick(std::vector<std::string>{
          std::string(o.count > 1 ? "Patchy ground-glass opacities " : "A ground-glass opacity ") +
              where + ".",
          "Ground glass densities " + where + ".",
          "Areas of increased density with ground-glass appearance " + where + "."}));
      conclude(pick(std::vector<std::string>{
          "Ground-glass opacities, likely infectious or inflammatory.",
          "Lung opacity " + where + "; atypical infection cannot be excluded."}));
    } else {
      deny(0.4, {"No ground-glass opacity.", "No parenchymal opacity."});
    }
    if (has(Finding::Atelectasis)) {
      const FindingSpec& a = f(Finding::Atelectasis);
      const std::string lobe = lobe_name(a.lobe);
      if (a.variant == static_cast<int>(AtelectasisPattern::Platelike))
        say(pick(std::vector<std::string>{
            "Plate-like atelectasis in the " + lobe + ".",
            "A linear band of subsegmental atelectasis in the " + lobe + "."}));
      else
        say(pick(std::vector<std::string>{
            capitalised(side_adjective(a.side)) +
                " dependent subsegmental atelectasis in the posterior lower lobes.",
            "Band-like densities in the dependent parts of the lower lobes, likely atelectasis.",
            (has(Finding::PleuralEffusion) ? "Compressive atelectasis adjacent to the effusion."
                                           : "Basal atelectasis.")}));
      if (rng_.chance(0.6)) conclude("Atelectasis.");
    }
    if (has(Finding::PulmonaryFibroticSequela)) {
      const FindingSpec& s = f(Finding::PulmonaryFibroticSequela);
      say(pick(std::vector<std::string>{
          "Fibrotic bands and reticular densities in the " + std::string(lobe_name(s.lobe)) +
              ", consistent with sequelae.",
          "Parenchymal bands with traction toward the pleura in the " +
              std::string(lobe_name(s.lobe)) + ", likely post-inflammatory fibrosis.",
          "Sequelae fibrotic changes " + side_phrase(s.side) + "."}));
      conclude(
          pick({"Pulmonary fibrotic sequelae.", "Fibrotic sequelae, likely post-infectious."}));
    }
    if (has(Finding::MosaicAttenuationPattern)) {
      say(pick(std::vector<std::string>{
          "Mosaic attenuation pattern " + side_phrase(f(Finding::MosaicAttenuationPattern).side) +
              ".",
          "Heterogeneous lung density with geographic areas of decreased attenuation (mosaic "
          "attenuation).",
          "Patchy areas of differing lung attenuation forming a mosaic pattern."}));
      conclude(pick(
          {"Mosaic attenuation, may reflect small airway disease; air trapping cannot be excluded.",
           "Mosaic attenuation pattern."}));
    }
    if (has(Finding::InterlobularSeptalThickening)) {
      say(pick(std::vector<std::string>{
          "Interlobular septal thickening " +
              side_phrase(f(Finding::InterlobularSeptalThickening).side) +
              ", predominantly peripheral and basal.",
          "Smooth thickening of the interlobular septa in the lower zones.",
          "Thickened interlobular septa outline secondary pulmonary lobules at the lung bases."}));
      conclude(pick({"Interlobular septal thickening, likely interstitial edema.",
                     "Interlobular septal thickening."}));
    }
    if (has(Finding::Bronchiectasis)) {
      const FindingSpec& b = f(Finding::Bronchiectasis);
      say(pick(std::vector<std::string>{"Cylindrical bronchiectasis in the " +
                                            std::string(lobe_name(b.lobe)) +
                                            ", the bronchi wider than the accompanying arteries.",
                                        "Dilated bronchi with a signet-ring appearance in the " +
                                            std::string(lobe_name(b.lobe)) + ".",
                                        "Bronchiectatic changes " + side_phrase(b.side) + "."}));
      conclude(pick({"Bronchiectasis.", "Bronchiectasis, most pronounced in the lower lobes."}));
    } else {
      deny(0.3, {"No bronchiectasis.", "Bronchi are of normal caliber."});
    }
    if (has(Finding::PeribronchialThickening)) {
      say(pick(std::vector<std::string>{
          "Peribronchial thickening " + side_phrase(f(Finding::PeribronchialThickening).side) + ".",
          "Bronchial wall thickening, more evident in the lower lobes.",
          "Thickened bronchial walls (peribronchial cuffing) " +
              side_phrase(f(Finding::PeribronchialThickening).side) + "."}));
      if (rng_.chance(0.7))
        conclude(pick({"Peribronchial thickening, compatible with bronchitis.",
                       "Bronchial wall thickening."}));
    }
  }

  void abdomen_and_bones() {
    if (rng_.chance(0.6))
      say(pick({"Upper abdominal organs included in the sections are unremarkable.",
                "Visualized portions of the liver and spleen are normal.",
                "No pathology in the upper abdominal sections."}));
    if (rng_.chance(0.6))
      say(pick({"Bony structures are unremarkable.", "No lytic or destructive bone lesion.",
                "Degenerative changes of the thoracic spine."}));
  }

  const PhantomSpec& spec_;
  Rng rng_;
  std::vector<std::string> findings_, impressions_;
};

}  // namespace

RadiologyReport write_report(const PhantomSpec& spec) { return ReportWriter(spec).write(); }

}  // namespace ctlite::core
