#pragma once
// Patients -> studies -> series of an opened folder, with thumbnails of the series already
// viewed. Double-clicking a series asks for it to be loaded.

#include <QHash>
#include <QImage>
#include <QWidget>

#include "widgets/io/volume_source.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ctlite::widgets {

class SeriesBrowser : public QWidget {
  Q_OBJECT

 public:
  explicit SeriesBrowser(QWidget* parent = nullptr);

  void setSeries(const QString& root_path, const QVector<SeriesSummary>& series);
  const QVector<SeriesSummary>& series() const { return series_; }
  void setThumbnail(const QString& path, const QString& series_uid, const QImage& thumbnail);
  void setCurrent(const QString& path, const QString& series_uid);
  QTreeWidget* tree() const { return tree_; }

 signals:
  void seriesActivated(const ctlite::widgets::SeriesSummary& series);

 private:
  QTreeWidgetItem* itemFor(const QString& path, const QString& series_uid) const;

  QLabel* root_ = nullptr;
  QTreeWidget* tree_ = nullptr;
  QVector<SeriesSummary> series_;
};

// A square lung-window thumbnail of the volume's middle axial slice.
QImage make_series_thumbnail(const core::Volume& volume, int size = 64);

}  // namespace ctlite::widgets
