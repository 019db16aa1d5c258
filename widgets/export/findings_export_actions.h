#pragma once
// The viewer's export actions, kept out of the main window: "Export findings…" (after Run
// CT-Lite), "Send export to PACS…" and "PACS nodes…". They bind the run's result and the saved
// nodes (QSettings) to FindingsExportModel and open its dialogs.

#include <QObject>
#include <QSettings>

class QAction;
class QWidget;

namespace ctlite::widgets {

class CtliteRunController;
class FindingsExportModel;
class FindingsModel;

class FindingsExportActions : public QObject {
  Q_OBJECT

 public:
  FindingsExportActions(CtliteRunController* run, FindingsModel* findings, QSettings* settings, QWidget* window);

  QList<QAction*> actions() const;
  FindingsExportModel* model() const { return model_; }

  void exportFindings();
  void sendLastExport();
  void manageNodes();

 signals:
  void statusMessage(const QString& message);

 private:
  void updateInput();
  void updateEnabled();

  CtliteRunController* run_;
  FindingsModel* findings_;
  QSettings* settings_;
  QWidget* window_;
  FindingsExportModel* model_;
  QAction* export_;
  QAction* send_;
  QAction* nodes_;
};

}  // namespace ctlite::widgets
