# Fails when the README's function reference differs from what the function
# table prints. To update: run allot_reference and paste its output between
# the markers.
execute_process(COMMAND "${REFERENCE}" OUTPUT_VARIABLE expected RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "allot_reference failed: ${status}")
endif()
file(READ "${README}" readme)
string(REGEX MATCH "<!-- reference:begin -->\n(.*)<!-- reference:end -->" found "${readme}")
if(NOT found)
    message(FATAL_ERROR "README.md has no <!-- reference:begin --> … <!-- reference:end --> section")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL expected)
    file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/reference.expected.md" "${expected}")
    message(FATAL_ERROR "README.md's function reference is out of date; the function table prints "
                        "${CMAKE_CURRENT_BINARY_DIR}/reference.expected.md")
endif()
