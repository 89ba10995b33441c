#!/usr/bin/env bash
# Windows is a first-class target: cross-build the program (app and CLI) for
# x86_64-pc-windows-gnu with mingw-w64 and, when Wine is at hand, run the CLI's golden
# calculation (worked example A) under it and check the amounts.
#
# The toolchain is installed here when it can be had (rustup target, Debian's mingw); a
# machine that cannot get it says so and skips. A build failure with the toolchain present
# fails CI.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! timeout 900 rustup target add x86_64-pc-windows-gnu >/dev/null 2>&1; then
  echo "windows: the x86_64-pc-windows-gnu target could not be installed here; cross-build skipped"
  exit 0
fi
if ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
  (apt-get update >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y gcc-mingw-w64-x86-64 >/dev/null 2>&1) || true
fi
if ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
  echo "windows: mingw-w64 could not be installed here; cross-build skipped"
  exit 0
fi

echo "windows: cross-building for x86_64-pc-windows-gnu"
# Reproducibly (SOURCE_DATE_EPOCH, no build paths): .ci/package.sh packages this very exe.
source .ci/reproducible.sh
cargo build --locked --profile ci-windows --target x86_64-pc-windows-gnu || exit 1
exe=target/x86_64-pc-windows-gnu/ci-windows/kvalitetspeng.exe
ls -l "$exe"

if ! command -v wine >/dev/null 2>&1; then
  echo "windows: Wine is not installed; the CLI was built but not run"
  exit 0
fi
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng, which Rust's std uses for randomness): a tiny
# stub built with mingw gives it, for testing only.
stub_dir=$(mktemp -d)
cat > "$stub_dir/stub.c" <<'C'
#include <windows.h>
typedef BOOLEAN (WINAPI *RtlGenRandomFn)(PVOID, ULONG);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  static RtlGenRandomFn f = NULL;
  if (!f) f = (RtlGenRandomFn)GetProcAddress(LoadLibraryA("advapi32.dll"), "SystemFunction036");
  while (len) { ULONG n = len > 0x7fffffff ? 0x7fffffff : (ULONG)len; if (!f(data, n)) return FALSE; data += n; len -= n; }
  return TRUE;
}
C
x86_64-w64-mingw32-gcc -shared -O2 -o "$(dirname "$exe")/bcryptprimitives.dll" "$stub_dir/stub.c" || exit 1
export WINEDEBUG=-all WINEPREFIX="$stub_dir/prefix"
out="$stub_dir/utbetalning.csv"
timeout 300 wine "$exe" calc --rules sample_data/worked_example_a/rules.ron \
  --results sample_data/worked_example_a/results.csv --out "$out" > "$stub_dir/stdout.txt" 2>&1
status=$?
if [ "$status" -ne 0 ] || [ ! -f "$out" ]; then
  echo "windows: the CLI under Wine failed (exit $status):"
  cat "$stub_dir/stdout.txt"
  exit 1
fi
for amount in "571428,57" "190476,19" "238095,24" "0,00"; do
  grep -q ";$amount;" "$out" || { echo "windows: $amount missing in the Windows CLI's payout table"; cat "$out"; exit 1; }
done
echo "windows: the CLI under Wine computed worked example A to the öre"
