#!/usr/bin/env bash
# Builds the packages a municipality installs, into target/packages/, and checks them:
#   Kvalitetspeng-<v>-x64.msi               Windows, per machine (Program Files; IT's deployment)
#   Kvalitetspeng-<v>-x64-peruser.msi       Windows, per user (no administrator needed)
#   Kvalitetspeng-<v>-windows-portabel.zip  Windows without installing: exe, samples, LÄSMIG.txt
#   kvalitetspeng_<v>_amd64.deb             Linux (Debian, Ubuntu)
# each with its SHA-256 beside it (<package>.sha256, which `sha256sum -c` reads).
# Checks: the MSIs' tables (msiinfo) and files (msiextract), the zip's list, the .deb's paths
# (dpkg -x into a temporary root, and the installed CLI computes worked example A) and, as root,
# a real `dpkg -i` / `dpkg -r`. A package that is wrong fails the script (and CI).
#
# Binaries (KVP_PROFILE):
#   unset   the ones CI has already built: Windows with profile `ci-windows` (.ci/windows.sh,
#           so the MSI holds the exe that ran under Wine) and Linux the `dev` binary that
#           `cargo test --locked` built (stripped of its line tables); checks the packaging and
#           costs no build.
#   dist    a release: both built with the `dist` profile (stripped, thin LTO).
# KVP_REPRODUCE=1 then builds everything again from a clean clone of HEAD in another folder
# and compares the SHA-256 of every binary and package (a whole second build, so not in every
# CI run). KVP_NO_INSTALL=1 skips the real `dpkg -i`.
#
# The .deb is made with dpkg-deb from the checked-in template in assets/packaging/deb rather
# than cargo-deb: `cargo install cargo-deb` compiles for minutes on CI's two cores, and dpkg-deb,
# on every Debian machine, makes the same package in a second.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/reproducible.sh
root=$kvp_root

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
commit=$(git rev-parse HEAD 2>/dev/null || echo "${KVP_COMMIT:-okänd}")
profile=${KVP_PROFILE:-}
out=$root/target/packages
stage=$root/target/packages-stage
rm -rf "$out" "$stage"
mkdir -p "$out" "$stage"
stamp=$(date -u -d "@$SOURCE_DATE_EPOCH" '+%Y-%m-%d %H:%M:%S')
echo "package: Kvalitetspeng $version, commit $commit, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH ($stamp UTC)"

fail() {
  echo "package: FEL: $*" >&2
  exit 1
}

