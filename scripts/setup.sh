#!/usr/bin/env bash
# Installs what building and testing Eremite needs, from Debian packages, and only what is missing.
# Idempotent and non-interactive: safe to run before every build (it costs one dpkg query when all is there).
set -euo pipefail

# command-that-proves-it:package
needed=(
  "java:openjdk-17-jdk-headless"
  "javac:openjdk-17-jdk-headless"
  "mvn:maven"
  "qemu-system-x86_64:qemu-system-x86"
  "qemu-system-aarch64:qemu-system-arm"
  "qemu-system-riscv64:qemu-system-misc"
  "readelf:binutils"
  "x86_64-linux-gnu-as:binutils-x86-64-linux-gnu"
  "aarch64-linux-gnu-as:binutils-aarch64-linux-gnu"
  "riscv64-linux-gnu-as:binutils-riscv64-linux-gnu"
  "dtc:device-tree-compiler"
)

missing=()
for entry in "${needed[@]}"; do
  command -v "${entry%%:*}" >/dev/null 2>&1 || missing+=("${entry#*:}")
done
# the OpenSBI firmware that qemu-system-riscv64 -bios default loads
[ -e /usr/share/qemu/opensbi-riscv64-generic-fw_dynamic.bin ] || missing+=("qemu-system-data")
[ ${#missing[@]} -eq 0 ] && exit 0

mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
echo "setup: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "setup: these Debian packages are missing: ${missing[*]}" >&2
  echo "setup: run as root (or with password-less sudo), or install them: apt-get install ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: no apt-get on this machine; install these packages by hand: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done" >&2
