#include "widgets/io/volume_loader.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <cmath>
#include <new>

namespace ctlite::widgets {

struct VolumeLoader::Outcome {
  enum class Kind { Series, Volume, Failed, Cancelled } kind = Kind::Failed;
  QString path;
  QString series_uid;
  QVector<SeriesSummary> series;
  VolumePtr volume;
  QString error;
};

VolumeLoader::VolumeLoader(VolumeSource source, QObject* parent)
    : QObject(parent), source_(std::move(source)), watcher_(new QFutureWatcher<std::shared_ptr<Outcome>>(this)) {
  qRegisterMetaType<QVector<SeriesSummary>>();
  qRegisterMetaType<VolumePtr>();
  connect(watcher_, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &VolumeLoader::onFinished);
}

VolumeLoader::~VolumeLoader() {
  if (isBusy()) {
    progress_.cancel();
    watcher_->waitForFinished();
  }
}

bool VolumeLoader::isBusy() const { return watcher_->isRunning(); }

void VolumeLoader::cancel() {
  if (isBusy()) progress_.cancel();
}

Progress VolumeLoader::makeProgress() {
  // Readers report per slice; the GUI needs at most ~100 updates per stage.
  auto last_permille = std::make_shared<std::atomic<int>>(-1);
  auto last_stage = std::make_shared<std::string>();
  QPointer<VolumeLoader> self(this);
  return Progress([self, last_permille, last_stage](const ProgressEvent& event) {
    const int permille = static_cast<int>(std::lround(std::clamp(event.fraction, 0.0, 1.0) * 100.0));
    // Only the worker thread calls this, so the stage string needs no lock.
    if (permille == last_permille->load() && event.stage == *last_stage) return;
    last_permille->store(permille);
    *last_stage = event.stage;
    const QString stage = QString::fromStdString(event.stage);
    const QString message = QString::fromStdString(event.message);
    QMetaObject::invokeMethod(
        self.data(),
        [self, stage, fraction = event.fraction, message] {
          if (self) emit self->progress(stage, fraction, message);
        },
        Qt::QueuedConnection);
  });
}

bool VolumeLoader::run(std::function<void(Outcome&, const Progress&)> job) {
  if (isBusy()) return false;
  progress_ = makeProgress();
  emit busyChanged(true);
  watcher_->setFuture(QtConcurrent::run([job = std::move(job), progress = progress_] {
    auto outcome = std::make_shared<Outcome>();
    try {
      job(*outcome, progress);
    } catch (const OperationCancelled&) {
      outcome->kind = Outcome::Kind::Cancelled;
    } catch (const std::bad_alloc&) {
      outcome->kind = Outcome::Kind::Failed;
      outcome->error = QObject::tr("%1: not enough memory to load this series").arg(outcome->path);
    } catch (const std::exception& error) {
      // core's InputError already reads "path: problem".
      outcome->kind = Outcome::Kind::Failed;
      outcome->error = QString::fromStdString(error.what());
    }
    return outcome;
  }));
  return true;
}

bool VolumeLoader::listSeries(const QString& path) {
  if (!source_.isValid()) {
    emit failed(tr("%1: this build of the viewer has no image readers").arg(path));
    return false;
  }
  return run([source = source_, path](Outcome& outcome, const Progress& progress) {
    outcome.path = path;
    outcome.series = source.list_series(path, progress);
    outcome.kind = Outcome::Kind::Series;
  });
}

bool VolumeLoader::load(const QString& path, const QString& series_uid) {
  if (!source_.isValid()) {
    emit failed(tr("%1: this build of the viewer has no image readers").arg(path));
    return false;
  }
  return run([source = source_, path, series_uid](Outcome& outcome, const Progress& progress) {
    outcome.path = path;
    outcome.series_uid = series_uid;
    auto volume = std::make_shared<core::Volume>(source.read_volume(path, series_uid, progress));
    if (volume->voxel_count() == 0 || volume->voxels.size() != volume->voxel_count())
      throw std::runtime_error(path.toStdString() + ": the reader returned an empty volume");
    outcome.volume = std::move(volume);
    outcome.kind = Outcome::Kind::Volume;
  });
}

void VolumeLoader::onFinished() {
  const std::shared_ptr<Outcome> outcome = watcher_->result();
  emit busyChanged(false);
  switch (outcome->kind) {
    case Outcome::Kind::Series: emit seriesListed(outcome->path, outcome->series); break;
    case Outcome::Kind::Volume: emit volumeLoaded(outcome->volume, outcome->path, outcome->series_uid); break;
    case Outcome::Kind::Cancelled: emit cancelled(); break;
    case Outcome::Kind::Failed: emit failed(outcome->error); break;
  }
}

}  // namespace ctlite::widgets