# Debian's tools for the packages, installed when missing and possible (as in CI).
need=()
command -v wixl >/dev/null 2>&1 || need+=(wixl)
command -v msiinfo >/dev/null 2>&1 || need+=(msitools)
command -v faketime >/dev/null 2>&1 || need+=(faketime)
command -v bsdtar >/dev/null 2>&1 || need+=(libarchive-tools)
if [ ${#need[@]} -gt 0 ]; then
  (apt-get update >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y "${need[@]}" >/dev/null 2>&1) || true
fi

# The files are dated at the commit, owned by root, with plain permissions.
normalize() {
  find "$1" -type d -exec chmod 0755 {} +
  find "$1" -type f -exec chmod 0644 {} +
  find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
}

# A GUID from a text: the same text always gives the same GUID (name-based, like UUID v5).
guid_of() {
  local h
  h=$(printf '%s' "$1" | sha256sum | cut -c1-32 | tr a-f A-F)
  echo "${h:0:8}-${h:8:4}-5${h:13:3}-A${h:17:3}-${h:20:12}"
}

# A binary must not hold the paths of the machine that built it.
check_no_build_paths() {
  local p
  for p in "${kvp_build_paths[@]}"; do
    # Also as a symbol name spells a path (every character but letters and digits as `_`).
    local mangled
    mangled=$(printf '%s' "$p" | sed 's/[^A-Za-z0-9]/_/g')
    if grep -a -q -F -e "$p" -e "$mangled" "$1"; then
      fail "$1 holds the build machine's path $p"
    fi
  done
  echo "package: $(basename "$1") holds none of the build machine's paths (${kvp_build_paths[*]})"
}

checksum() {
  (cd "$out" && sha256sum "$1" > "$1.sha256")
}

samples() {
  mkdir -p "$1/sjovik" "$1/worked_example_a"
  cp sample_data/sjovik/rules.ron sample_data/sjovik/results.csv "$1/sjovik/"
  cp sample_data/worked_example_a/rules.ron sample_data/worked_example_a/results.csv "$1/worked_example_a/"
}

# --- Windows: MSI (per machine and per user) and the portable zip --------------------------
win_target=x86_64-pc-windows-gnu
win_profile=${profile:-ci-windows}
win_exe=""
if ! grep -qx "$win_target" <<<"$(rustup target list --installed 2>/dev/null)" ||
  ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
  echo "package: the Windows target or mingw-w64 is not installed here (.ci/windows.sh installs them); no MSI or zip"
elif ! command -v wixl >/dev/null 2>&1 || ! command -v msiinfo >/dev/null 2>&1 ||
  ! command -v faketime >/dev/null 2>&1 || ! command -v bsdtar >/dev/null 2>&1; then
  echo "package: wixl, msitools, faketime or bsdtar could not be installed here; no MSI or zip"
else
  # Already built by .ci/windows.sh (same profile, same environment): Cargo does nothing.
  cargo build --locked --profile "$win_profile" --target "$win_target"
  win_exe=target/$win_target/$win_profile/kvalitetspeng.exe
  check_no_build_paths "$win_exe"

  w=$stage/windows
  mkdir -p "$w/exempel"
  cp "$win_exe" "$w/kvalitetspeng.exe"
  cp assets/packaging/kvalitetspeng.ico assets/fonts/LICENSE-DejaVu.txt "$w/"
  sed -e "s/@VERSION@/$version/" -e "s/@COMMIT@/$commit/" assets/packaging/LÄSMIG.txt > "$w/LÄSMIG.txt"
  samples "$w/exempel"
  normalize "$w"
  chmod 0755 "$w/kvalitetspeng.exe"
  content=$(cd "$w" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum | cut -c1-64)

  for scope in perMachine perUser; do
    msi=Kvalitetspeng-$version-x64.msi
    [ "$scope" = perUser ] && msi=Kvalitetspeng-$version-x64-peruser.msi
    product_code=$(guid_of "kvalitetspeng product $version $scope")
    package_code=$(guid_of "kvalitetspeng package $content $version $scope")
    # wixl dates the package with the clock and gives it a random package code; under
    # faketime at the commit's time, with the package code set from the content, the same
    # input gives the same MSI.
    (cd "$w" && TZ=UTC faketime -f "$stamp" wixl -a x64 -D Version="$version" -D Scope="$scope" \
      -D ProductCode="$product_code" -D PackageCode="$package_code" \
      -o "$out/$msi" "$root/assets/packaging/kvalitetspeng.wxs") || fail "wixl could not build $msi"
    TZ=UTC faketime -f "$stamp" msibuild "$out/$msi" -s "Kvalitetspeng $version" Kvalitetspeng \
      "x64;1053" "{$package_code}" || fail "msibuild could not set $msi's summary"

    # The MSI's tables: files, Start-menu shortcut, upgrade, the .kvp association, version.
    tables=$(msiinfo tables "$out/$msi")
    for t in File Shortcut Upgrade Registry Icon Property; do
      grep -qx "$t" <<<"$tables" || fail "$msi has no $t table"
    done
    files=$(msiinfo export "$out/$msi" File)
    for f in kvalitetspeng.exe LÄSMIG.txt kvalitetspeng.ico rules.ron results.csv; do
      grep -q "	$f	" <<<"$files" || fail "$msi does not install $f"
    done
    grep -q "ProgramMenuFolder	Kvalitetspeng	.*\[INSTALLDIR\]kvalitetspeng.exe" <<<"$(msiinfo export "$out/$msi" Shortcut)" ||
      fail "$msi has no Start-menu shortcut to the program"
    grep -q "{448783FD-954E-4523-B6E8-973276E7247E}	.*	$version	" <<<"$(msiinfo export "$out/$msi" Upgrade)" ||
      fail "$msi does not replace an older version (upgrade code)"
    registry=$(msiinfo export "$out/$msi" Registry)
    grep -q "	0	.kvp		Kvalitetspeng.LockedRun	" <<<"$registry" || fail "$msi does not associate .kvp"
    grep -q 'Kvalitetspeng.LockedRun\\shell\\open\\command		"\[#KvalitetspengExe\]" "%1"' <<<"$registry" ||
      fail "$msi does not open a .kvp file with the program"
    properties=$(msiinfo export "$out/$msi" Property)
    grep -q "^ProductVersion	$version" <<<"$properties" || fail "$msi has not the version $version"
    summary=$(msiinfo suminfo "$out/$msi")
    grep -q "Revision number (UUID): {$package_code}" <<<"$summary" || fail "$msi's package code is not {$package_code}"
    if [ "$scope" = perUser ]; then
      grep -q "^ALLUSERS" <<<"$properties" && fail "$msi (per user) sets ALLUSERS"
      # Word count 10: compressed, and no elevation (administrator) needed.
      grep -q "^Source: 10 " <<<"$summary" || fail "$msi (per user) asks for elevation"
      grep -q "^UserPrograms	LocalAppDataFolder	Programs" <<<"$(msiinfo export "$out/$msi" Directory)" ||
        fail "$msi (per user) does not install into %LOCALAPPDATA%\\Programs"
    else
      grep -q "^ALLUSERS	1" <<<"$properties" || fail "$msi (per machine) does not set ALLUSERS=1"
      grep -q "^INSTALLDIR	ProgramFiles64Folder	Kvalitetspeng" <<<"$(msiinfo export "$out/$msi" Directory)" ||
        fail "$msi (per machine) does not install into Program Files"
    fi
    # The program in the MSI's cabinet is the one built.
    x=$(mktemp -d)
    (cd "$x" && msiextract "$out/$msi" >/dev/null) || fail "msiextract could not read $msi"
    got=$(find "$x" -name kvalitetspeng.exe -exec sha256sum {} + | cut -c1-64)
    [ "$got" = "$(sha256sum "$w/kvalitetspeng.exe" | cut -c1-64)" ] || fail "$msi's kvalitetspeng.exe is not the one built"
    rm -rf "$x"
    checksum "$msi"
    echo "package: $msi ($scope): files, shortcut, upgrade, .kvp association and version checked"
  done

  # The portable zip: one folder, the files in a fixed order, each dated at the commit, owned
  # by 0 and nothing else of the machine's (bsdtar from an mtree list: Info-ZIP's zip neither
  # marks names as UTF-8, which Windows needs for LÄSMIG.txt, nor leaves out the ctime).
  z=$stage/zip/Kvalitetspeng-$version
  mkdir -p "$z"
  cp -p "$w/kvalitetspeng.exe" "$w/LÄSMIG.txt" "$w/LICENSE-DejaVu.txt" "$z/"
  cp -rp "$w/exempel" "$z/"
  zipname=Kvalitetspeng-$version-windows-portabel.zip
  mtree() { # mtree escapes a name's bytes outside printable ASCII, and '\', in octal
    printf '%s' "$1" | perl -pe 's/([^\x21-\x7e]|\\)/sprintf("\\%03o", ord($1))/ge'
  }
  (
    cd "$stage/zip"
    echo "#mtree"
    # Files only (each name has a '/', so mtree takes it as a whole path; unzipping makes the folders).
    find "Kvalitetspeng-$version" -type f | LC_ALL=C sort | while IFS= read -r f; do
      echo "$(mtree "$f") type=file mode=0644 uid=0 gid=0 time=$SOURCE_DATE_EPOCH.0 contents=$(mtree "$f")"
    done
  ) > "$stage/zip.mtree"
  (cd "$stage/zip" && TZ=UTC LC_ALL=C.UTF-8 bsdtar --format zip --options zip:compression=deflate \
    -cf "$out/$zipname" "@$stage/zip.mtree") || fail "bsdtar could not build $zipname"
  listing=$(bsdtar -tf "$out/$zipname")
  for f in kvalitetspeng.exe LÄSMIG.txt exempel/sjovik/rules.ron exempel/worked_example_a/results.csv; do
    grep -qx "Kvalitetspeng-$version/$f" <<<"$listing" || fail "$zipname lacks $f"
  done
  checksum "$zipname"
  echo "package: $zipname checked"
fi

# --- Linux: .deb -----------------------------------------------------------------------
if [ "${KVP_SKIP_LINUX:-0}" = 1 ]; then
  echo "package: no .deb (KVP_SKIP_LINUX=1)"
else
  if [ -z "$profile" ]; then
    # The binary `cargo test --locked` built for the CLI tests (with the dev-dependencies'
    # features, so `cargo build` would build it anew): after the tests Cargo does nothing here.
    # Not built with the paths mapped, so the path check is for a profile build (dist).
    env -u CARGO_INCREMENTAL cargo test --locked --no-run
    linux_bin=target/debug/kvalitetspeng
  else
    env "${kvp_linux_env[@]}" cargo build --locked --profile "$profile" --target x86_64-unknown-linux-gnu
    linux_bin=target/x86_64-unknown-linux-gnu/$profile/kvalitetspeng
    check_no_build_paths "$linux_bin"
  fi

  d=$stage/deb
  mkdir -p "$d/DEBIAN" "$d/usr/bin" "$d/usr/share/applications" "$d/usr/share/icons/hicolor/256x256/apps" \
    "$d/usr/share/mime/packages" "$d/usr/share/kvalitetspeng/exempel" "$d/usr/share/doc/kvalitetspeng"
  # Line tables are for developers (the dev binary has them; dist has none).
  objcopy --strip-debug "$linux_bin" "$d/usr/bin/kvalitetspeng"
  cp assets/packaging/kvalitetspeng.desktop "$d/usr/share/applications/"
  cp assets/icon.png "$d/usr/share/icons/hicolor/256x256/apps/kvalitetspeng.png"
  cp assets/packaging/kvalitetspeng-mime.xml "$d/usr/share/mime/packages/kvalitetspeng.xml"
  samples "$d/usr/share/kvalitetspeng/exempel"
  cp assets/packaging/deb/copyright assets/fonts/LICENSE-DejaVu.txt "$d/usr/share/doc/kvalitetspeng/"
  # The command line's help, as the package's manual.
  {
    echo "Kvalitetspeng $version (commit $commit): kvalitetspeng --help, och varje kommandos --help"
    echo
    "$linux_bin" --help
    for c in calc compare solve sweep report lock verify correct generate; do
      echo
      echo "== kvalitetspeng $c --help"
      "$linux_bin" "$c" --help
    done
  } > "$d/usr/share/doc/kvalitetspeng/kommandorad.txt"
  normalize "$d"
  chmod 0755 "$d/usr/bin/kvalitetspeng"
  # Depends: the C library at the newest symbol version the program uses, and libgcc.
  glibc=$(objdump -T "$d/usr/bin/kvalitetspeng" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n1)
  size=$(du -s -k --apparent-size "$d/usr" | cut -f1)
  sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$size/" -e "s/@DEPENDS@/libc6 (>= $glibc), libgcc-s1/" \
    assets/packaging/deb/control > "$d/DEBIAN/control"
  (cd "$d" && find usr -type f | LC_ALL=C sort | xargs -d '\n' md5sum) > "$d/DEBIAN/md5sums"
  normalize "$d/DEBIAN"
  deb=kvalitetspeng_${version}_amd64.deb
  dpkg-deb --root-owner-group -Zxz --build "$d" "$out/$deb" >/dev/null || fail "dpkg-deb could not build $deb"

  # Unpacked into a temporary root: every path where it belongs, and the CLI works there.
  x=$(mktemp -d)
  dpkg -x "$out/$deb" "$x"
  for f in usr/bin/kvalitetspeng usr/share/applications/kvalitetspeng.desktop \
    usr/share/icons/hicolor/256x256/apps/kvalitetspeng.png usr/share/mime/packages/kvalitetspeng.xml \
    usr/share/kvalitetspeng/exempel/sjovik/rules.ron usr/share/kvalitetspeng/exempel/worked_example_a/results.csv \
    usr/share/doc/kvalitetspeng/copyright usr/share/doc/kvalitetspeng/kommandorad.txt; do
    [ -f "$x/$f" ] || fail "$deb does not install /$f"
  done
  [ -x "$x/usr/bin/kvalitetspeng" ] || fail "$deb's /usr/bin/kvalitetspeng is not executable"
  grep -q '^MimeType=application/x-kvalitetspeng-locked;' "$x/usr/share/applications/kvalitetspeng.desktop" || fail "$deb's .desktop has no .kvp type"
  grep -q '<glob pattern="\*.kvp"' "$x/usr/share/mime/packages/kvalitetspeng.xml" || fail "$deb's MIME type has no *.kvp"
  contents=$(dpkg-deb -c "$out/$deb")
  other=$(awk '{print $6}' <<<"$contents" | grep -v '^\./usr/' | grep -v '^\./$' || true)
  [ -z "$other" ] || fail "$deb installs outside /usr: $other"
  grep -qv '^root/root$' <<<"$(awk '{print $2}' <<<"$contents")" && fail "$deb has files not owned by root"
  ex=$x/usr/share/kvalitetspeng/exempel/worked_example_a
  "$x/usr/bin/kvalitetspeng" calc --rules "$ex/rules.ron" --results "$ex/results.csv" --out "$x/utbetalning.csv" >/dev/null ||
    fail "the CLI of $deb could not compute worked example A"
  for amount in "571428,57" "190476,19" "238095,24"; do
    grep -q ";$amount;" "$x/utbetalning.csv" || fail "the CLI of $deb did not pay $amount in worked example A"
  done
  rm -rf "$x"
  echo "package: $deb unpacked (dpkg -x): paths, .desktop, MIME type checked; its CLI computes worked example A"

  # A real install and removal, where this is a root Debian machine without the package.
  if [ "${KVP_NO_INSTALL:-0}" = 1 ]; then
    echo "package: dpkg -i/-r skipped (KVP_NO_INSTALL=1)"
  elif [ "$(id -u)" != 0 ]; then
    echo "package: not root; dpkg -i/-r skipped"
  elif dpkg -s kvalitetspeng >/dev/null 2>&1; then
    echo "package: kvalitetspeng is already installed here; dpkg -i/-r skipped"
  else
    dpkg -i "$out/$deb" >/dev/null || fail "dpkg -i $deb failed"
    grep -q "$version" <<<"$(/usr/bin/kvalitetspeng --version)" || { dpkg -r kvalitetspeng >/dev/null; fail "the installed program does not run"; }
    dpkg -r kvalitetspeng >/dev/null || fail "dpkg -r kvalitetspeng failed"
    left=$(for f in /usr/bin/kvalitetspeng /usr/share/applications/kvalitetspeng.desktop /usr/share/kvalitetspeng; do [ -e "$f" ] && echo "$f"; done || true)
    [ -z "$left" ] || fail "dpkg -r left $left"
    echo "package: dpkg -i and dpkg -r of $deb: installed, ran, removed cleanly"
  fi
  checksum "$deb"
fi

rm -rf "$stage"
echo "package: in target/packages:"
(cd "$out" && for f in *; do case "$f" in *.sha256) ;; *) printf '  %-45s %10d bytes  sha256 %s\n' "$f" "$(stat -c %s "$f")" "$(cut -c1-64 "$f.sha256")" ;; esac; done)

