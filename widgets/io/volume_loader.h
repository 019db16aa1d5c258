#pragma once
// Runs long reads (listing a folder's series, reading a 300-slice series) on a worker thread
// with progress and cancel, and hands the results back on the GUI thread.

#include <QFutureWatcher>
#include <QObject>
#include <memory>

#include "core/common/progress.h"
#include "widgets/io/volume_source.h"
#include "widgets/models/viewer_model.h"

namespace ctlite::widgets {

class VolumeLoader : public QObject {
  Q_OBJECT

 public:
  explicit VolumeLoader(VolumeSource source, QObject* parent = nullptr);
  ~VolumeLoader() override;  // cancels and waits for a running job

  bool isBusy() const;
  // Both refuse (return false) while another job runs.
  bool listSeries(const QString& path);
  bool load(const QString& path, const QString& series_uid);
  void cancel();

 signals:
  void progress(const QString& stage, double fraction, const QString& message);
  void seriesListed(const QString& path, const QVector<ctlite::widgets::SeriesSummary>& series);
  void volumeLoaded(const ctlite::widgets::VolumePtr& volume, const QString& path, const QString& series_uid);
  void failed(const QString& message);
  void cancelled();
  void busyChanged(bool busy);

 private:
  struct Outcome;
  bool run(std::function<void(Outcome&, const Progress&)> job);
  void onFinished();
  Progress makeProgress();

  VolumeSource source_;
  Progress progress_;
  QFutureWatcher<std::shared_ptr<Outcome>>* watcher_ = nullptr;
};

}  // namespace ctlite::widgets
