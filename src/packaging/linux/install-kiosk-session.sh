#!/bin/sh
# Turns a fresh Debian/Ubuntu PC with the physiokiosk .deb installed into a waiting-room kiosk: a user
# "kiosk" without a password, a bare X session that runs only PhysioKiosk and restarts it, started at boot.
# Run as root. Undo: systemctl disable --now physiokiosk-kiosk; rm the files listed below.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
apt-get install -y --no-install-recommends xserver-xorg xinit x11-xserver-utils
id kiosk >/dev/null 2>&1 || useradd --system --create-home --shell /usr/sbin/nologin kiosk
install -d -o kiosk -g kiosk -m 0700 /var/lib/physiokiosk
install -D -m 0755 "$HERE/physiokiosk-xsession" /usr/share/physiokiosk/physiokiosk-xsession
install -D -m 0644 "$HERE/50-physiokiosk-lockdown.conf" /etc/X11/xorg.conf.d/50-physiokiosk-lockdown.conf
install -D -m 0644 "$HERE/physiokiosk-kiosk.service" /etc/systemd/system/physiokiosk-kiosk.service
# Not used by the bare session: for a clinic that must run openbox (docs/kiosk-lockdown.md, "Under a window manager").
install -D -m 0644 "$HERE/openbox-kiosk-rc.xml" /usr/share/physiokiosk/openbox-kiosk-rc.xml
# Xorg started by a service (not from a console login) needs this to run as the kiosk user.
printf 'allowed_users=anybody\nneeds_root_rights=yes\n' > /etc/X11/Xwrapper.config
systemctl daemon-reload
systemctl enable physiokiosk-kiosk.service
echo "Done. Put the clinic's settings in /var/lib/physiokiosk/settings.properties, then reboot."
