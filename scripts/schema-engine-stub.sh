#!/bin/sh
echo "schema-engine stub: Coder Fit migrates with scripts/migrate.ts" >&2
exit 1
