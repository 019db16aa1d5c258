#pragma once
// What the viewer needs from core/ to open studies: list the series under a path and read one
// of them into a Volume. The application plugs core's dispatcher in (app/viewer); tests plug in
// in-memory sources. Both functions run on a worker thread and report through ctlite::Progress.

#include <QMetaType>
#include <QString>
#include <QVector>
#include <functional>

#include "core/common/progress.h"
#include "core/volume/volume.h"

namespace ctlite::widgets {

struct SeriesSummary {
  QString path;        // what to pass back to read_volume (a folder or a file)
  QString series_uid;  // empty for single-volume formats (NIfTI, JPEG stacks)
  QString patient_name;
  QString patient_id;
  QString study_uid;
  QString study_date;
  QString study_description;
  QString series_number;
  QString series_description;
  QString modality;
  qint64 image_count = 0;
};

struct VolumeSource {
  std::function<QVector<SeriesSummary>(const QString& path, const Progress& progress)> list_series;
  std::function<core::Volume(const QString& path, const QString& series_uid, const Progress& progress)> read_volume;
  bool isValid() const { return list_series && read_volume; }
};

}  // namespace ctlite::widgets

Q_DECLARE_METATYPE(ctlite::widgets::SeriesSummary)
