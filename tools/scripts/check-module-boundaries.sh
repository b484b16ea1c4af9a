#!/usr/bin/env bash
# Proves the module boundaries bite: a pure domain lib that imports TypeORM, Node I/O or the
# data layer must fail `nx lint`. Writes a probe file into each pure lib, lints, removes it.
set -uo pipefail
cd "$(dirname "$0")/../.."
NX_DAEMON=false npx nx show projects >/dev/null 2>&1  # builds the project graph the lint rule reads
status=0
for lib in clv identity-resolution decisioning; do
  probe="libs/$lib/src/lib/boundary-probe.tmp.ts"
  printf "import { DataSource } from 'typeorm';\nimport { readFileSync } from 'fs';\nimport { createDataSource } from '@rapport/data-access';\nexport const probe = [DataSource, readFileSync, createDataSource];\n" > "$probe"
  out=$(NX_DAEMON=false npx eslint "$probe" 2>&1)
  rm -f "$probe"
  for expected in 'not allowed to import "typeorm"' "'fs' import is restricted"; do
    if ! grep -q "$expected" <<<"$out"; then echo "boundary check: $lib did NOT report: $expected"; status=1; fi
  done
  # data-access depends on the pure libs, so importing it back is reported either as a tag
  # violation or as a circular dependency: both fail the lint.
  if ! grep -Eq 'type:domain" can only depend on libs tagged with|Circular dependency between' <<<"$out"; then
    echo "boundary check: $lib did NOT reject importing @rapport/data-access"; status=1
  fi
done
[ $status = 0 ] && echo "boundary check: pure libs importing typeorm, fs or data-access fail lint (as they must)"
exit $status
