# Fails unless the shared library inside the .oxt needs nothing beyond what
# every LibreOffice (7.4 or later, Linux x86-64) brings — its UNO runtime —
# plus glibc and libstdc++: no Boost, no ICU, no RUNPATH into the SDK. Also
# checks that it exports both entry points the office may look for.
#   -DOXT=<the .oxt> -DREADELF=<readelf> -DWORK=<scratch directory>
cmake_policy(SET CMP0057 NEW) # IN_LIST
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf "${OXT}" WORKING_DIRECTORY "${WORK}"
    RESULT_VARIABLE status)
set(library "${WORK}/liballot.so")
if(NOT status EQUAL 0 OR NOT EXISTS "${library}")
    message(FATAL_ERROR "cannot unpack liballot.so from ${OXT}")
endif()

execute_process(COMMAND "${READELF}" -d -W "${library}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "readelf -d failed on ${library}")
endif()

# LibreOffice's program directory holds the UNO runtime libraries in every
# build of it (Debian's, TDF's, distributions').
set(allowed
    libuno_cppu.so.3 libuno_cppuhelpergcc3.so.3 libuno_sal.so.3 libuno_salhelpergcc3.so.3
    libstdc++.so.6 libm.so.6 libgcc_s.so.1 libc.so.6 ld-linux-x86-64.so.2)
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[([^]]*)\\]" needed_lines "${dynamic}")
set(needed "")
foreach(line ${needed_lines})
    string(REGEX REPLACE ".*\\[([^]]*)\\].*" "\\1" name "${line}")
    list(APPEND needed "${name}")
    if(NOT name IN_LIST allowed)
        message(SEND_ERROR "liballot.so needs ${name}, which LibreOffice does not bring")
    endif()
endforeach()
message(STATUS "NEEDED: ${needed}")
if(dynamic MATCHES "\\((RPATH|RUNPATH)\\)[^\n]*")
    message(SEND_ERROR "liballot.so has a search path: ${CMAKE_MATCH_0}")
endif()

# The versions of glibc and libstdc++ it needs, for the README's note.
execute_process(COMMAND "${READELF}" -V -W "${library}" OUTPUT_VARIABLE versions)
foreach(family GLIBC GLIBCXX CXXABI)
    string(REGEX MATCHALL "${family}_[0-9.]+" found "${versions}")
    list(REMOVE_DUPLICATES found)
    list(SORT found COMPARE NATURAL)
    list(POP_BACK found newest)
    message(STATUS "newest ${family} version needed: ${newest}")
endforeach()

execute_process(COMMAND "${READELF}" --dyn-syms -W "${library}" OUTPUT_VARIABLE symbols)
foreach(entry component_getFactory org_allot_Functions_get_implementation
              org_allot_Commands_get_implementation)
    if(NOT symbols MATCHES "GLOBAL +DEFAULT +[0-9]+ ${entry}\n")
        message(SEND_ERROR "liballot.so does not export ${entry}")
    endif()
endforeach()
