# crmlens_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [ENV ...])
# One Qt Test executable per class or area; ctest runs each with the offscreen platform so
# widget tests need no display.
function(crmlens_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE crmlens_options crmlens_test_support Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CRMLENS_SOURCE_DIR=${PROJECT_SOURCE_DIR};CRMLENS_BINARY_DIR=${PROJECT_BINARY_DIR};CRMLENS_FIXTURES_DIR=${PROJECT_SOURCE_DIR}/tests/fixtures;${ARG_ENV}")
endfunction()
