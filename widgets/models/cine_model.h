#pragma once
// Cine: steps one view's slices at a fixed rate, bouncing between the first and last slice.

#include <QObject>
#include <QPointer>

class QTimer;

namespace ctlite::widgets {

class SliceViewModel;

class CineModel : public QObject {
  Q_OBJECT

 public:
  explicit CineModel(QObject* parent = nullptr);

  void setTarget(SliceViewModel* target);
  SliceViewModel* target() const { return target_; }
  bool isPlaying() const;
  void setPlaying(bool playing);
  void toggle() { setPlaying(!isPlaying()); }
  int framesPerSecond() const { return frames_per_second_; }
  void setFramesPerSecond(int fps);

  // One cine step (public so tests need no timer).
  void step();

 signals:
  void playingChanged(bool playing);

 private:
  QPointer<SliceViewModel> target_;
  QTimer* timer_;
  int frames_per_second_ = 15;
  int direction_ = 1;
};

}  // namespace ctlite::widgets
