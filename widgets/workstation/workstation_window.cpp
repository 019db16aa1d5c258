#include "widgets/workstation/workstation_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cstdio>

#include "core/io/dicom_tag_dump.h"
#include "widgets/export/findings_export_actions.h"
#include "widgets/io/volume_loader.h"
#include "widgets/models/cine_model.h"
#include "widgets/models/findings_model.h"
#include "widgets/models/measurement_model.h"
#include "widgets/models/model_library_model.h"
#include "widgets/models/overlay_model.h"
#include "widgets/panels/dicom_tag_browser.h"
#include "widgets/panels/findings_panel.h"
#include "widgets/panels/measurement_panel.h"
#include "widgets/panels/overlay_panel.h"
#include "widgets/panels/series_browser.h"
#include "widgets/views/mpr_layout.h"
#include "widgets/views/slice_view.h"
#include "widgets/wizard/fine_tune_launcher.h"
#include "widgets/workstation/about_dialog.h"
#include "widgets/workstation/ctlite_run_controller.h"
#include "widgets/workstation/resources.h"

namespace ctlite::widgets {

namespace {

constexpr int kMaximumRecentPaths = 10;

namespace key {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLayout = QStringLiteral("view/layout");
const QString kPreset = QStringLiteral("view/preset");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kRecent = QStringLiteral("files/recent");
const QString kModelsFolder = QStringLiteral("engine/modelsFolder");
const QString kDevice = QStringLiteral("engine/device");
const QString kEngineProgram = QStringLiteral("engine/program");
const QString kOverlayOpacity = QStringLiteral("overlay/opacity");
}  // namespace key

QString describe_dimensions(const core::Volume& volume) {
  return QStringLiteral("%1×%2×%3 · %4×%5×%6 mm")
      .arg(volume.dims[0]).arg(volume.dims[1]).arg(volume.dims[2])
      .arg(volume.spacing[0], 0, 'f', 2).arg(volume.spacing[1], 0, 'f', 2).arg(volume.spacing[2], 0, 'f', 2);
}

}  // namespace

WorkstationWindow::WorkstationWindow(VolumeSource source, std::unique_ptr<QSettings> settings, QWidget* parent)
    : QMainWindow(parent),
      settings_(settings ? std::move(settings)
                         : std::make_unique<QSettings>(QStringLiteral("CT-Lite"), QStringLiteral("CT-Lite Workstation"))),
      viewer_(new ViewerModel(this)),
      findings_(new FindingsModel(this)),
      overlay_(new OverlayModel(this)),
      measurements_(new MeasurementModel(viewer_, this)),
      cine_model_(new CineModel(this)),
      loader_(new VolumeLoader(std::move(source), this)),
      library_(new ModelLibraryModel(settings_.get(), this)),
      run_(new CtliteRunController(viewer_, findings_, overlay_, library_, this)) {
  initialise_ctlite_resources();
  setObjectName(QStringLiteral("workstation-window"));
  setWindowTitle(tr("CT-Lite Workstation"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/ctlite.png")));
  setAcceptDrops(true);
  setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

  auto* central = new QWidget(this);
  auto* central_layout = new QVBoxLayout(central);
  central_layout->setContentsMargins(0, 0, 0, 0);
  central_layout->setSpacing(0);
  study_banner_ = new QLabel(central);
  study_banner_->setObjectName(QStringLiteral("study-banner"));
  study_banner_->setStyleSheet(QStringLiteral("background: #1d2026; color: #e4e6ea; padding: 5px 8px; font-size: 13px;"));
  study_banner_->setTextFormat(Qt::RichText);
  layout_ = new MprLayout(viewer_, overlay_, measurements_, central);
  central_layout->addWidget(study_banner_);
  central_layout->addWidget(layout_, 1);
  setCentralWidget(central);

  createActions();
  createDocks();
  createMenus();
  createToolBars();
  createStatusBar();
  connectModels();
  restoreSettings();
  updateStudyBanner();
  updateActionStates();
}

WorkstationWindow::~WorkstationWindow() = default;

// ---- construction --------------------------------------------------------------------------------

void WorkstationWindow::createActions() {
  const auto make = [this](const QString& text, const QString& icon, const QKeySequence& shortcut = {}) {
    auto* action = new QAction(text, this);
    if (!icon.isEmpty()) action->setIcon(QIcon(QStringLiteral(":/icons/%1.png").arg(icon)));
    if (!shortcut.isEmpty()) action->setShortcut(shortcut);
    addAction(action);  // shortcuts work while the menus are hidden (full-screen layouts)
    return action;
  };
  open_file_ = make(tr("Open &file…"), QStringLiteral("open-file"), QKeySequence::Open);
  open_folder_ = make(tr("Open f&older…"), QStringLiteral("open-folder"), QKeySequence(tr("Ctrl+Shift+O")));
  save_screenshot_ = make(tr("Save &screenshot…"), QStringLiteral("screenshot"), QKeySequence(tr("Ctrl+Shift+S")));
  quit_ = make(tr("&Quit"), QString(), QKeySequence::Quit);
  connect(open_file_, &QAction::triggered, this, &WorkstationWindow::openFileDialog);
  connect(open_folder_, &QAction::triggered, this, &WorkstationWindow::openFolderDialog);
  connect(save_screenshot_, &QAction::triggered, this, &WorkstationWindow::saveScreenshotDialog);
  connect(quit_, &QAction::triggered, this, &QWidget::close);

  layout_group_ = new QActionGroup(this);
  const std::pair<ViewerLayout, QString> layouts[] = {{ViewerLayout::Grid, tr("2 × 2 grid")},
                                                      {ViewerLayout::AxialFocus, tr("Axial focus")},
                                                      {ViewerLayout::Slices, tr("Three planes")}};
  for (const auto& [layout, label] : layouts) {
    QAction* action = make(label, QStringLiteral("layout-%1").arg(QLatin1String(layout_id(layout))));
    action->setCheckable(true);
    action->setData(static_cast<int>(layout));
    layout_group_->addAction(action);
    connect(action, &QAction::triggered, this, [this, layout = layout] { setViewerLayout(layout); });
  }
  maximise_ = make(tr("&Maximise view"), QStringLiteral("maximise"), QKeySequence(Qt::Key_F));
  maximise_->setToolTip(tr("Maximise the active view (F or double-click)"));
  connect(maximise_, &QAction::triggered, layout_, &MprLayout::toggleMaximiseActive);
  reset_views_ = make(tr("&Reset views"), QStringLiteral("reset"), QKeySequence(Qt::Key_R));
  connect(reset_views_, &QAction::triggered, layout_, &MprLayout::resetViews);
  cine_action_ = make(tr("&Cine"), QStringLiteral("cine"), QKeySequence(Qt::Key_Space));
  cine_action_->setCheckable(true);
  cine_action_->setToolTip(tr("Play through the slices of the active view (Space)"));

  preset_group_ = new QActionGroup(this);
  int hotkey = 1;
  for (const WindowPresetInfo& preset : window_presets()) {
    QAction* action = make(QCoreApplication::translate("WindowPreset", preset.label), QString(),
                           QKeySequence(QString::number(hotkey++)));
    action->setCheckable(true);
    action->setData(static_cast<int>(preset.preset));
    action->setToolTip(tr("%1: W %2 / L %3 (%4)")
                           .arg(action->text())
                           .arg(preset.window.width)
                           .arg(preset.window.center)
                           .arg(action->shortcut().toString(QKeySequence::NativeText)));
    preset_group_->addAction(action);
    connect(action, &QAction::triggered, this, [this, p = preset.preset] { applyPreset(p); });
  }

  tool_group_ = new QActionGroup(this);
  navigate_ = make(tr("&Navigate"), QStringLiteral("navigate"), QKeySequence(Qt::Key_Escape));
  navigate_->setToolTip(tr("Left drag: window/level · click: crosshair · middle: pan · right: zoom · wheel: slices"));
  measure_distance_ = make(tr("Measure &distance"), QStringLiteral("ruler"), QKeySequence(Qt::Key_D));
  measure_ellipse_ = make(tr("Measure &ellipse ROI"), QStringLiteral("ellipse"), QKeySequence(Qt::Key_E));
  for (QAction* action : {navigate_, measure_distance_, measure_ellipse_}) {
    action->setCheckable(true);
    tool_group_->addAction(action);
  }
  navigate_->setChecked(true);
  connect(navigate_, &QAction::triggered, this, [this] { layout_->setInteraction(SliceInteraction::Navigate); });
  connect(measure_distance_, &QAction::triggered, this, [this] { layout_->setInteraction(SliceInteraction::MeasureDistance); });
  connect(measure_ellipse_, &QAction::triggered, this, [this] { layout_->setInteraction(SliceInteraction::MeasureEllipse); });

  run_ctlite_ = make(tr("&Run CT-Lite"), QStringLiteral("run"), QKeySequence(tr("Ctrl+R")));
  run_ctlite_->setToolTip(tr("Score the 18 chest CT findings with the selected model (Ctrl+R)"));
  connect(run_ctlite_, &QAction::triggered, this, &WorkstationWindow::runCtLite);
  cancel_run_ = make(tr("&Cancel run"), QStringLiteral("cancel"));
  connect(cancel_run_, &QAction::triggered, run_, &CtliteRunController::cancel);
  show_overlay_ = make(tr("Show PCA &overlay"), QStringLiteral("overlay"), QKeySequence(Qt::Key_O));
  show_overlay_->setCheckable(true);
  connect(show_overlay_, &QAction::toggled, overlay_, &OverlayModel::setVisible);
  fine_tune_ = make(tr("&Fine-tune…"), QString());
  fine_tune_->setToolTip(tr("Fine-tune CT-Lite on your own data (FAST and SFP training in the engine)"));
  connect(fine_tune_, &QAction::triggered, this, [this] { open_fine_tune_wizard(this, run_, library_); });
  training_jobs_ = make(tr("&Training jobs…"), QString());
  connect(training_jobs_, &QAction::triggered, this, [this] { open_training_jobs(this, library_); });
  models_folder_ = make(tr("Models &folder…"), QString());
  connect(models_folder_, &QAction::triggered, this, &WorkstationWindow::chooseModelsFolder);
  about_ = make(tr("&About CT-Lite Workstation"), QStringLiteral("ctlite"));
  connect(about_, &QAction::triggered, this, &WorkstationWindow::showAbout);
}

void WorkstationWindow::createDocks() {
  const auto dock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
    auto* widget = new QDockWidget(title, this);
    widget->setObjectName(name);
    widget->setWidget(content);
    addDockWidget(area, widget);
    return widget;
  };
  series_browser_ = new SeriesBrowser(this);
  QDockWidget* studies = dock(tr("Studies"), QStringLiteral("dock-studies"), series_browser_, Qt::LeftDockWidgetArea);
  findings_panel_ = new FindingsPanel(findings_, this);
  QDockWidget* findings = dock(tr("CT-Lite findings"), QStringLiteral("dock-findings"), findings_panel_, Qt::RightDockWidgetArea);
  QDockWidget* overlay = dock(tr("PCA overlay"), QStringLiteral("dock-overlay"), new OverlayPanel(overlay_, this),
                              Qt::RightDockWidgetArea);
  tag_browser_ = new DicomTagBrowser(this);
  QDockWidget* tags = dock(tr("DICOM tags"), QStringLiteral("dock-tags"), tag_browser_, Qt::LeftDockWidgetArea);
  QDockWidget* measurements = dock(tr("Measurements"), QStringLiteral("dock-measurements"),
                                   new MeasurementPanel(measurements_, this), Qt::LeftDockWidgetArea);
  engine_log_ = new QPlainTextEdit(this);
  engine_log_->setReadOnly(true);
  engine_log_->setMaximumBlockCount(2000);
  QDockWidget* log = dock(tr("Engine log"), QStringLiteral("dock-log"), engine_log_, Qt::LeftDockWidgetArea);
  tabifyDockWidget(tags, measurements);
  tabifyDockWidget(measurements, log);
  tags->raise();
  resizeDocks({studies, findings}, {260, 500}, Qt::Horizontal);
  resizeDocks({findings, overlay}, {640, 200}, Qt::Vertical);
  view_menu_ = new QMenu(tr("&Panels"), this);
  for (QDockWidget* widget : {studies, tags, measurements, log, findings, overlay})
    view_menu_->addAction(widget->toggleViewAction());
}

void WorkstationWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(open_file_);
  file->addAction(open_folder_);
  recent_menu_ = file->addMenu(tr("Open &recent"));
  file->addSeparator();
  file->addAction(save_screenshot_);
  file->addSeparator();
  file->addAction(quit_);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QMenu* layouts = view->addMenu(tr("&Layout"));
  layouts->addActions(layout_group_->actions());
  view->addAction(maximise_);
  view->addAction(reset_views_);
  view->addAction(cine_action_);
  QMenu* presets = view->addMenu(tr("Window &presets"));
  presets->addActions(preset_group_->actions());
  view->addSeparator();
  view->addMenu(view_menu_);
  view->addSeparator();
  QMenu* language = view->addMenu(tr("Lan&guage"));
  // Endonyms: a user who cannot read the current language still finds their own.
  const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                    {QStringLiteral("bn"), QStringLiteral("বাংলা")},
                                                    {QStringLiteral("de"), QStringLiteral("Deutsch")}};
  auto* language_group = new QActionGroup(this);
  const QString saved_language = settings_->value(QLatin1String(kLanguageSettingKey)).toString();
  for (const auto& [code, name] : languages) {
    QAction* action = language->addAction(name);
    action->setCheckable(true);
    action->setChecked(code == saved_language);
    language_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code = code] {
      settings_->setValue(QLatin1String(kLanguageSettingKey), code);
      QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start of the viewer."));
    });
  }

  QMenu* tools = menuBar()->addMenu(tr("&Tools"));
  tools->addActions(tool_group_->actions());
  QAction* clear = tools->addAction(tr("Delete all measurements"));
  connect(clear, &QAction::triggered, measurements_, &MeasurementModel::clear);

  QMenu* ai = menuBar()->addMenu(tr("&AI"));
  ai->addAction(run_ctlite_);
  ai->addAction(cancel_run_);
  ai->addAction(show_overlay_);
  ai->addSeparator();
  auto* exports = new FindingsExportActions(run_, findings_, settings_.get(), this);
  connect(exports, &FindingsExportActions::statusMessage, this, [this](const QString& text) { status_label_->setText(text); });
  ai->addActions(exports->actions());
  ai->addSeparator();
  ai->addAction(fine_tune_);
  ai->addAction(training_jobs_);
  ai->addAction(models_folder_);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(about_);
}

