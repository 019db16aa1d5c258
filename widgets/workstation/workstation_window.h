#pragma once
// The CT-Lite Workstation main window: study browser, MPR + 3D views, findings and overlay
// panels, DICOM tags, measurements, and the actions that drive them. It composes presenter
// models and views; the logic lives in the models, the loader and the run controller.

#include <QMainWindow>
#include <QPointer>
#include <QSettings>
#include <memory>
#include <optional>

#include "widgets/io/volume_source.h"
#include "widgets/models/viewer_model.h"
#include "widgets/models/window_level.h"

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QPlainTextEdit;

namespace ctlite::widgets {

class CineModel;
class CtliteRunController;
class DicomTagBrowser;
class FindingsModel;
class FindingsPanel;
class MeasurementModel;
class ModelLibraryModel;
class MprLayout;
class OverlayModel;
class SeriesBrowser;
class VolumeLoader;
enum class ViewerLayout;

class WorkstationWindow : public QMainWindow {
  Q_OBJECT

 public:
  // QSettings key of the user-interface language (en, bn, de); main() reads it at start-up.
  static constexpr const char* kLanguageSettingKey = "ui/language";
  // `settings` defaults to the user's CT-Lite settings; tests pass a private file.
  explicit WorkstationWindow(VolumeSource source, std::unique_ptr<QSettings> settings = nullptr,
                             QWidget* parent = nullptr);
  ~WorkstationWindow() override;

  ViewerModel* viewerModel() const { return viewer_; }
  FindingsModel* findingsModel() const { return findings_; }
  OverlayModel* overlayModel() const { return overlay_; }
  MeasurementModel* measurementModel() const { return measurements_; }
  MprLayout* mprLayout() const { return layout_; }
  CtliteRunController* runController() const { return run_; }
  // The bundled and registered models and the active one (what Run CT-Lite scores with).
  ModelLibraryModel* modelLibrary() const { return library_; }
  VolumeLoader* loader() const { return loader_; }
  SeriesBrowser* seriesBrowser() const { return series_browser_; }
  FindingsPanel* findingsPanel() const { return findings_panel_; }

  // Lists the series under `path`; one series loads at once, several go to the study browser
  // for the user to pick (or, with `pick_largest`, the one with most images loads).
  void openPath(const QString& path, bool pick_largest = false);
  void loadSeries(const QString& path, const QString& series_uid);
  // Shows an already-read volume (tests, automation); `source_path` is what the engine reads.
  void showVolume(VolumePtr volume, const QString& source_path, const QString& series_uid);

  void applyPreset(WindowPreset preset);
  void setViewerLayout(ViewerLayout layout);
  void runCtLite();

  // When set, errors go to stderr instead of message boxes (automation, --screenshot).
  void setHeadless(bool headless) { headless_ = headless; }

 signals:
  void volumeShown();
  void loadFailed(const QString& message);
  void seriesChoiceNeeded(int series_count);
  void runCompleted(bool succeeded);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createMenus();
  void createToolBars();
  void createDocks();
  void createStatusBar();
  void connectModels();
  void restoreSettings();
  void saveSettings();

  void openFileDialog();
  void openFolderDialog();
  void addRecentPath(const QString& path);
  void rebuildRecentMenu();
  void rebuildModelChoices();
  void chooseModelsFolder();
  void setGpuChoiceEnabled(bool enabled);
  void saveScreenshotDialog();
  void showAbout();
  void showError(const QString& title, const QString& message);

  void onSeriesListed(const QString& path, const QVector<SeriesSummary>& series, bool pick_largest);
  void onVolumeLoaded(const VolumePtr& volume, const QString& path, const QString& series_uid);
  void updateStudyBanner();
  void updateDicomTags(const QString& path, const QString& series_uid);
  void updateActionStates();
  void setLoadProgressVisible(bool visible);

  std::unique_ptr<QSettings> settings_;
  ViewerModel* viewer_;
  FindingsModel* findings_;
  OverlayModel* overlay_;
  MeasurementModel* measurements_;
  CineModel* cine_model_;
  VolumeLoader* loader_;
  ModelLibraryModel* library_;
  CtliteRunController* run_;

  MprLayout* layout_ = nullptr;
  QLabel* study_banner_ = nullptr;
  SeriesBrowser* series_browser_ = nullptr;
  FindingsPanel* findings_panel_ = nullptr;
  DicomTagBrowser* tag_browser_ = nullptr;
  QPlainTextEdit* engine_log_ = nullptr;

  QLabel* cursor_label_ = nullptr;
  QLabel* status_label_ = nullptr;
  QProgressBar* load_progress_ = nullptr;
  QToolButton* load_cancel_ = nullptr;
  QComboBox* model_combo_ = nullptr;
  QComboBox* device_combo_ = nullptr;

  QAction* open_file_ = nullptr;
  QAction* open_folder_ = nullptr;
  QAction* save_screenshot_ = nullptr;
  QAction* quit_ = nullptr;
  QMenu* recent_menu_ = nullptr;
  QActionGroup* layout_group_ = nullptr;
  QAction* maximise_ = nullptr;
  QAction* reset_views_ = nullptr;
  QAction* cine_action_ = nullptr;
  QActionGroup* preset_group_ = nullptr;
  QActionGroup* tool_group_ = nullptr;
  QAction* navigate_ = nullptr;
  QAction* measure_distance_ = nullptr;
  QAction* measure_ellipse_ = nullptr;
  QAction* run_ctlite_ = nullptr;
  QAction* cancel_run_ = nullptr;
  QAction* show_overlay_ = nullptr;
  QAction* fine_tune_ = nullptr;
  QAction* training_jobs_ = nullptr;
  QAction* models_folder_ = nullptr;
  QAction* about_ = nullptr;
  QMenu* view_menu_ = nullptr;

  QString current_path_;
  QString current_series_uid_;
  bool headless_ = false;
};

}  // namespace ctlite::widgets
