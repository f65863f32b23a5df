# What the Extension Manager shows of the .oxt (issue 9): every file
# description.xml names is in the archive (icon, descriptions, release notes,
# licence in English and Chinese), the licence is the repository's LICENSE,
# the descriptions are short (not a list of every function), and no web
# address is invented (description.xml links only to files in the .oxt).
#   -DOXT=<the .oxt> -DLICENSE=<the repository's LICENSE> -DWORK=<scratch directory>
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf "${OXT}" WORKING_DIRECTORY "${WORK}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT EXISTS "${WORK}/description.xml")
    message(FATAL_ERROR "cannot unpack description.xml from ${OXT}")
endif()
file(READ "${WORK}/description.xml" description)

foreach(element "<icon>" "<registration>" "<simple-license" "<release-notes>"
        "<extension-description>" "lang=\"zh-CN\"")
    string(FIND "${description}" "${element}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "description.xml has no ${element}")
    endif()
endforeach()

string(REGEX MATCHALL "xlink:href=\"[^\"]*\"" links "${description}")
list(LENGTH links count)
if(count LESS 8)
    message(FATAL_ERROR "description.xml links to ${count} files; expected the icon (2), the "
                        "descriptions (2), the licence (2) and the release notes (2) at least")
endif()
foreach(link ${links})
    string(REGEX REPLACE "xlink:href=\"([^\"]*)\"" "\\1" file "${link}")
    if(file MATCHES ":")
        message(FATAL_ERROR "description.xml links to ${file}: only files inside the .oxt")
    endif()
    if(NOT EXISTS "${WORK}/${file}")
        message(FATAL_ERROR "description.xml names ${file}, which the .oxt does not have")
    endif()
endforeach()
# Web addresses: only the XML namespaces.
string(REGEX MATCHALL "[a-z]+://[^\" ]*" addresses "${description}")
foreach(address ${addresses})
    if(NOT address MATCHES "^http://(openoffice\\.org|libreoffice\\.org|www\\.w3\\.org)/")
        message(FATAL_ERROR "description.xml has the web address ${address}")
    endif()
endforeach()

file(READ "${LICENSE}" license)
file(READ "${WORK}/registration/LICENSE-en.txt" packaged)
if(NOT packaged STREQUAL license)
    message(FATAL_ERROR "the .oxt's licence differs from the repository's LICENSE")
endif()
file(READ "${WORK}/registration/LICENSE-zh.txt" packaged)
string(FIND "${packaged}" "${license}" at)
if(at EQUAL -1 OR NOT packaged MATCHES "MIT 许可证")
    message(FATAL_ERROR "the Chinese licence text is not a preface and the LICENSE")
endif()

foreach(language en zh)
    file(READ "${WORK}/description/description-${language}.txt" text)
    string(LENGTH "${text}" length)
    if(length GREATER 1200)
        message(FATAL_ERROR "description-${language}.txt has ${length} characters: keep the "
                            "Extension Manager's description short")
    endif()
    string(FIND "${text}" "ALLOT.WEIGHTS:" listed)
    if(NOT listed EQUAL -1)
        message(FATAL_ERROR "description-${language}.txt lists the functions one by one")
    endif()
endforeach()