void WorkstationWindow::createToolBars() {
  QToolBar* files = addToolBar(tr("Files"));
  files->setObjectName(QStringLiteral("toolbar-files"));
  files->addAction(open_file_);
  files->addAction(open_folder_);
  files->addAction(save_screenshot_);

  QToolBar* view = addToolBar(tr("View"));
  view->setObjectName(QStringLiteral("toolbar-view"));
  view->addActions(layout_group_->actions());
  view->addAction(maximise_);
  view->addAction(reset_views_);
  view->addAction(cine_action_);
  view->addSeparator();
  view->addActions(tool_group_->actions());
  view->addSeparator();
  // Presets as text buttons: radiologists look for the words, not icons.
  for (QAction* preset : preset_group_->actions()) view->addAction(preset);

  QToolBar* ai = addToolBar(tr("CT-Lite"));
  ai->setObjectName(QStringLiteral("toolbar-ctlite"));
  ai->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  ai->addAction(run_ctlite_);
  ai->addAction(cancel_run_);
  ai->addAction(show_overlay_);
  ai->addAction(fine_tune_);
  ai->addWidget(new QLabel(tr(" Model "), ai));
  model_combo_ = new QComboBox(ai);
  model_combo_->setObjectName(QStringLiteral("model-choice"));
  model_combo_->setMinimumContentsLength(14);
  model_combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  ai->addWidget(model_combo_);
  ai->addWidget(new QLabel(tr(" Device "), ai));
  device_combo_ = new QComboBox(ai);
  device_combo_->setObjectName(QStringLiteral("device-choice"));
  device_combo_->addItem(tr("CPU"), QStringLiteral("cpu"));
  device_combo_->addItem(tr("GPU (CUDA)"), QStringLiteral("cuda"));
  ai->addWidget(device_combo_);
  connect(model_combo_, &QComboBox::activated, this,
          [this](int index) { run_->setModelPath(model_combo_->itemData(index).toString()); });
  connect(device_combo_, &QComboBox::activated, this,
          [this](int index) { run_->setDevice(device_combo_->itemData(index).toString()); });
}

