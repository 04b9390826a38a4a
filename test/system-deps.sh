#!/usr/bin/env bash
# The system packages the tests need besides Node: Debian's Chromium (task-pane
# and offline-page browser tests), LibreOffice Writer + Calc and poppler (the
# real rendering check of the .docx and .xlsx outputs), and the Liberation
# fonts (metric-compatible with Times New Roman, full Vietnamese coverage).
#
# `npm test` runs this first. What is missing is installed with apt when run as
# root (CI, a fresh container); otherwise it prints the one apt command to run
# and stops before any test, so a missing package never shows up as a confusing
# test failure.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if ! command -v fc-list >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Liberation Serif"; then
  need+=(fonts-liberation2)
fi
[ ${#need[@]} -eq 0 ] && exit 0

cmd="apt-get install -y --no-install-recommends ${need[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Thiếu gói hệ thống cho bộ kiểm thử (missing system packages for the tests): ${need[*]}" >&2
  echo "Chạy (run): sudo apt-get update && sudo $cmd" >&2
  exit 1
fi
echo "Cài gói hệ thống cho bộ kiểm thử (installing system packages for the tests): ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
