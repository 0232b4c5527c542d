# Fails when a file in app/document/ includes a widget header: the Document is QtCore and QtGui
# only (it asks questions through a handler the window installs, never a dialog of its own).
# Usage: cmake -DDOCUMENT_DIR=<dir> -P check_document_includes.cmake
file(GLOB_RECURSE sources "${DOCUMENT_DIR}/*.h" "${DOCUMENT_DIR}/*.cpp")
set(bad "")
foreach(f IN LISTS sources)
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|qcustomplot|QWidget|QDialog|QMessageBox|QApplication|QMainWindow|QProgressDialog|QFileDialog|QAction|QMenu|widgets/|dialogs/)")
  foreach(l IN LISTS lines)
    list(APPEND bad "${f}: ${l}")
  endforeach()
endforeach()
if(bad)
  list(JOIN bad "\n" msg)
  message(FATAL_ERROR "app/document/ must not use widgets:\n${msg}")
endif()
message(STATUS "app/document/ uses no widgets (${CMAKE_CURRENT_LIST_FILE})")
