#!/bin/sh
# Regenerates figures/ from the sample's assessments with the built product (run from the repository root
# after ./mvnw -B verify -DskipTests). The SVG files are checked byte for byte by the figures tests.
set -e
review=samples/hcc-pd1-combination
for tool in robins-i-2016 nos-cohort; do
  ./appraise rob "$review" --tool "$tool" --plot traffic-light \
    --svg "$review/figures/$tool-traffic-light.svg" --png "$review/figures/$tool-traffic-light.png" --pdf "$review/figures/$tool-traffic-light.pdf"
  ./appraise rob "$review" --tool "$tool" --plot summary \
    --svg "$review/figures/$tool-summary.svg" --png "$review/figures/$tool-summary.png" --pdf "$review/figures/$tool-summary.pdf"
done
./appraise prisma "$review" --svg "$review/figures/prisma-2020.svg" --png "$review/figures/prisma-2020.png" --pdf "$review/figures/prisma-2020.pdf"
# the review's saved analyses (exit code 1 says that a study was left out, with its reason: the figure is written)
for analysis in orr-rr orr-rr-rob dcr-rr pfs-hr os-hr; do
  for format in svg png pdf; do
    ./appraise meta "$review" --analysis "$analysis" --forest "$review/figures/forest-$analysis.$format" >/dev/null || test $? -eq 1
  done
done
# the characteristics of included studies as a Word table
./appraise export "$review" --out "$review/tables/characteristics.docx"
