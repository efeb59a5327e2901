#pragma once
// The front door to a record's raw features (the workbench's record detail
// draws them as an image): the dataset files decoded and cached per project.
#include "data/record_features.h"
