#pragma once
// The `ctlite-viewer` command line: an optional PATH plus automation flags for scripts, CI and
// screenshots.

#include <QString>
#include <QStringList>
#include <optional>

namespace ctlite::viewer {

struct ViewerOptions {
  QString path;             // file or folder to open
  QString series_uid;       // --series: which series of a folder (default: the user picks)
  QString screenshot;       // --screenshot OUT.png: render, save, exit
  bool run_ctlite = false;  // --run-ctlite: score once the volume is shown
  QString preset;           // --preset lung|mediastinum|bone|soft-tissue
  QString layout;           // --layout grid|axial-focus|slices
  QString maximise;         // --maximise axial|coronal|sagittal|3d
  QString model;            // --model DIR: one model folder
  QString models_folder;    // --models DIR
  QString engine;           // --engine PROGRAM: the `ctlite` binary to serve from
  QString device;           // --device cpu|cuda
  QString fine_tune;        // --fine-tune DATA: run the fine-tuning wizard unattended on DATA
  int wizard_steps = 0;     // --wizard-steps N: optimizer steps per stage in that run
  QString language;         // --lang en|bn|de (default: the system locale)
  std::optional<int> slice;        // --slice N (1-based) in the axial view
  std::optional<QString> finding;  // --select-finding NAME after a run
  QString size;                    // --size WIDTHxHEIGHT of the window
  int benchmark_frames = 0;        // --benchmark-scroll [N]: scroll N slices, print ms/frame
  QString evaluation;              // --show-evaluation REPORT.json: the evaluation view alone
  QString baseline;                // --baseline REPORT.json: compared with it
  QString focus_finding;           // --focus-finding NAME in the evaluation view
};

// Parses argv; on errors prints usage to stderr and returns nullopt with `exit_code` set
// (0 for --help/--version).
std::optional<ViewerOptions> parse_viewer_options(const QStringList& arguments, int& exit_code);

}  // namespace ctlite::viewer
