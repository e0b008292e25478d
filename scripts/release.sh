#!/usr/bin/env bash
# Reproducible release archives (make release): one binary per platform
# with ECharts embedded, packed with README, LICENSE and ECharts' licence
# files, plus SHA256SUMS, into dist/.
#
#   scripts/release.sh           build dist/
#   scripts/release.sh --check   build twice and require byte-identical
#                                results, then run the linux/amd64 binary
#                                alone: example + build == data/example build
#
# Reproducible: -trimpath, no VCS stamp, empty build id, CGO off; archive
# entries sorted, owned by 0:0, dated at the commit time (SOURCE_DATE_EPOCH
# when set). The version is `git describe --tags --always --dirty`.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
TARGETS=${TARGETS:-"windows/amd64 windows/arm64 darwin/amd64 darwin/arm64 linux/amd64 linux/arm64"}
VERSION=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo unknown)}
EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
ECHARTS=report/html/echarts

build() { # build DIST
  local dist=$1 stage pack
  if [ ! -f $ECHARTS/echarts.min.js ]; then
    echo "release: $ECHARTS/echarts.min.js is missing; run make assets first" >&2
    exit 1
  fi
  rm -rf "$dist"
  mkdir -p "$dist"
  stage=$(mktemp -d)
  trap 'rm -rf "$stage"' RETURN
  pack=$stage/pack
  CGO_ENABLED=0 $GO build -o "$pack" ./scripts/pack
  for t in $TARGETS; do
    local os=${t%/*} arch=${t#*/} exe=rapor ext=tar.gz
    if [ "$os" = windows ]; then exe=rapor.exe ext=zip; fi
    local name=rapor_${VERSION}_${os}_${arch}
    local dir=$stage/$name
    mkdir -p "$dir/licenses/echarts"
    CGO_ENABLED=0 GOOS=$os GOARCH=$arch GOFLAGS= $GO build -trimpath -buildvcs=false \
      -ldflags "-s -w -buildid= -X main.version=$VERSION" -o "$dir/$exe" ./cmd/rapor
    cp README.md LICENSE "$dir/"
    cp $ECHARTS/LICENSE $ECHARTS/NOTICE $ECHARTS/LICENSE-d3 "$dir/licenses/echarts/"
    "$pack" -epoch "$EPOCH" -o "$dist/$name.$ext" "$dir"
    echo "$dist/$name.$ext"
  done
  "$pack" -sums "$dist"
}

# standalone DIST: the linux/amd64 binary alone in an empty folder writes
# the example and builds the same indicators.json as data/example.
standalone() {
  local dist=$1 tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  tar -xzf "$dist/rapor_${VERSION}_linux_amd64.tar.gz" -C "$tmp"
  mkdir "$tmp/empty" "$tmp/ref"
  cp "$tmp/rapor_${VERSION}_linux_amd64/rapor" "$tmp/empty/"
  (cd "$tmp/empty" && env -i HOME="$tmp/empty" ./rapor example contoh >/dev/null && env -i HOME="$tmp/empty" ./rapor build contoh -q)
  "$tmp/empty/rapor" build data/example -o "$tmp/ref" -q
  cmp "$tmp/empty/contoh/out/indicators.json" "$tmp/ref/indicators.json"
  echo "release: the linux/amd64 binary alone builds the example's indicators.json ($(wc -c <"$tmp/ref/indicators.json") bytes, identical)"
}

if [ "${1:-}" = --check ]; then
  build dist
  again=$(mktemp -d)
  trap 'rm -rf "$again"' EXIT
  build "$again/dist" >/dev/null
  if ! diff -r dist "$again/dist"; then
    echo "release: a second build differs from the first: not reproducible" >&2
    exit 1
  fi
  echo "release: two builds byte-identical ($(ls dist | wc -l) files)"
  (cd dist && sha256sum -c --quiet SHA256SUMS)
  if [ "$(go env GOHOSTOS)/$(go env GOHOSTARCH)" = linux/amd64 ]; then standalone dist; fi
else
  build dist
fi