void WorkstationWindow::createStatusBar() {
  cursor_label_ = new QLabel(this);
  cursor_label_->setMinimumWidth(420);
  status_label_ = new QLabel(this);
  load_progress_ = new QProgressBar(this);
  load_progress_->setRange(0, 1000);
  load_progress_->setMaximumWidth(220);
  load_cancel_ = new QToolButton(this);
  load_cancel_->setText(tr("Cancel"));
  load_cancel_->setIcon(QIcon(QStringLiteral(":/icons/cancel.png")));
  connect(load_cancel_, &QToolButton::clicked, loader_, &VolumeLoader::cancel);
  statusBar()->addWidget(cursor_label_, 0);
  statusBar()->addWidget(status_label_, 1);
  statusBar()->addPermanentWidget(load_progress_);
  statusBar()->addPermanentWidget(load_cancel_);
  setLoadProgressVisible(false);
}

void WorkstationWindow::connectModels() {
  connect(layout_, &MprLayout::cursorInformationChanged, cursor_label_, &QLabel::setText);
  connect(viewer_, &ViewerModel::windowLevelChanged, this, [this] {
    for (QAction* action : preset_group_->actions())
      action->setChecked(action->data().toInt() == static_cast<int>(viewer_->windowPreset()));
  });
  connect(viewer_, &ViewerModel::volumeChanged, this, [this] {
    cine_model_->setPlaying(false);
    layout_->setEvidenceMarker(std::nullopt);
    updateStudyBanner();
    updateActionStates();
  });
  connect(cine_model_, &CineModel::playingChanged, this, [this](bool playing) {
    const QSignalBlocker block(cine_action_);
    cine_action_->setChecked(playing);
    cine_action_->setIcon(QIcon(playing ? QStringLiteral(":/icons/pause.png") : QStringLiteral(":/icons/cine.png")));
  });
  connect(cine_action_, &QAction::toggled, this, [this](bool on) {
    cine_model_->setTarget(layout_->activeSliceView()->model());
    cine_model_->setPlaying(on);
    if (cine_model_->isPlaying() != on) {
      const QSignalBlocker block(cine_action_);
      cine_action_->setChecked(cine_model_->isPlaying());
    }
  });

  connect(loader_, &VolumeLoader::progress, this, [this](const QString& stage, double fraction, const QString& message) {
    load_progress_->setValue(static_cast<int>(fraction * 1000.0));
    status_label_->setText(message.isEmpty() ? tr("Reading (%1)…").arg(stage) : message);
  });
  connect(loader_, &VolumeLoader::busyChanged, this, [this](bool busy) {
    setLoadProgressVisible(busy);
    updateActionStates();
  });
  connect(loader_, &VolumeLoader::volumeLoaded, this, &WorkstationWindow::onVolumeLoaded);
  connect(loader_, &VolumeLoader::failed, this, [this](const QString& message) {
    status_label_->setText(message);
    showError(tr("Could not open"), message);
    emit loadFailed(message);
  });
  connect(loader_, &VolumeLoader::cancelled, this, [this] { status_label_->setText(tr("Loading cancelled.")); });
  connect(series_browser_, &SeriesBrowser::seriesActivated, this,
          [this](const SeriesSummary& series) { loadSeries(series.path, series.series_uid); });

  connect(findings_, &FindingsModel::evidenceRequested, this, [this](const std::array<int, 3>& voxel, const QString& name) {
    const VoxelPoint point{static_cast<double>(voxel[0]), static_cast<double>(voxel[1]), static_cast<double>(voxel[2])};
    viewer_->setCrosshairVoxel(point);
    layout_->setEvidenceMarker(EvidenceMarker{point, name});
    status_label_->setText(tr("%1: evidence at voxel (%2, %3, %4)").arg(name).arg(voxel[0]).arg(voxel[1]).arg(voxel[2]));
  });
  connect(findings_panel_, &FindingsPanel::cancelRequested, run_, &CtliteRunController::cancel);
  connect(overlay_, &OverlayModel::displayChanged, this, [this] {
    const QSignalBlocker block(show_overlay_);
    show_overlay_->setChecked(overlay_->isVisible());
  });
  connect(overlay_, &OverlayModel::overlayChanged, this, &WorkstationWindow::updateActionStates);

  connect(run_, &CtliteRunController::runStarted, this, [this] {
    findings_panel_->setRunning(true);
    updateActionStates();
  });
  connect(run_, &CtliteRunController::progress, findings_panel_, &FindingsPanel::setProgress);
  connect(run_, &CtliteRunController::runFinished, this, [this] {
    findings_panel_->setRunning(false);
    findings_panel_->setStatus(tr("Finished at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), false);
    updateActionStates();
    emit runCompleted(true);
  });
  connect(run_, &CtliteRunController::runFailed, this, [this](const QString& message, const QString& kind) {
    const bool cancelled = kind == QLatin1String("cancelled");
    if (kind != QLatin1String("overlay")) findings_panel_->setRunning(false);
    findings_panel_->setStatus(cancelled ? tr("Run cancelled.") : message, !cancelled);
    status_label_->setText(cancelled ? tr("Run cancelled.") : message);
    updateActionStates();
    if (headless_ && !cancelled) std::fprintf(stderr, "ctlite-viewer: %s\n", qPrintable(message));
    if (kind != QLatin1String("overlay")) emit runCompleted(false);
  });
  connect(run_, &CtliteRunController::logLine, this, [this](const QString& line) {
    engine_log_->appendPlainText(QStringLiteral("[%1] %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
  });
  connect(run_, &CtliteRunController::modelsChanged, this, &WorkstationWindow::rebuildModelChoices);
  connect(run_, &CtliteRunController::deviceChanged, this, [this] {
    device_combo_->setCurrentIndex(device_combo_->findData(run_->device()));
  });
  connect(run_, &CtliteRunController::gpuAvailabilityChanged, this, [this](bool available) {
    setGpuChoiceEnabled(available);
    if (available && settings_->value(key::kDevice).toString() == QLatin1String("cuda")) run_->setDevice(QStringLiteral("cuda"));
  });
}

// ---- settings --------------------------------------------------------------------------------

void WorkstationWindow::restoreSettings() {
  restoreGeometry(settings_->value(key::kGeometry).toByteArray());
  restoreState(settings_->value(key::kState).toByteArray());
  setViewerLayout(layout_from_id(settings_->value(key::kLayout).toString()).value_or(ViewerLayout::Grid));
  overlay_->setOpacity(settings_->value(key::kOverlayOpacity, overlay_->opacity()).toDouble());
  const QString program = settings_->value(key::kEngineProgram).toString();
  if (!program.isEmpty()) run_->engine()->setProgram(program);
  // The active model ("engine/model") is the library's own setting.
  run_->setModelsFolder(settings_->value(key::kModelsFolder, default_models_folder()).toString());
  rebuildModelChoices();
  setGpuChoiceEnabled(false);
  rebuildRecentMenu();
}

void WorkstationWindow::saveSettings() {
  settings_->setValue(key::kGeometry, saveGeometry());
  settings_->setValue(key::kState, saveState());
  settings_->setValue(key::kLayout, QString::fromLatin1(layout_id(layout_->layout())));
  if (const WindowPresetInfo* preset = find_window_preset(viewer_->windowPreset()))
    settings_->setValue(key::kPreset, QString::fromLatin1(preset->id));
  settings_->setValue(key::kModelsFolder, run_->modelsFolder());
  settings_->setValue(key::kDevice, run_->device());
  settings_->setValue(key::kOverlayOpacity, overlay_->opacity());
  settings_->sync();
}

void WorkstationWindow::closeEvent(QCloseEvent* event) {
  saveSettings();
  loader_->cancel();
  run_->cancel();
  QMainWindow::closeEvent(event);
}

// ---- opening studies ---------------------------------------------------------------------------

void WorkstationWindow::openFileDialog() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open image"), settings_->value(key::kLastFolder, QDir::homePath()).toString(),
      tr("Medical images (*.dcm *.nii *.nii.gz *.npz *.json);;All files (*)"));
  if (!path.isEmpty()) openPath(path);
}

void WorkstationWindow::openFolderDialog() {
  const QString path = QFileDialog::getExistingDirectory(
      this, tr("Open DICOM or JPEG-stack folder"), settings_->value(key::kLastFolder, QDir::homePath()).toString());
  if (!path.isEmpty()) openPath(path);
}

void WorkstationWindow::openPath(const QString& path, bool pick_largest) {
  const QFileInfo info(path);
  settings_->setValue(key::kLastFolder, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
  status_label_->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(path)));
  // The listing is connected per request so `pick_largest` travels with it. A failed or
  // cancelled listing never emits seriesListed, so those drop the one-shot connections too (not
  // busyChanged(false): the loader reports idle just before it emits the listing).
  auto listed = std::make_shared<QMetaObject::Connection>();
  auto failure = std::make_shared<QMetaObject::Connection>();
  auto cancel = std::make_shared<QMetaObject::Connection>();
  const auto forget = [listed, failure, cancel] {
    disconnect(*listed);
    disconnect(*failure);
    disconnect(*cancel);
  };
  *listed = connect(loader_, &VolumeLoader::seriesListed, this,
                    [this, forget, pick_largest](const QString& path_listed, const QVector<SeriesSummary>& series) {
                      forget();
                      onSeriesListed(path_listed, series, pick_largest);
                    });
  *failure = connect(loader_, &VolumeLoader::failed, this, forget);
  *cancel = connect(loader_, &VolumeLoader::cancelled, this, forget);
  if (!loader_->listSeries(path)) {
    forget();
    if (loader_->isBusy()) status_label_->setText(tr("Still loading the previous study; cancel it first."));
  }
}

void WorkstationWindow::onSeriesListed(const QString& path, const QVector<SeriesSummary>& series, bool pick_largest) {
  series_browser_->setSeries(path, series);
  if (series.isEmpty()) {
    const QString message = tr("%1: no readable image series found").arg(QDir::toNativeSeparators(path));
    status_label_->setText(message);
    showError(tr("Could not open"), message);
    emit loadFailed(message);
    return;
  }
  addRecentPath(path);
  if (series.size() == 1 || pick_largest) {
    const auto largest = std::max_element(series.begin(), series.end(), [](const SeriesSummary& a, const SeriesSummary& b) {
      return a.image_count < b.image_count;
    });
    loadSeries(largest->path, largest->series_uid);
    return;
  }
  status_label_->setText(tr("%1 series found: double-click one in Studies to open it.").arg(series.size()));
  if (auto* dock = findChild<QDockWidget*>(QStringLiteral("dock-studies"))) {
    dock->show();
    dock->raise();
  }
  emit seriesChoiceNeeded(static_cast<int>(series.size()));
}

void WorkstationWindow::loadSeries(const QString& path, const QString& series_uid) {
  status_label_->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(path)));
  if (!loader_->load(path, series_uid)) status_label_->setText(tr("Still loading the previous study; cancel it first."));
}

