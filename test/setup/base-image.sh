#!/usr/bin/env bash
# Makes the base image the Docker tests build FROM, without a registry: debootstrap a minimal Debian with
# Python and Flask from Debian's archive, then `docker import` it. The root file system is cached as a
# tarball under ~/.cache/shipcheck (keyed by the package list), so only the first run pays for debootstrap.
# Usage: base-image.sh IMAGE   (prints nothing when the image already exists)
set -euo pipefail

image=${1:-shipcheck-test/python:bookworm}
# mariadb-client: a container that runs mysqldump (ssh-deploy's backup-service)
packages=python3,python3-flask,gunicorn,mariadb-client
suite=bookworm

if docker image inspect "$image" >/dev/null 2>&1; then
  exit 0
fi

cache=${SHIPCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shipcheck}
key=$(printf '%s %s' "$suite" "$packages" | sha256sum | cut -c1-12)
tarball="$cache/rootfs-$suite-$key.tar"
mkdir -p "$cache"

if [ ! -s "$tarball" ]; then
  # the mirror this machine's apt uses; never a host name written into the repository
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  if [ -z "$mirror" ]; then
    mirror=$(awk '$1=="deb"{print $2; exit}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
  fi
  if [ -z "$mirror" ]; then
    echo "base-image: no Debian mirror found in /etc/apt/sources.list.d; cannot debootstrap $image" >&2
    exit 2
  fi
  rootfs=$(mktemp -d "${TMPDIR:-/tmp}/shipcheck-rootfs-XXXXXX")
  trap 'rm -rf "$rootfs"' EXIT
  echo "base-image: debootstrap $suite ($packages) — once per machine, about a minute"
  debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 || {
    tail -20 "$rootfs.log" >&2
    exit 2
  }
  rm -f "$rootfs.log"
  # keep the image small: no package lists or caches
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -cf "$tarball.partial" .
  mv "$tarball.partial" "$tarball"
fi

docker import --change 'CMD ["python3"]' --change 'ENV LANG=C.UTF-8' "$tarball" "$image" >/dev/null
echo "base-image: $image imported from $tarball"
