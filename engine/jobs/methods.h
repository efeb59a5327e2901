#pragma once
// The front door to the unlearning methods: their registry (names, kinds,
// parameters with defaults, help and ranges) for the CLI's `methods` and
// the workbench's method picker and parameter editor.
#include "unlearn/registry.h"