void WorkstationWindow::onVolumeLoaded(const VolumePtr& volume, const QString& path, const QString& series_uid) {
  showVolume(volume, path, series_uid);
  series_browser_->setThumbnail(path, series_uid, make_series_thumbnail(*volume));
  series_browser_->setCurrent(path, series_uid);
}

void WorkstationWindow::showVolume(VolumePtr volume, const QString& source_path, const QString& series_uid) {
  current_path_ = source_path;
  current_series_uid_ = series_uid;
  run_->setSource(source_path, series_uid);
  viewer_->setVolume(std::move(volume));
  if (const auto preset = window_preset_from_id(settings_->value(key::kPreset).toString().toStdString());
      preset && viewer_->valuesAreHounsfield())
    viewer_->applyPreset(*preset);
  status_label_->setText(tr("Loaded %1").arg(QDir::toNativeSeparators(source_path)));
  updateDicomTags(source_path, series_uid);
  emit volumeShown();
}

void WorkstationWindow::updateDicomTags(const QString& path, const QString& series_uid) {
  if (!viewer_->hasVolume() || viewer_->volume()->source_format != "dicom") {
    tag_browser_->showMessage(tr("The loaded image is not DICOM: it has no tags."));
    return;
  }
  tag_browser_->showMessage(tr("Reading tags…"));
  // Finding the series' first file may walk a large folder: keep it off the GUI thread.
  auto* watcher = new QFutureWatcher<std::pair<QString, std::vector<core::DicomTagEntry>>>(this);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
    watcher->deleteLater();
    const auto [file, tags] = watcher->result();
    if (file.isEmpty()) tag_browser_->showMessage(tr("No DICOM file of this series was found."));
    else if (tags.empty()) tag_browser_->showMessage(tr("%1: the tags could not be read.").arg(file));
    else tag_browser_->setTags(file, tags);
  });
  watcher->setFuture(QtConcurrent::run([path, series_uid]() -> std::pair<QString, std::vector<core::DicomTagEntry>> {
    const std::string file = core::find_dicom_file_of_series(path.toStdString(), series_uid.toStdString());
    if (file.empty()) return {};
    try {
      return {QString::fromStdString(file), core::dump_dicom_tags(file)};
    } catch (const std::exception&) {
      return {QString::fromStdString(file), {}};
    }
  }));
}

