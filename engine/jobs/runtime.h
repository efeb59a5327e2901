#pragma once
// The front door to the machine: torch's CPU threads and allocator, and the
// devices a job may run on.
#include "model/devices.h" // available_devices()
#include "model/threads.h" // set_compute_threads, tune_memory_allocator
