#include "widgets/models/cine_model.h"

#include <QTimer>
#include <algorithm>

#include "widgets/models/slice_view_model.h"

namespace ctlite::widgets {

CineModel::CineModel(QObject* parent) : QObject(parent), timer_(new QTimer(this)) {
  timer_->setTimerType(Qt::PreciseTimer);
  connect(timer_, &QTimer::timeout, this, &CineModel::step);
  setFramesPerSecond(frames_per_second_);
}

void CineModel::setTarget(SliceViewModel* target) {
  target_ = target;
  direction_ = 1;
}

bool CineModel::isPlaying() const { return timer_->isActive(); }

void CineModel::setPlaying(bool playing) {
  if (playing == isPlaying()) return;
  if (playing && (target_ == nullptr || target_->sliceCount() < 2)) return;
  if (playing) timer_->start();
  else timer_->stop();
  emit playingChanged(playing);
}

void CineModel::setFramesPerSecond(int fps) {
  frames_per_second_ = std::clamp(fps, 1, 60);
  timer_->setInterval(1000 / frames_per_second_);
}

void CineModel::step() {
  if (target_ == nullptr || target_->sliceCount() < 2) {
    setPlaying(false);
    return;
  }
  const int last = target_->sliceCount() - 1;
  const int next = target_->sliceIndex() + direction_;
  if (next < 0 || next > last) direction_ = -direction_;
  target_->stepSlices(direction_);
}

}  // namespace ctlite::widgets
