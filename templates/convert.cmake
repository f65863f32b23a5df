# Converts template workbooks (.fods) into .ots templates with a headless
# LibreOffice of its own: a fresh private profile (never the user's), its own
# HOME, and the Allot add-in registered for this one process (URE_MORE_SERVICES
# / URE_MORE_TYPES), so that the templates' cached values and thumbnails show
# numbers rather than #NAME?. The profile's UI language is LANGUAGE, so that
# texts the functions return (ALLOT.STATUS) are cached in the template's language.
#
#   cmake -DSOFFICE=... -DLANGUAGE=en-US|zh-CN -DWORK=<dir> -DOUT=<dir>
#         -DCOMPONENTS=<file> -DTYPES=<rdb> -DFILES=<a.fods;b.fods> -P convert.cmake
foreach(variable SOFFICE LANGUAGE WORK OUT COMPONENTS TYPES FILES)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "convert.cmake needs -D${variable}=...")
    endif()
endforeach()

foreach(variable WORK OUT COMPONENTS TYPES)
    get_filename_component(${variable} "${${variable}}" ABSOLUTE)
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/profile/user" "${WORK}/home" "${WORK}/tmp" "${OUT}")
file(WRITE "${WORK}/profile/user/registrymodifications.xcu"
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">
<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooLocale\" oor:op=\"fuse\"><value>${LANGUAGE}</value></prop></item>
<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" oor:op=\"fuse\"><value>${LANGUAGE}</value></prop></item>
<item oor:path=\"/org.openoffice.Office.Common/Misc\"><prop oor:name=\"UseLocking\" oor:op=\"fuse\"><value>false</value></prop></item>
<item oor:path=\"/org.openoffice.Office.Common/Misc\"><prop oor:name=\"FirstRun\" oor:op=\"fuse\"><value>false</value></prop></item>
</oor:items>
")

set(expected "")
foreach(file IN LISTS FILES)
    get_filename_component(stem "${file}" NAME_WLE)
    list(APPEND expected "${OUT}/${stem}.ots")
    file(REMOVE "${OUT}/${stem}.ots")
endforeach()

execute_process(
    COMMAND ${CMAKE_COMMAND} -E env "HOME=${WORK}/home" "XDG_CONFIG_HOME=${WORK}/home/.config"
            "XDG_CACHE_HOME=${WORK}/home/.cache" "XDG_DATA_HOME=${WORK}/home/.local/share" "TMPDIR=${WORK}/tmp"
        "${SOFFICE}" "-env:UserInstallation=file://${WORK}/profile"
            "-env:URE_MORE_SERVICES=<$ORIGIN/services>* file://${COMPONENTS}"
            "-env:URE_MORE_TYPES=<$ORIGIN/types>* file://${TYPES}"
            --headless --invisible --norestore --nologo --nolockcheck
            --convert-to ots --outdir "${OUT}" ${FILES}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors
    TIMEOUT 300)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "soffice --convert-to ots failed (${result}):\n${output}\n${errors}")
endif()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "soffice did not write ${file}:\n${output}\n${errors}")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
