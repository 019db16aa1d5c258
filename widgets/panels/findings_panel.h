#pragma once
// The findings panel: the model's identity and notice (always visible), then one horizontal bar
// per abnormality with its score, a threshold tick and present/absent colouring. Clicking a row
// activates the finding (the views jump to its evidence).

#include <QWidget>

class QCustomPlot;
class QLabel;
class QMouseEvent;
class QProgressBar;
class QPushButton;

namespace ctlite::widgets {

class FindingsModel;
struct ModelIdentity;

class FindingsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit FindingsPanel(FindingsModel* model, QWidget* parent = nullptr);

  // What the panel says before any result exists (the selected model, the device).
  void setPendingModel(const QString& model_name, const QString& notice);
  // Run state shown above the bars.
  void setRunning(bool running);
  void setProgress(const QString& stage, double fraction, const QString& message);
  void setStatus(const QString& text, bool is_error);

  // Row under a widget-coordinate y of the plot, or -1 (exposed for tests).
  int rowAt(double plot_y) const;
  QCustomPlot* plot() const { return plot_; }

 signals:
  void cancelRequested();

 private:
  void rebuild();
  void showIdentity(const ModelIdentity& identity);
  void onPlotClicked(QMouseEvent* event);

  FindingsModel* model_;
  QLabel* model_name_ = nullptr;
  QLabel* notice_ = nullptr;
  QLabel* summary_ = nullptr;
  QLabel* status_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QCustomPlot* plot_ = nullptr;
};

}  // namespace ctlite::widgets