void WorkstationWindow::addRecentPath(const QString& path) {
  QStringList recent = settings_->value(key::kRecent).toStringList();
  const QString absolute = QFileInfo(path).absoluteFilePath();
  recent.removeAll(absolute);
  recent.prepend(absolute);
  while (recent.size() > kMaximumRecentPaths) recent.removeLast();
  settings_->setValue(key::kRecent, recent);
  rebuildRecentMenu();
}

void WorkstationWindow::rebuildRecentMenu() {
  recent_menu_->clear();
  const QStringList recent = settings_->value(key::kRecent).toStringList();
  for (const QString& path : recent) {
    QAction* action = recent_menu_->addAction(QDir::toNativeSeparators(path));
    connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
  }
  recent_menu_->setEnabled(!recent.isEmpty());
}

void WorkstationWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void WorkstationWindow::dropEvent(QDropEvent* event) {
  for (const QUrl& url : event->mimeData()->urls()) {
    if (!url.isLocalFile()) continue;
    openPath(url.toLocalFile());
    event->acceptProposedAction();
    return;
  }
}

// ---- view state ------------------------------------------------------------------------------

void WorkstationWindow::applyPreset(WindowPreset preset) { viewer_->applyPreset(preset); }

void WorkstationWindow::setViewerLayout(ViewerLayout layout) {
  layout_->setLayout(layout);
  for (QAction* action : layout_group_->actions()) action->setChecked(action->data().toInt() == static_cast<int>(layout));
}

