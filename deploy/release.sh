#!/bin/sh
# Switches the live site between releases on the server. POSIX sh and
# coreutils only, so it also runs over ssh on a server without Node (CI
# copies a verified release with rsync, then calls it).
#
#   release.sh activate ROOT ID [KEEP]  make ROOT/releases/ID live, keep the KEEP newest releases (default 5)
#   release.sh rollback ROOT            make the release before the live one live again
#   release.sh list ROOT                releases, oldest first, the live one marked
#
# Layout: ROOT/releases/<ID>/ holds a whole built site; ROOT/current is a
# symlink to the live one, and nginx's root is ROOT/current. IDs sort in time
# order (npm run deploy uses UTC timestamps). The switch is one rename(2) of a
# new symlink over the old one: a reader gets the old release or the new one,
# never a mix and never nothing.
set -eu

usage() { echo "usage: $0 activate ROOT ID [KEEP] | rollback ROOT | list ROOT" >&2; exit 2; }
[ $# -ge 2 ] || usage
command=$1
root=${2%/}
releases="$root/releases"

live() { [ -L "$root/current" ] && basename "$(readlink "$root/current")" || true; }

# Every release, oldest first (names only; folders being copied in start with a dot).
list() { ls -1 "$releases" 2>/dev/null | grep -v '^\.' | sort || true; }

switch_to() {
  [ -f "$releases/$1/index.html" ] || { echo "release.sh: $releases/$1 is not a built site (no index.html)" >&2; exit 1; }
  ln -sfn "releases/$1" "$root/.current.tmp"
  mv -T "$root/.current.tmp" "$root/current"
  echo "live: $1"
}

case $command in
  activate)
    [ $# -ge 3 ] || usage
    keep=${4:-5}
    switch_to "$3"
    current=$3
    # Remove the oldest releases beyond KEEP, never the live one.
    count=$(list | wc -l)
    for old in $(list); do
      [ "$count" -gt "$keep" ] || break
      if [ "$old" != "$current" ]; then
        rm -rf "${releases:?}/$old"
        echo "removed: $old"
        count=$((count - 1))
      fi
    done
    ;;
  rollback)
    current=$(live)
    previous=$(list | awk -v current="$current" '$0 == current { print prev; exit } { prev = $0 }')
    [ -n "$previous" ] || { echo "release.sh: no release before ${current:-(none)} to roll back to" >&2; exit 1; }
    switch_to "$previous"
    ;;
  list)
    current=$(live)
    for release in $(list); do
      if [ "$release" = "$current" ]; then echo "$release (live)"; else echo "$release"; fi
    done
    ;;
  *) usage ;;
esac
