# Compiler launcher, warnings and the shared LibTorch precompiled header.

find_program(CTLITE_CCACHE ccache)
if(CTLITE_CCACHE)
  # The sloppiness settings let ccache cache translation units that use a precompiled header.
  set(_ctlite_launcher ${CMAKE_COMMAND} -E env
      "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
      "CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}"
      ${CTLITE_CCACHE})
  set(CMAKE_C_COMPILER_LAUNCHER ${_ctlite_launcher})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${_ctlite_launcher})
endif()

# Warnings in our own code are bugs; third-party headers are included as SYSTEM by their targets.
function(ctlite_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
endfunction()

# Test executables link these; they find reference data through these definitions.
function(ctlite_add_paths target)
  target_compile_definitions(${target} PRIVATE
    CTLITE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    CTLITE_SHARED_DIR="${CTLITE_SHARED_DIR}"
    CTLITE_BINARY_DIR="${CMAKE_BINARY_DIR}")
endfunction()
