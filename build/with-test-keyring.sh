#!/usr/bin/env bash
# Runs a command inside a private D-Bus session whose Secret Service
# (gnome-keyring) is unlocked with a throwaway password, so keytar reaches a
# real OS keychain on a machine with no desktop session (CI, a headless box).
# Usage: build/with-test-keyring.sh <command> [args...]
set -euo pipefail
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export KEYRING_HOME="$keyring_home"

exec dbus-run-session -- bash -euo pipefail -c '
  # A keyring of its own (not ~/.local/share/keyrings): a fresh login
  # collection that the throwaway password creates and unlocks.
  export XDG_DATA_HOME="$KEYRING_HOME/data"
  mkdir -p "$XDG_DATA_HOME"
  head -c 24 /dev/urandom | base64 | tr -d "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

  # Wait for the daemon to own the Secret Service name: asking earlier would
  # make D-Bus start a second, locked daemon.
  owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
  }
  for _ in $(seq 50); do owned && break; sleep 0.2; done
  owned || { echo "with-test-keyring: gnome-keyring did not register org.freedesktop.secrets" >&2; exit 1; }
  keyring_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "/uint32/ {print \$2}")
  trap "kill $keyring_pid 2>/dev/null || true" EXIT

  locked=$(dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked | awk "/boolean/ {print \$3}")
  if [ "$locked" != "false" ]; then
    echo "with-test-keyring: the default keyring is not unlocked (Locked=$locked)" >&2
    exit 1
  fi
  echo "with-test-keyring: gnome-keyring unlocked (pid $keyring_pid)"
  "$@"
' with-test-keyring "$@"
