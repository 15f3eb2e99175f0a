#!/usr/bin/env bash
# Set-up for a fresh Debian 12 machine, in one command each:
#   packaging/debian/setup.sh run    install what is missing, build, start the app on the demo workspace
#   packaging/debian/setup.sh test   install what is missing, build, run every test (CI runs this)
# Packages are only installed when missing; apt-get runs through sudo when not root.
set -euo pipefail

mode=${1:-}
case "$mode" in
    run | test) ;;
    *)
        echo "usage: $0 run|test" >&2
        exit 2
        ;;
esac

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${CRMLENS_BUILD_DIR:-$source_dir/build}
jobs=$(nproc 2>/dev/null || echo 2)

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qtkeychain-qt6-dev
    libphonenumber-dev libxlsxwriter-dev libxkbcommon-dev libgl-dev
)
# What the tests need at run time: a D-Bus session with gnome-keyring for the keychain tests,
# sqlite3 and poppler-utils to inspect what the app writes, Xvfb for the GUI when there is no display.
test_packages=(dbus dbus-x11 gnome-keyring libsecret-tools sqlite3 poppler-utils xvfb xauth)

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRMLENS_WERROR=$werror >/dev/null
    cmake --build "$build_dir" -j "$jobs"
}

run_tests() {
    # The keychain tests talk to a real Secret Service: a private D-Bus session with an unlocked
    # gnome-keyring, torn down when ctest ends. Widgets render offscreen. ctest's summary is the
    # last thing printed, so the session daemon's own chatter goes to a log shown only if the
    # session itself could not start.
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    local keyring_home session_log ctest_started status=0
    keyring_home=$(mktemp -d)
    session_log=$(mktemp)
    ctest_started=$keyring_home/ctest-started
    HOME="$keyring_home" dbus-run-session -- bash -c '
        echo -n crmlens-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        touch "$3"
        ctest --test-dir "$1" --output-on-failure --timeout 600 -j "$2" 2>&1
    ' bash "$build_dir" "$jobs" "$ctest_started" 2>"$session_log" || status=$?
    [ -e "$ctest_started" ] || cat "$session_log" >&2
    rm -rf "$session_log" "$keyring_home"
    return "$status"
}

run_app() {
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the app under xvfb-run (nothing will be visible)." >&2
        exec xvfb-run -a "$build_dir/app/crmlens/crmlens" --demo
    fi
    exec "$build_dir/app/crmlens/crmlens" --demo
}

if [ "$mode" = run ]; then
    install_missing "${build_packages[@]}" dbus gnome-keyring xvfb xauth
    build
    run_app
else
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    run_tests
fi