void WorkstationWindow::updateStudyBanner() {
  if (!viewer_->hasVolume()) {
    study_banner_->setText(tr("<b>CT-Lite Workstation</b> · no study open"));
    setWindowTitle(tr("CT-Lite Workstation"));
    return;
  }
  const core::Volume& volume = *viewer_->volume();
  const core::VolumeMetadata& meta = volume.metadata;
  QStringList parts;
  QString name = QString::fromStdString(meta.patient_name).replace(QLatin1Char('^'), QLatin1Char(' ')).trimmed();
  parts << QStringLiteral("<b>%1</b>").arg((name.isEmpty() ? tr("Unnamed patient") : name).toHtmlEscaped());
  if (!meta.patient_id.empty()) parts << tr("ID %1").arg(QString::fromStdString(meta.patient_id).toHtmlEscaped());
  if (!meta.patient_sex.empty()) parts << QString::fromStdString(meta.patient_sex).toHtmlEscaped();
  if (!meta.study_date.empty()) parts << QString::fromStdString(meta.study_date).toHtmlEscaped();
  if (!meta.study_description.empty()) parts << QString::fromStdString(meta.study_description).toHtmlEscaped();
  if (!meta.series_description.empty()) parts << QString::fromStdString(meta.series_description).toHtmlEscaped();
  parts << QStringLiteral("%1 %2").arg(QString::fromStdString(meta.modality.empty() ? std::string("CT") : meta.modality),
                                       describe_dimensions(volume));
  study_banner_->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
  setWindowTitle(tr("%1 — CT-Lite Workstation").arg(name.isEmpty() ? QFileInfo(current_path_).fileName() : name));
}

