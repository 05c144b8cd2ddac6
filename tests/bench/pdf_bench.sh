#!/usr/bin/env bash
# pdf_bench.sh — the PDF reader against pdftotext (poppler-utils) in the
# same run: `baogao cat` (reader and text stages) and `pdftotext` (text
# extraction alone) over the same files, best of 5, in MB/s of PDF and as
# a time ratio: the five samples set as PDFs (tests/shell/pdf_make, COPIES
# copies each, default 4) and the Hong Kong Policy Address (COPIES × 5
# copies). The text path on the samples themselves for scale. Prints
# numbers; never fails. Usage: pdf_bench.sh BAOGAO [COPIES]
set -u
BAOGAO=${1:?usage: pdf_bench.sh BAOGAO [COPIES]}
COPIES=${2:-4}
SRC="$(cd "$(dirname "$0")/../.." && pwd)/tests/data"
PDF_MAKE="$(dirname "$BAOGAO")/tests/pdf_make"
W=$(mktemp -d "${TMPDIR:-/tmp}/baogao-pdfbench.XXXXXX")
trap 'rm -rf "$W"' EXIT
. "$(dirname "$0")/measure.sh"
if [ ! -x "$PDF_MAKE" ] || ! command -v pdftotext > /dev/null; then
    echo "pdf bench: needs $PDF_MAKE and pdftotext; skipped"
    exit 0
fi
mkdir -p "$W/samples" "$W/hk" "$W/text"
for f in "$SRC"/00?_*.txt; do
    b=$(basename "$f" .txt)
    "$PDF_MAKE" sample "$f" "$W/$b.pdf" > /dev/null
    for i in $(seq 1 "$COPIES"); do
        cp "$W/$b.pdf" "$W/samples/${b}_$i.pdf"
        cp "$f" "$W/text/${b}_$i.txt"
    done
done
for i in $(seq 1 $((COPIES * 5))); do
    cp "$SRC/more/hongkong-pdf/2019_PolicyAddress.pdf" "$W/hk/hk_$i.pdf"
done

# bench NAME DIR: baogao cat and pdftotext over the PDFs of DIR.
bench() {
    local bytes n t_b rss t_p
    bytes=$(cat "$2"/* | wc -c)
    n=$(ls "$2" | wc -l)
    if ! "$BAOGAO" cat "$2" > /dev/null 2> "$W/err"; then
        echo "$1: baogao cat fails: $(head -n 1 "$W/err")"
        return
    fi
    read -r t_b rss < <(measure "$BAOGAO" cat "$2")
    read -r t_p _ < <(measure sh -c 'for f in "$1"/*; do pdftotext "$f" -; done' sh "$2")
    echo "$1: $n files, $(mbps "$bytes" 1) MB of PDF"
    echo "  baogao cat: ${t_b} s, $(mbps "$bytes" "$t_b") MB/s, peak RSS $((rss / 1024)) MB"
    echo "  pdftotext:  ${t_p} s, $(mbps "$bytes" "$t_p") MB/s"
    awk -v a="$t_b" -v b="$t_p" 'BEGIN { printf "  baogao cat / pdftotext time: %.2fx\n", a / (b > 0 ? b : 0.001) }'
}
bench "the samples as PDFs" "$W/samples"
bench "the Hong Kong PDF" "$W/hk"
tb=$(cat "$W"/text/* | wc -c)
read -r t_t _ < <(measure "$BAOGAO" cat "$W/text")
echo "text path on the same samples: ${t_t} s, $(mbps "$tb" "$t_t") MB/s of text ($(mbps "$tb" 1) MB)"
