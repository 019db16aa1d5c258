#include "app/viewer/core_volume_source.h"

#include <QFileInfo>
#include <map>

#include "core/io/dicom_series_reader.h"
#include "core/io/dicom_tag_dump.h"
#include "core/io/volume_reader.h"

namespace ctlite::viewer {

namespace {

// Patient and study lines of the browser come from the series' first file: the folder scan
// reports series, not the people and visits they belong to.
void add_identity_from_first_file(const std::string& file, widgets::SeriesSummary& summary) {
  std::map<std::string, std::string> values;
  try {
    for (const core::DicomTagEntry& entry : core::dump_dicom_tags(file))
      if (entry.depth == 0 && !entry.in_file_meta) values.emplace(entry.tag, entry.value);
  } catch (const std::exception&) {
    return;  // the series reader reports unreadable files when the series is opened
  }
  summary.patient_name = QString::fromStdString(values["(0010,0010)"]);
  summary.patient_id = QString::fromStdString(values["(0010,0020)"]);
  summary.study_date = QString::fromStdString(values["(0008,0020)"]);
  summary.study_description = QString::fromStdString(values["(0008,1030)"]);
}

QVector<widgets::SeriesSummary> list_series(const QString& path, const Progress& progress) {
  const std::string location = path.toStdString();
  QVector<widgets::SeriesSummary> result;
  if (core::detect_volume_format(location) == core::VolumeFormat::Dicom) {
    for (const core::DicomSeriesInfo& found : core::scan_dicom_series(location, progress)) {
      widgets::SeriesSummary summary;
      summary.path = path;
      summary.series_uid = QString::fromStdString(found.series_instance_uid);
      summary.study_uid = QString::fromStdString(found.study_instance_uid);
      summary.series_number = QString::fromStdString(found.series_number);
      summary.series_description = QString::fromStdString(found.series_description);
      summary.modality = QString::fromStdString(found.modality);
      summary.image_count = static_cast<qint64>(found.image_count);
      if (!found.files.empty()) add_identity_from_first_file(found.files.front(), summary);
      result.push_back(summary);
    }
    return result;
  }
  for (const core::SeriesSummary& found : core::list_series(location)) {
    widgets::SeriesSummary summary;
    summary.path = path;
    summary.series_uid = QString::fromStdString(found.uid);
    summary.series_description =
        QStringLiteral("%1 · %2").arg(QString::fromStdString(found.description), QFileInfo(path).fileName());
    summary.modality = QString::fromStdString(found.modality);
    summary.image_count = static_cast<qint64>(found.images);
    result.push_back(summary);
  }
  return result;
}

}  // namespace

widgets::VolumeSource core_volume_source() {
  widgets::VolumeSource source;
  source.list_series = &list_series;
  source.read_volume = [](const QString& path, const QString& series_uid, const Progress& progress) {
    core::VolumeReadOptions options;
    options.series_uid = series_uid.toStdString();
    return core::read_volume(path.toStdString(), options, progress);
  };
  return source;
}

}  // namespace ctlite::viewer
