# One INTERFACE target carries the language level, warnings and Qt defines; every library and
# executable links it instead of relying on directory-wide flags.
add_library(crmlens_options INTERFACE)
target_compile_features(crmlens_options INTERFACE cxx_std_20)
target_compile_definitions(crmlens_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(crmlens_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(CRMLENS_WERROR)
    target_compile_options(crmlens_options INTERFACE -Werror)
endif()
target_include_directories(crmlens_options INTERFACE
    ${PROJECT_SOURCE_DIR}
    ${PROJECT_BINARY_DIR}/generated)
