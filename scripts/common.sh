# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not run. Debian 12 (bookworm) and 13 (trixie); scripts/test-in-debian checks both from scratch.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${ROAMDESK_BUILD_DIR:-$ROOT/build}"

# What building, running and testing RoamDesk needs from Debian.
ROAMDESK_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libvulkan-dev
    xvfb xauth fonts-dejavu-core
    qtkeychain-qt6-dev dpkg-dev file libyaml-cpp-dev
    dbus-daemon gnome-keyring libsecret-1-0 curl desktop-file-utils
    iso-codes qt6-charts-dev libqt6opengl6-dev
    postgresql libqt6sql6-psql
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the packages that are not installed yet; nothing at all when everything is there.
install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        echo "==> Configuring (Release) in $BUILD_DIR"
        local strict=()
        [ "${CI:-}" = true ] && strict=(-DROAMDESK_WERROR=ON) # CI fails on any compiler warning
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "${strict[@]}" "$@"
    fi
    echo "==> Building"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