void WorkstationWindow::updateActionStates() {
  const bool has_volume = viewer_->hasVolume();
  const bool loading = loader_->isBusy();
  const bool running = run_->isRunning();
  open_file_->setEnabled(!loading);
  open_folder_->setEnabled(!loading);
  for (QAction* action : preset_group_->actions()) action->setEnabled(has_volume);
  cine_action_->setEnabled(has_volume);
  maximise_->setEnabled(has_volume);
  reset_views_->setEnabled(has_volume);
  run_ctlite_->setEnabled(has_volume && !running);
  cancel_run_->setEnabled(running);
  show_overlay_->setEnabled(overlay_->hasOverlay());
  model_combo_->setEnabled(!running);
  device_combo_->setEnabled(!running);
}

void WorkstationWindow::setLoadProgressVisible(bool visible) {
  load_progress_->setVisible(visible);
  load_cancel_->setVisible(visible);
  if (visible) load_progress_->setValue(0);
}

// ---- CT-Lite ---------------------------------------------------------------------------------

void WorkstationWindow::runCtLite() {
  if (auto* dock = findChild<QDockWidget*>(QStringLiteral("dock-findings"))) {
    dock->show();
    dock->raise();
  }
  run_->run();
}

void WorkstationWindow::rebuildModelChoices() {
  const QSignalBlocker block(model_combo_);
  model_combo_->clear();
  for (const ModelEntry& model : run_->models())
    model_combo_->addItem(model.registered ? tr("%1 (%2, trained here)").arg(model.name, model.version) : model.name,
                          model.path);
  if (run_->models().isEmpty()) model_combo_->addItem(tr("(no model found)"), QString());
  model_combo_->setCurrentIndex(std::max(0, model_combo_->findData(run_->modelPath())));
  model_combo_->setToolTip(tr("Models folder: %1").arg(QDir::toNativeSeparators(run_->modelsFolder())));
  findings_panel_->setPendingModel(run_->modelName(), QString());
}

