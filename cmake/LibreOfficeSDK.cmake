# Finds the LibreOffice SDK (headers, UNO libraries, type registries, code
# generators) and defines:
#   LibreOffice::UNO          interface target: UNO headers (SDK + generated
#                             office types), defines and libraries
#   LIBREOFFICE_TYPES_RDB / LIBREOFFICE_OFFAPI_RDB   the office's type registries
#   LIBREOFFICE_SOFFICE_BIN   the office executable (for tests and tools)
#   UNOIDL_WRITE, CPPUMAKER   the SDK's code generators
#   allot_uno_headers(TARGET RDB OUTDIR)  generate C++ headers for our own IDL types
# Every path is a cache variable, so another layout can be given on the command line.

set(LIBREOFFICE_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program directory")
set(LIBREOFFICE_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")
set(LIBREOFFICE_INCLUDE_DIR "/usr/include/libreoffice" CACHE PATH "LibreOffice SDK headers")

find_program(UNOIDL_WRITE unoidl-write HINTS "${LIBREOFFICE_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(CPPUMAKER cppumaker HINTS "${LIBREOFFICE_SDK_DIR}/bin" NO_DEFAULT_PATH REQUIRED)
find_program(LIBREOFFICE_SOFFICE_BIN soffice.bin HINTS "${LIBREOFFICE_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_file(LIBREOFFICE_TYPES_RDB types.rdb HINTS "${LIBREOFFICE_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_file(LIBREOFFICE_OFFAPI_RDB offapi.rdb HINTS "${LIBREOFFICE_PROGRAM_DIR}/types" NO_DEFAULT_PATH REQUIRED)
find_path(LIBREOFFICE_SAL_INCLUDE sal/config.h HINTS "${LIBREOFFICE_INCLUDE_DIR}" NO_DEFAULT_PATH REQUIRED)

foreach(lib uno_cppuhelpergcc3 uno_cppu uno_sal uno_salhelpergcc3)
    find_library(LIBREOFFICE_LIB_${lib} ${lib} HINTS "${LIBREOFFICE_SDK_DIR}/lib" NO_DEFAULT_PATH REQUIRED)
endforeach()

# C++ headers for all office types (com/sun/star/...): generated once per build tree.
set(LIBREOFFICE_GENERATED_INCLUDE "${CMAKE_BINARY_DIR}/uno/offapi")
add_custom_command(
    OUTPUT "${LIBREOFFICE_GENERATED_INCLUDE}.stamp"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${LIBREOFFICE_GENERATED_INCLUDE}"
    COMMAND "${CPPUMAKER}" -Gc "-O${LIBREOFFICE_GENERATED_INCLUDE}"
            "${LIBREOFFICE_TYPES_RDB}" "${LIBREOFFICE_OFFAPI_RDB}"
    COMMAND ${CMAKE_COMMAND} -E touch "${LIBREOFFICE_GENERATED_INCLUDE}.stamp"
    DEPENDS "${LIBREOFFICE_TYPES_RDB}" "${LIBREOFFICE_OFFAPI_RDB}"
    COMMENT "Generating C++ headers for the LibreOffice API types")
add_custom_target(libreoffice_office_headers DEPENDS "${LIBREOFFICE_GENERATED_INCLUDE}.stamp")

add_library(libreoffice_uno INTERFACE)
add_library(LibreOffice::UNO ALIAS libreoffice_uno)
# SYSTEM: the SDK's own headers are not ours to keep warning-free.
target_include_directories(libreoffice_uno SYSTEM INTERFACE
    "${LIBREOFFICE_GENERATED_INCLUDE}" "${LIBREOFFICE_INCLUDE_DIR}")
target_compile_definitions(libreoffice_uno INTERFACE LINUX CPPU_ENV=gcc3)
target_link_libraries(libreoffice_uno INTERFACE
    ${LIBREOFFICE_LIB_uno_cppuhelpergcc3} ${LIBREOFFICE_LIB_uno_cppu}
    ${LIBREOFFICE_LIB_uno_sal} ${LIBREOFFICE_LIB_uno_salhelpergcc3})
add_dependencies(libreoffice_uno libreoffice_office_headers)

# Headers for our own IDL types in RDB, written under OUTDIR; TARGET depends on them.
function(allot_uno_headers target rdb outdir)
    add_custom_command(
        OUTPUT "${outdir}.stamp"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${outdir}"
        COMMAND "${CPPUMAKER}" -Gc "-O${outdir}" "-X${LIBREOFFICE_TYPES_RDB}"
                "-X${LIBREOFFICE_OFFAPI_RDB}" "${rdb}"
        COMMAND ${CMAKE_COMMAND} -E touch "${outdir}.stamp"
        DEPENDS "${rdb}"
        COMMENT "Generating C++ headers for ${rdb}")
    add_custom_target(${target}_uno_headers DEPENDS "${outdir}.stamp")
    add_dependencies(${target} ${target}_uno_headers)
    target_include_directories(${target} SYSTEM PRIVATE "${outdir}")
endfunction()
