#!/bin/sh
# Puts a verified build live on the agency's server from CI, over ssh:
#   deploy/push.sh BUILD
# after `npm run ci:build` (which verified and precompressed BUILD). Copies it
# into a new release folder (files unchanged since the live release are
# hard-linked, not sent again), copies deploy/release.sh beside the releases,
# and lets it switch the live symlink and prune old releases.
#
# Environment (CI variables and secrets):
#   DEPLOY_HOST   the server                      DEPLOY_USER   ssh user (owns DEPLOY_ROOT)
#   DEPLOY_ROOT   e.g. /srv/do-luong (nginx root: DEPLOY_ROOT/current)
#   DEPLOY_PORT   ssh port (default 22)           DEPLOY_KEEP   releases kept (default 5)
# ssh must already hold the key and know the host (the workflows write
# DEPLOY_SSH_KEY and DEPLOY_KNOWN_HOSTS to ~/.ssh).
set -eu

build=${1:?usage: deploy/push.sh BUILD}
: "${DEPLOY_HOST:?DEPLOY_HOST is not set}" "${DEPLOY_USER:?DEPLOY_USER is not set}" "${DEPLOY_ROOT:?DEPLOY_ROOT is not set}"
port=${DEPLOY_PORT:-22}
keep=${DEPLOY_KEEP:-5}
target="$DEPLOY_USER@$DEPLOY_HOST"
# DEPLOY_SSH: the ssh command (tests put a local stand-in there).
ssh_cmd="${DEPLOY_SSH:-ssh} -p $port -o BatchMode=yes"
# UTC timestamps sort in time order (the same form npm run deploy uses).
id=$(date -u +%Y%m%dT%H%M%S.%3NZ)
here=$(dirname "$0")

$ssh_cmd "$target" "mkdir -p '$DEPLOY_ROOT/releases'"
rsync -a --delete -e "$ssh_cmd" "$here/release.sh" "$target:$DEPLOY_ROOT/release.sh"
# --link-dest is read relative to the destination folder.
rsync -a --delete -e "$ssh_cmd" --link-dest=../../current/ "${build%/}/" "$target:$DEPLOY_ROOT/releases/.incoming-$id/"
$ssh_cmd "$target" "mv -T '$DEPLOY_ROOT/releases/.incoming-$id' '$DEPLOY_ROOT/releases/$id' && sh '$DEPLOY_ROOT/release.sh' activate '$DEPLOY_ROOT' '$id' '$keep'"
