#!/usr/bin/env bash
# Installs the system packages the integration tests need, once per machine. Servers themselves are
# started (on 127.0.0.1, with their own data directories) by test/setup/global-setup.ts and stopped by PID.
set -euo pipefail

need=()
command -v python3 >/dev/null 2>&1 || need+=(python3)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "services: missing ${need[*]}; run as root or install them: apt-get install -y ${need[*]}" >&2
    exit 2
  fi
  echo "services: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
