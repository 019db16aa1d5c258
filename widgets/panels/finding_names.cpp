#include "widgets/panels/finding_names.h"

#include <QCoreApplication>

namespace ctlite::widgets {

namespace {
// Listed for lupdate; the English source text doubles as the lookup key.
[[maybe_unused]] const char* const kFindingNames[] = {
    QT_TRANSLATE_NOOP("Finding", "Medical material"),
    QT_TRANSLATE_NOOP("Finding", "Arterial wall calcification"),
    QT_TRANSLATE_NOOP("Finding", "Cardiomegaly"),
    QT_TRANSLATE_NOOP("Finding", "Pericardial effusion"),
    QT_TRANSLATE_NOOP("Finding", "Coronary artery wall calcification"),
    QT_TRANSLATE_NOOP("Finding", "Hiatal hernia"),
    QT_TRANSLATE_NOOP("Finding", "Lymphadenopathy"),
    QT_TRANSLATE_NOOP("Finding", "Emphysema"),
    QT_TRANSLATE_NOOP("Finding", "Atelectasis"),
    QT_TRANSLATE_NOOP("Finding", "Lung nodule"),
    QT_TRANSLATE_NOOP("Finding", "Lung opacity"),
    QT_TRANSLATE_NOOP("Finding", "Pulmonary fibrotic sequela"),
    QT_TRANSLATE_NOOP("Finding", "Pleural effusion"),
    QT_TRANSLATE_NOOP("Finding", "Mosaic attenuation pattern"),
    QT_TRANSLATE_NOOP("Finding", "Peribronchial thickening"),
    QT_TRANSLATE_NOOP("Finding", "Consolidation"),
    QT_TRANSLATE_NOOP("Finding", "Bronchiectasis"),
    QT_TRANSLATE_NOOP("Finding", "Interlobular septal thickening"),
};
}  // namespace

QString translated_finding_name(const QString& english_name) {
  // Unknown names (a future model) pass through untranslated rather than disappearing.
  return QCoreApplication::translate("Finding", english_name.toUtf8().constData());
}

}  // namespace ctlite::widgets
