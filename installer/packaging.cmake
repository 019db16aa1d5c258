# Install rules and the CPack .deb of CT-Lite Workstation (`installer/build-deb.sh` builds and
# lists it). Included from the top-level CMakeLists.txt after every target is defined.
include(GNUInstallDirs)

install(TARGETS ctlite ctlite-report RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET ctlite-viewer)
  install(TARGETS ctlite-viewer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # A desktop entry only when the program it launches is packaged.
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/org.ctlite.Workstation.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/org.ctlite.Workstation.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/ctlite.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/64x64/apps RENAME org.ctlite.Workstation.png)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/ctlite-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME org.ctlite.Workstation.xml)
# The bundled demo model (owned by the training work) once it is in the tree.
if(EXISTS ${CMAKE_SOURCE_DIR}/models/ctlite-demo)
  install(DIRECTORY ${CMAKE_SOURCE_DIR}/models/ctlite-demo
          DESTINATION ${CMAKE_INSTALL_DATADIR}/ctlite/models)
endif()
install(FILES ${CMAKE_SOURCE_DIR}/docs/ENGINE_PROTOCOL.md ${CMAKE_SOURCE_DIR}/docs/EXPORTS.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ctlite-workstation)
set(CPACK_PACKAGE_VENDOR "CT-Lite Workstation project")
set(CPACK_PACKAGE_CONTACT "CT-Lite Workstation maintainers <ctlite@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Chest CT viewer with embedded AI findings scoring (research use, not for diagnosis)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# dpkg-shlibdeps derives the runtime dependencies (Qt 6, DCMTK, ITK, LibTorch...) from the
# binaries, so they stay correct as the link lines change.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Exports are checked with these when present; the PACS tests use Orthanc.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "dicom3tools, poppler-utils, orthanc")
include(CPack)
