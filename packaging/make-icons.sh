#!/usr/bin/env bash
# Makes the installers' icon files from the PNGs in assets/icon/ (themselves drawn from deal-journal.svg):
#   assets/icon/deal-journal.ico   Windows: 16, 32, 48, 64, 128 and 256 px
#   assets/icon/deal-journal.icns  macOS: 16 to 512 px, with the @2x variants, every size stored as PNG
# Both files are committed; run this again only when the PNGs change. Needs ImageMagick and python3.
# On a Mac, iconutil makes an equivalent .icns (see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"

convert=/usr/bin/convert   # ImageMagick's own, not a stand-in earlier in PATH
[ -x "$convert" ] || convert=convert
# the PNGs have 16 bits a channel; Windows' and macOS's icon readers expect 8 (PNG32: 8-bit RGBA)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 64 128 256 512; do
  "$convert" "deal-journal-$size.png" -depth 8 "PNG32:$tmp/$size.png"
done
"$convert" "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" deal-journal.ico

# ICNS: 'icns', the file's length, then one (type, length, PNG data) entry per size; lengths big-endian and
# counting their 8-byte headers. The types and sizes are Apple's, as iconutil writes them.
python3 - "$tmp" <<'EOF'
import struct, sys
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in entries:
    with open(f"{sys.argv[1]}/{size}.png", "rb") as png:
        data = png.read()
    body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
with open("deal-journal.icns", "wb") as icns:
    icns.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
EOF
echo "made assets/icon/deal-journal.ico and assets/icon/deal-journal.icns"
