#pragma once
// The table of distances and regions drawn on the views, with delete.

#include <QWidget>

class QTableWidget;

namespace ctlite::widgets {

class MeasurementModel;

class MeasurementPanel : public QWidget {
  Q_OBJECT

 public:
  explicit MeasurementPanel(MeasurementModel* model, QWidget* parent = nullptr);
  QTableWidget* table() const { return table_; }

 private:
  void rebuild();
  void removeSelected();

  MeasurementModel* model_;
  QTableWidget* table_ = nullptr;
};

}  // namespace ctlite::widgets