# --- Reproducibility: the same commit built again elsewhere gives the same bytes ----------
if [ "${KVP_REPRODUCE:-0}" = 1 ]; then
  if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
    fail "KVP_REPRODUCE=1 builds the commit again: commit the changes first"
  fi
  again=$(mktemp -d)/kvalitetspeng-igen
  git clone -q --no-local "$root" "$again"
  git -C "$again" checkout -q "$commit"
  echo "package: building $commit again in $again"
  skip_linux=0
  # The dev binary is `cargo test`'s (paths not mapped): only a profile build is compared.
  [ -z "$profile" ] && skip_linux=1
  (cd "$again" && KVP_REPRODUCE=0 KVP_NO_INSTALL=1 KVP_SKIP_LINUX=$skip_linux KVP_PROFILE="$profile" bash .ci/package.sh) ||
    fail "the second build failed"
  same=1
  compare() {
    local a b
    a=$(sha256sum "$1" | cut -c1-64)
    b=$(sha256sum "$2" | cut -c1-64)
    if [ "$a" = "$b" ]; then
      echo "  same      $a  $(basename "$1")"
    else
      echo "  DIFFERENT $a / $b  $(basename "$1")"
      same=0
    fi
  }
  echo "package: SHA-256, first build against the second:"
  [ -n "$win_exe" ] && compare "$win_exe" "$again/$win_exe"
  if [ "$skip_linux" = 0 ] && [ -n "${linux_bin:-}" ]; then compare "$linux_bin" "$again/$linux_bin"; fi
  for f in "$out"/*; do
    case "$f" in *.sha256) continue ;; *.deb) [ "$skip_linux" = 1 ] && continue ;; esac
    compare "$f" "$again/target/packages/$(basename "$f")"
  done
  [ "$same" = 1 ] || fail "the second build differs"
  echo "package: reproducible: the second build is byte for byte the first"
fi
