#pragma once
// The front door to a project's data (docs/architecture.md): the project, the
// lineage's rows and the read-only queries the CLI's listings and the
// workbench's screens page through. app/ and ui/ include jobs/ and core/
// only (scripts/check_front_door.sh); these floors are re-exported here,
// and only these, so what lies below them may change without the faces
// noticing.
#include "evidence/csv_table.h"    // CSV tables (libcsv): the stored per-record attack scores are one
#include "lineage/audit_queries.h" // reference pools and the stored per-record attack scores
#include "lineage/browse.h"        // paged records and subjects, a record's lineage, a job's purge
#include "lineage/lineage.h"       // the rows and their states (core/states.h)
#include "project/project.h"       // open, create, recover, lock, resolve paths
