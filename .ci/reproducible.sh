# Sourced by .ci/windows.sh and .ci/package.sh: the environment of a reproducible build, the same
# for both so the Windows cross-build CI checks under Wine is the one the MSI packages.
#
# - SOURCE_DATE_EPOCH: the commit's time (the linker's PE time stamp, package file dates);
# - paths: the source tree, Cargo's registry and the toolchain are written as /kvalitetspeng,
#   /cargo and /rustup (Rust's --remap-path-prefix, C's -ffile-prefix-map), so the binary has
#   no path of the machine that built it;
# - no incremental compilation (its partitioning depends on earlier builds).
# Set per target (CARGO_TARGET_<triple>_RUSTFLAGS), so `cargo test`'s own build is not changed.
kvp_root=$(pwd -P)
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git -C "$kvp_root" log -1 --format=%ct 2>/dev/null || echo 0)
fi
export SOURCE_DATE_EPOCH
kvp_cargo_home=$(cd "${CARGO_HOME:-$HOME/.cargo}" 2>/dev/null && pwd -P || echo "${CARGO_HOME:-$HOME/.cargo}")
kvp_rustup_home=$(cd "${RUSTUP_HOME:-$HOME/.rustup}" 2>/dev/null && pwd -P || echo "${RUSTUP_HOME:-$HOME/.rustup}")
kvp_remap="--remap-path-prefix=$kvp_cargo_home=/cargo --remap-path-prefix=$kvp_rustup_home=/rustup --remap-path-prefix=$kvp_root=/kvalitetspeng"
kvp_cmap="-ffile-prefix-map=$kvp_cargo_home=/cargo -ffile-prefix-map=$kvp_root=/kvalitetspeng"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUSTFLAGS="$kvp_remap"
export CFLAGS_x86_64_pc_windows_gnu="$kvp_cmap"
export CARGO_INCREMENTAL=0
# For a Linux build (`--target x86_64-unknown-linux-gnu`, .ci/package.sh): only in that
# command, since without --target they would change every crate of `cargo test`'s build too.
kvp_linux_env=(CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS="$kvp_remap" CFLAGS_x86_64_unknown_linux_gnu="$kvp_cmap")
# The paths a binary must not contain (checked by .ci/package.sh).
kvp_build_paths=("$kvp_root" "$kvp_cargo_home" "$kvp_rustup_home")
# raw-dylib import libraries named without rustc's random temporary folder (see the script).
if [ -z "${KVP_REAL_DLLTOOL:-}" ]; then
  KVP_REAL_DLLTOOL=$(command -v x86_64-w64-mingw32-dlltool || true)
fi
if [ -n "$KVP_REAL_DLLTOOL" ] && [ "$KVP_REAL_DLLTOOL" != "$kvp_root/.ci/bin/x86_64-w64-mingw32-dlltool" ]; then
  export KVP_REAL_DLLTOOL
  export PATH="$kvp_root/.ci/bin:$PATH"
fi
