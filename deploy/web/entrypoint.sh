#!/bin/sh
# The web container's entrypoint: writes /remotes.json and the nginx configuration (with its Content-Security-Policy)
# from the environment, then runs nginx in the foreground. POSIX sh and base utilities: the image needs no Node.
#
#   entrypoint.sh          render, then run nginx in the foreground (PID 1 in a container), its access log on stdout
#   entrypoint.sh render   only write the files (check a configuration; `nginx -t -c "$WEB_RUN_DIR/nginx.conf"`)
#   entrypoint.sh reload   render, then `nginx -s reload`: a remote rolled back or forward without a restart
#
# Environment (README.md beside this file has the whole table): WEB_PORT, WEB_ROOT, WEB_RUN_DIR, GATEWAY_URL,
# AUTH_ISSUER, OIDC_CLIENT_ID, OIDC_SCOPE, SHIAN_REMOTES, <DOMAIN>_REMOTE_VERSION, <DOMAIN>_REMOTE_URL,
# WEB_PUBLIC_URL, WEB_FRAME_ANCESTORS, WEB_CONNECT_SRC, WEB_WORKER_PROCESSES, WEB_ACCESS_LOG.
set -eu

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
WEB_ROOT=${WEB_ROOT:-$here}
WEB_RUN_DIR=${WEB_RUN_DIR:-/tmp/shian-web}
WEB_PORT=${WEB_PORT:-8080}
WEB_PUBLIC_URL=${WEB_PUBLIC_URL:-}
WEB_FRAME_ANCESTORS=${WEB_FRAME_ANCESTORS:-\'self\'}
WEB_CONNECT_SRC=${WEB_CONNECT_SRC:-}
WEB_WORKER_PROCESSES=${WEB_WORKER_PROCESSES:-auto}
WEB_ACCESS_LOG=${WEB_ACCESS_LOG:-stdout}
GATEWAY_URL=${GATEWAY_URL:-http://localhost:4000}
AUTH_ISSUER=${AUTH_ISSUER:-http://localhost:4400}
OIDC_CLIENT_ID=${OIDC_CLIENT_ID:-shian-shell}
OIDC_SCOPE=${OIDC_SCOPE:-openid profile}
SHIAN_REMOTES=${SHIAN_REMOTES:-}

die() {
  echo "shian-web: $*" >&2
  exit 1
}

# Every value lands in JSON strings or an nginx header between double quotes: refuse what would break out of them.
for name in WEB_PORT WEB_PUBLIC_URL WEB_FRAME_ANCESTORS WEB_CONNECT_SRC GATEWAY_URL AUTH_ISSUER OIDC_CLIENT_ID \
  OIDC_SCOPE SHIAN_REMOTES WEB_WORKER_PROCESSES WEB_ACCESS_LOG; do
  eval "value=\${$name}"
  case $value in
  *[\"\\\;\{\}\$\`]* | *'
'*) die "$name contains a character that is not allowed here (\" \\ ; { } \$ \` or a newline): $value" ;;
  esac
done
case $WEB_PORT in '' | *[!0-9]*) die "WEB_PORT must be a port number, not '$WEB_PORT'" ;; esac
case $WEB_WORKER_PROCESSES in auto | [1-9] | [1-9][0-9]) ;; *) die "WEB_WORKER_PROCESSES must be auto or a number" ;; esac

strip_slash() { printf '%s' "$1" | sed 's#/*$##'; }
# scheme://host[:port] of an absolute URL; nothing for a path on this origin.
origin_of() { printf '%s' "$1" | sed -n 's#^\([A-Za-z][A-Za-z0-9+.-]*://[^/]*\).*#\1#p'; }

packed=$WEB_ROOT/remotes/packed.tsv
[ -f "$WEB_ROOT/shell/index.html" ] || die "$WEB_ROOT/shell/index.html is missing: WEB_ROOT must be a folder made by pnpm pack:web"
[ -f "$packed" ] || die "$packed is missing: WEB_ROOT must be a folder made by pnpm pack:web"

gateway=$(strip_slash "$GATEWAY_URL" | sed 's#/graphql$##')
issuer=$(strip_slash "$AUTH_ISSUER")
public=$(strip_slash "$WEB_PUBLIC_URL")
self_origin=$(origin_of "$public")

mkdir -p "$WEB_RUN_DIR"
remotes_json=$WEB_RUN_DIR/remotes.json.tmp
redirects=$WEB_RUN_DIR/remote-redirects.conf.tmp
: >"$redirects"
origins=''
entries=''

# packed.tsv: one line per domain of the platform, in its order: name, label, the version this pack built (empty
# for a domain whose remote is not built yet). Older versions stay beside it under remotes/<name>/<version>/.
tab=$(printf '\t')
while IFS=$tab read -r domain label default_version; do
  [ -n "$domain" ] || continue
  var=$(printf '%s' "$domain" | tr 'a-z' 'A-Z' | sed 's/[^A-Z0-9]/_/g')
  eval "url=\${${var}_REMOTE_URL:-}"
  eval "version=\${${var}_REMOTE_VERSION:-$default_version}"
  case $url$version in *[\"\\\;\{\}\$\`\ ]*) die "${var}_REMOTE_URL or ${var}_REMOTE_VERSION contains a character that is not allowed" ;; esac
  if [ -n "$SHIAN_REMOTES" ]; then
    case ",$(printf '%s' "$SHIAN_REMOTES" | tr -d ' ')," in *",$domain,"*) ;; *) continue ;; esac
  elif [ -z "$url" ] && [ -z "$version" ]; then
    continue
  fi
  if [ -n "$url" ]; then
    # Served from elsewhere (a CDN, another origin): its remoteEntry.js, or the folder that holds it.
    case $url in
    *.js) entry=$url ;;
    *) entry=$(strip_slash "$url")/remoteEntry.js ;;
    esac
  else
    [ -n "$version" ] || die "no version of the $domain remote is packed here: set ${var}_REMOTE_VERSION or ${var}_REMOTE_URL"
    if [ ! -f "$WEB_ROOT/remotes/$domain/$version/remoteEntry.js" ]; then
      available=$(cd "$WEB_ROOT/remotes/$domain" 2>/dev/null && ls -d -- */ 2>/dev/null | tr -d / | tr '\n' ' ' | sed 's/ $//')
      die "${var}_REMOTE_VERSION=$version: $WEB_ROOT/remotes/$domain/$version/remoteEntry.js does not exist (packed: ${available:-none})"
    fi
    entry=$public/remotes/$domain/$version/remoteEntry.js
    # A stable address for pages outside the shell (a partner's page imports embed.js): it follows the manifest.
    printf 'location ^~ /remotes/%s/current/ { include %s/cors.conf; add_header Cache-Control "no-cache"; rewrite ^/remotes/%s/current/(.*)$ /remotes/%s/%s/$1 redirect; }\n' \
      "$domain" "$WEB_RUN_DIR" "$domain" "$domain" "$version" >>"$redirects"
  fi
  folder=${entry%/*}
  origin=$(origin_of "$entry")
  if [ -n "$origin" ]; then
    case " $self_origin$origins " in *" $origin "*) ;; *) origins="$origins $origin" ;; esac
  fi
  name=shian_$(printf '%s' "$domain" | sed 's/[^A-Za-z0-9_]/_/g')
  entries="$entries${entries:+,}
    \"$domain\": { \"name\": \"$name\", \"entry\": \"$entry\", \"url\": \"$folder\", \"label\": \"$label\" }"
done <"$packed"

# What the shell fetches at GET /remotes.json: the shape of packages/frontend-config/src/manifest.ts.
cat >"$remotes_json" <<EOF
{
  "gatewayUrl": "$gateway",
  "remotes": {$entries
  },
  "oidc": { "issuer": "$issuer", "clientId": "$OIDC_CLIENT_ID", "scope": "$OIDC_SCOPE" }
}
EOF

# The shell's own origin plus the remotes the manifest names run scripts; the page talks to the gateway and the
# issuer (discovery, token). Styles inline: antd writes its CSS-in-JS into <style> elements.
gateway_origin=$(origin_of "$gateway")
issuer_origin=$(origin_of "$issuer")
csp="default-src 'self' $self_origin;"
csp="$csp script-src 'self' $self_origin$origins;"
csp="$csp style-src 'self' 'unsafe-inline'$origins;"
csp="$csp img-src 'self' data: blob:$origins;"
csp="$csp font-src 'self' data:$origins;"
csp="$csp connect-src 'self' $self_origin $gateway_origin $issuer_origin$origins $WEB_CONNECT_SRC;"
csp="$csp frame-ancestors $WEB_FRAME_ANCESTORS;"
csp="$csp base-uri 'self'; object-src 'none'; form-action 'self'"
csp=$(printf '%s' "$csp" | tr -s ' ' | sed 's/ ;/;/g')

printf 'add_header Content-Security-Policy "%s" always;\nadd_header X-Content-Type-Options "nosniff" always;\nadd_header Referrer-Policy "strict-origin-when-cross-origin" always;\n' \
  "$csp" >"$WEB_RUN_DIR/security.conf"
printf 'add_header Access-Control-Allow-Origin "*" always;\nadd_header X-Content-Type-Options "nosniff" always;\n' \
  >"$WEB_RUN_DIR/cors.conf"

# nginx opens its access log by name, and /dev/stdout cannot be opened again by a user that does not own the pipe the
# runtime gave it (a non-root container): it writes into a FIFO instead, which a reader copies to our stdout.
access_fifo=$WEB_RUN_DIR/access.log.fifo
case $WEB_ACCESS_LOG in
stdout)
  [ -p "$access_fifo" ] || { rm -f "$access_fifo" && mkfifo -m 600 "$access_fifo"; }
  access_log=$access_fifo
  ;;
*) access_log=$WEB_ACCESS_LOG ;;
esac

escape() { printf '%s' "$1" | sed 's/[\\|&]/\\&/g'; }
sed -e "s|@WEB_PORT@|$WEB_PORT|g" \
  -e "s|@WEB_ROOT@|$(escape "$WEB_ROOT")|g" \
  -e "s|@WEB_RUN_DIR@|$(escape "$WEB_RUN_DIR")|g" \
  -e "s|@WEB_WORKER_PROCESSES@|$WEB_WORKER_PROCESSES|g" \
  -e "s|@WEB_ACCESS_LOG@|$(escape "$access_log")|g" \
  "$WEB_ROOT/nginx.conf.template" >"$WEB_RUN_DIR/nginx.conf.tmp"

# Renamed into place last, so that nginx (and a reload) never reads a half-written file.
mv "$redirects" "$WEB_RUN_DIR/remote-redirects.conf"
mv "$WEB_RUN_DIR/nginx.conf.tmp" "$WEB_RUN_DIR/nginx.conf"
mv "$remotes_json" "$WEB_RUN_DIR/remotes.json"

case ${1:-nginx} in
render) exit 0 ;;
reload) exec nginx -c "$WEB_RUN_DIR/nginx.conf" -s reload ;;
nginx) ;;
*) die "unknown command '$1' (render, reload, or none)" ;;
esac

reader=''
if [ "$WEB_ACCESS_LOG" = stdout ]; then
  # Opened read-write, the FIFO always has a writer: the reader never sees an end while nginx reopens its logs.
  cat <>"$access_fifo" &
  reader=$!
fi
nginx -c "$WEB_RUN_DIR/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
# Stop signals go to nginx (TERM, INT: fast; QUIT: graceful; HUP: reload); this shell waits for it, then the reader.
for signal in TERM INT QUIT HUP; do
  trap 'kill -'$signal' "$nginx_pid" 2>/dev/null' $signal
done
status=0
while kill -0 "$nginx_pid" 2>/dev/null; do
  if wait "$nginx_pid"; then status=0; else status=$?; fi
done
[ -z "$reader" ] || kill "$reader" 2>/dev/null || true
exit "$status"
