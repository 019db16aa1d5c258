#pragma once
// Live training curves of one stage: the total loss and each loss term (left axis) and the
// learning rate (right axis) per optimizer step, from the stage's events.jsonl.

#include <QWidget>

class QCustomPlot;

namespace ctlite::widgets {

class TrainingEventsLog;

class TrainingCurvesView : public QWidget {
  Q_OBJECT

 public:
  explicit TrainingCurvesView(QWidget* parent = nullptr);

  void showEvents(const TrainingEventsLog& events, const QString& stage);
  void clear();
  int pointCount() const { return point_count_; }

 private:
  QCustomPlot* plot_;
  int point_count_ = 0;
};

}  // namespace ctlite::widgets