void WorkstationWindow::setGpuChoiceEnabled(bool enabled) {
  // GPU stays listed but disabled until the engine's hello says CUDA works.
  if (auto* model = qobject_cast<QStandardItemModel*>(device_combo_->model()))
    if (QStandardItem* gpu = model->item(device_combo_->findData(QStringLiteral("cuda")))) gpu->setEnabled(enabled);
}

void WorkstationWindow::chooseModelsFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the CT-Lite models folder"), run_->modelsFolder());
  if (folder.isEmpty()) return;
  run_->setModelsFolder(folder);
  if (run_->models().isEmpty())
    showError(tr("No models"), tr("%1: no model folders (with a manifest.json) found").arg(QDir::toNativeSeparators(folder)));
}

// ---- misc ------------------------------------------------------------------------------------

void WorkstationWindow::saveScreenshotDialog() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save screenshot"),
      QDir(settings_->value(key::kLastFolder, QDir::homePath()).toString()).filePath(QStringLiteral("ctlite-screenshot.png")),
      tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  if (!grab().save(path, "PNG")) showError(tr("Could not save"), tr("%1: could not write the image").arg(path));
}

void WorkstationWindow::showAbout() {
  auto* dialog = new AboutDialog(run_->engine()->info(), findings_->modelIdentity(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
}

void WorkstationWindow::showError(const QString& title, const QString& message) {
  if (headless_) {
    std::fprintf(stderr, "ctlite-viewer: %s\n", qPrintable(message));
    return;
  }
  // Non-modal: the user can keep reading the current study while the message is up.
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->setModal(false);
  box->show();
}

}  // namespace ctlite::widgets
