#!/usr/bin/env bash
# Unpacks the libhdf5 source crate (hdf5-metno-src, the one hdf5-metno-sys builds statically)
# into third_party/hdf5-metno-src and applies third_party/patches/*.patch: fixes for libhdf5
# bugs that hostile files reach (found by `make fuzz`), not yet in a libhdf5 release.
# Cargo.toml's [patch.crates-io] builds this copy. Run by `make setup`; idempotent.
set -euo pipefail
cd "$(dirname "$0")"
VERSION=0.10.4
SHA256=69c883c565498492954e344c482f8622525e58c7a71100dd9498c4940da82885
DEST=hdf5-metno-src
STAMP="$DEST/.kerasave-patched"
want="$VERSION $(cat patches/*.patch | sha256sum | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
    exit 0
fi
crate=$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/hdf5-metno-src-$VERSION.crate \
    2>/dev/null | head -n1 || true)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$crate" ]; then
    crate="$tmp/src.crate"
    curl -sSfL --retry 3 -o "$crate" \
        "https://static.crates.io/crates/hdf5-metno-src/hdf5-metno-src-$VERSION.crate"
fi
echo "$SHA256  $crate" | sha256sum -c --quiet -
tar xzf "$crate" -C "$tmp"
for p in patches/*.patch; do
    patch -s -p1 -d "$tmp/hdf5-metno-src-$VERSION" < "$p"
done
rm -rf "$DEST"
mv "$tmp/hdf5-metno-src-$VERSION" "$DEST"
# The crate's build script reruns only when its build.rs changes: make it, so that a target
# directory built before these patches changed builds libhdf5 again.
touch "$DEST/build.rs"
echo "$want" > "$STAMP"
echo "libhdf5 source $VERSION unpacked into third_party/$DEST with $(ls patches/*.patch | wc -l) patch(es)"
