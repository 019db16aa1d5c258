#pragma once
// Keeps a third-party decoder's own console output off our stderr. OpenJPEG (under GDCM) prints
// codestream complaints ("A marker ID was expected ...") straight to the C stderr with no hook
// GDCM exposes; a CT-Lite log must hold only our one-line errors, which never carry patient
// identifiers, so nothing a library prints about a file may reach it unreviewed.
//
// While at least one silencer lives, file descriptor 2 points at /dev/null (process-wide:
// nested and concurrent silencers share one redirection, restored when the last one ends).
// Our own messages are written after decoding (errors travel as exceptions), so none is lost.

namespace ctlite::core {

class LibraryStderrSilencer {
 public:
  LibraryStderrSilencer();
  ~LibraryStderrSilencer();
  LibraryStderrSilencer(const LibraryStderrSilencer&) = delete;
  LibraryStderrSilencer& operator=(const LibraryStderrSilencer&) = delete;
};

}  // namespace ctlite::core
