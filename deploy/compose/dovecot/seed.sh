#!/bin/sh
# Copies samples/mailbox/*.eml into the demo user's Maildir once, as new mail.
set -eu
maildir=/srv/mail/service@example.com/Maildir
if [ -d "$maildir/cur" ]; then exit 0; fi
mkdir -p "$maildir/new" "$maildir/cur" "$maildir/tmp"
i=0
for mail in /samples/*.eml; do
  i=$((i + 1))
  cp "$mail" "$maildir/new/$(date +%s).$i.poststelle-demo"
done
chown -R 1000:1000 /srv/mail
echo "seeded $i mails"
